import type { BatchView } from '@bimtek/contracts';
import type { Browser } from 'playwright-core';
import { api, bearer } from '../support/api';
import { baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

describe('learning: organizers write the material and follow a batch', () => {
  let browser: Browser;
  let finished: BatchView;
  let running: BatchView;

  beforeAll(async () => {
    browser = await launch();
    const batches = await api<BatchView[]>(await bearer('panitia@bimtek.local'), 'GET', 'batches');
    const demo = batches.filter((b) => b.programTitle === 'Bimtek Jurnalistik dan Media Sosial Management');
    finished = demo.find((b) => b.status === 'finished') as BatchView;
    running = demo.find((b) => b.status === 'running') as BatchView;
  });
  afterAll(async () => browser.close());

  it('adds a question to a module’s bank and reads the finished batch’s gradebook', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await signIn(page, 'panitia@bimtek.local');
    await waitForHome(page);

    await page.goto(`${baseUrl()}/program/${finished.programId}/materi`);
    await page.locator('[data-testid=lesson]').first().waitFor();
    expect(await page.locator('[data-testid=lesson-title]').first().textContent()).toContain('5W+1H');

    await page.getByRole('tab', { name: 'Bank soal' }).click();
    const rows = page.locator('[data-testid=question]');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.locator('button[name=add-question]').click();
    const dialog = page.locator('mat-dialog-container');
    await dialog.locator('textarea[name=prompt]').fill('Judul berita yang baik ditulis …');
    await dialog.locator('input[name=option-0]').fill('Panjang dan lengkap');
    await dialog.locator('input[name=option-1]').fill('Singkat, padat dan menarik');
    await dialog.locator('[data-testid=correct-1]').click();
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=question]').length === n + 1, before);

    await page.goto(`${baseUrl()}/angkatan/${finished.id}/nilai`);
    await page.locator('[data-testid=final]').first().waitFor();
    expect(await page.locator('[data-testid=final]').count()).toBe(12);
    expect(await page.locator('[data-testid=weights]').textContent()).toMatch(/20/);
    await context.close();
  });

  it('shows a trainer on a phone the lesson progress of the batch they teach, under its name', async () => {
    const trainer = await phonePage(browser);
    const { page } = trainer;
    await signIn(page, 'narasumber@bimtek.local');
    await waitForHome(page);
    await page.goto(`${baseUrl()}/angkatan/${running.id}/pembelajaran`);
    await page.locator('[data-testid=progress-matrix]').waitFor();
    await page.locator('header', { hasText: 'Angkatan II' }).first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await trainer.close();
  });
});
