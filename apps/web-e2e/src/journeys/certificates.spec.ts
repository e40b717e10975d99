import type { BatchCompletionView, BatchView } from '@bimtek/contracts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { api, bearer } from '../support/api';
import { baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

describe('certificates: issued in one click, downloaded on a phone, verified by anyone', () => {
  let browser: Browser;
  let finished: BatchView;
  let completion: BatchCompletionView;

  beforeAll(async () => {
    browser = await launch();
    const organizer = await bearer('panitia@bimtek.local');
    const batches = await api<BatchView[]>(organizer, 'GET', 'batches');
    finished = batches.find((b) => b.programTitle === 'Bimtek Jurnalistik dan Media Sosial Management' && b.status === 'finished') as BatchView;
    completion = await api<BatchCompletionView>(organizer, 'GET', `batches/${finished.id}/completion`);
  });
  afterAll(async () => browser.close());

  it('the organizer issues the batch, a participant downloads theirs, and its QR address shows it valid, then revoked', async () => {
    const passed = completion.results.filter((r) => r.passed);
    expect(passed.length).toBeGreaterThan(0);
    expect(passed.every((r) => r.certificate === null)).toBe(true);

    // The organizer, on a phone, presses the one button.
    const organizer = await phonePage(browser);
    await signIn(organizer.page, 'panitia@bimtek.local');
    await waitForHome(organizer.page);
    await organizer.page.goto(`${baseUrl()}/angkatan/${finished.id}/sertifikat`);
    await organizer.page.locator('[data-testid=results] li').first().waitFor();
    expect(await organizer.page.locator('[data-testid=results] li').count()).toBe(completion.results.length);
    await organizer.page.locator('button[name=issue]').click();
    const issued = organizer.page.locator('[data-testid=certificates] li', { hasText: 'Berlaku' });
    await organizer.page.waitForFunction((n) => document.querySelectorAll('[data-testid=certificates] li').length === n, passed.length, { timeout: 30_000 });
    await issued.nth(passed.length - 1).waitFor();
    expect(await scrollsSideways(organizer.page)).toBe(false);

    // A participant who passed finds it on their phone and downloads it.
    const person = passed[0];
    const participant = await phonePage(browser);
    await signIn(participant.page, person.nip as string);
    await waitForHome(participant.page);
    await participant.page.goto(`${baseUrl()}/sertifikat-saya`);
    const card = participant.page.locator('[data-testid=my-certificates] li').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Bimtek Jurnalistik dan Media Sosial Management');
    const [download] = await Promise.all([participant.page.waitForEvent('download'), card.locator('button[name=download]').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'bimtek-certificate-')), download.suggestedFilename());
    await download.saveAs(file);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(40 * 1024);
    expect(await scrollsSideways(participant.page)).toBe(false);

    // What the QR code holds is also the link over it in the PDF: anyone opens it, signed in or not.
    const link = /\/URI \((http[^)]+\/v\/[A-Za-z0-9_-]+)\)/.exec(pdf.toString('latin1'))?.[1] as string;
    expect(link.startsWith(baseUrl())).toBe(true);
    const visitor = await phonePage(browser);
    await visitor.page.goto(link);
    const status = visitor.page.locator('[data-testid=status]');
    await status.waitFor();
    expect(await status.textContent()).toContain('Sertifikat ini sah dan berlaku');
    expect(await visitor.page.locator('[data-testid=facts]').textContent()).toContain(person.name);
    expect(await scrollsSideways(visitor.page)).toBe(false);

    // The organizer revokes it with a reason; the same address now says so.
    const number = (await card.locator('[data-testid=number]').textContent())?.replace(/^\D*/, '').trim() as string;
    const row = organizer.page.locator('[data-testid=certificates] li', { hasText: number });
    await row.locator('button[name=revoke]').click();
    const dialog = organizer.page.locator('mat-dialog-container');
    await dialog.locator('textarea[name=reason]').fill('Diterbitkan atas nama yang salah');
    await dialog.locator('button[name=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    await row.locator('[data-testid=state]', { hasText: 'Dicabut' }).waitFor();

    await visitor.page.reload();
    await visitor.page.locator('[data-testid=status]', { hasText: 'Sertifikat ini telah dicabut' }).waitFor();
    expect(await visitor.page.locator('[data-testid=revoke-reason]').textContent()).toContain('Diterbitkan atas nama yang salah');

    await Promise.all([organizer.close(), participant.close(), visitor.close()]);
  }, 90_000);
});
