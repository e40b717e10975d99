import type { Browser } from 'playwright-core';
import { baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

describe('the everyday screens of each role on a phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser.close());

  it('shows a participant their coming sessions and what is new, and clears the bell once read', async () => {
    const { page, close } = await phonePage(browser);
    await signIn(page, 'peserta@bimtek.local');
    await waitForHome(page);

    // Padang's Angkatan II runs this week (or from Monday, on a weekend): its sessions are today or coming up.
    const sessions = page.locator('[data-testid=agenda-session]');
    await sessions.first().waitFor();
    expect(await sessions.first().textContent()).toMatch(/Angkatan II/);
    expect(await sessions.first().textContent()).toMatch(/WIB/);
    expect(await scrollsSideways(page)).toBe(false);

    // The organizers' approval waits behind the bell.
    const bell = page.locator('a[name=notifications]');
    await page.waitForFunction(() => /belum dibaca/.test(document.querySelector('a[name=notifications]')?.getAttribute('aria-label') ?? ''));
    await bell.click();
    await page.waitForURL(/\/notifikasi$/);
    const approval = page.locator('button[name="notification-enrollment.approved"]').first();
    await approval.waitFor();
    expect(await approval.textContent()).toMatch(/Pendaftaran disetujui/);
    expect(await scrollsSideways(page)).toBe(false);

    // Opening it goes to the timetable it is about; once everything is read the badge goes.
    await approval.click();
    await page.waitForURL(/\/pelatihan\/[0-9a-f-]{36}\/jadwal$/);
    await page.locator('[data-testid=session]').first().waitFor();
    await page.goto(`${baseUrl()}/notifikasi`);
    await page.locator('[data-testid=notifications]').waitFor();
    const readAll = page.locator('button[name=read-all]');
    if ((await page.locator('[data-testid=notifications] li.unread').count()) > 0) await readAll.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=notifications] li.unread').length === 0);
    // After a reload the count comes fresh from the server with the list.
    await page.reload();
    await page.locator('[data-testid=notifications]').waitFor();
    expect(await readAll.isDisabled()).toBe(true);
    expect(await bell.getAttribute('aria-label')).toBe('Notifikasi');
    await close();
  });

  it('lists the sessions a trainer teaches', async () => {
    const { page, close } = await phonePage(browser);
    await signIn(page, 'narasumber@bimtek.local');
    await waitForHome(page);
    await page.locator('button[name=toggle-menu]').click();
    await page.locator('mat-nav-list a', { hasText: 'Sesi saya' }).click();
    await page.waitForURL(/\/sesi-saya$/);
    const session = page.locator('[data-testid=agenda-session]').first();
    await session.waitFor();
    expect(await session.textContent()).toMatch(/Anda narasumber/);
    expect(await page.locator('[data-testid=session-count]').textContent()).toMatch(/\d+ sesi · \d+ JP/);
    expect(await scrollsSideways(page)).toBe(false);

    await page.locator('mat-button-toggle', { hasText: 'Sudah lewat' }).click();
    // Padang's Angkatan I finished four weeks ago: its sessions are in the past.
    await page.locator('[data-testid=agenda-session]', { hasText: /Angkatan I(?!I)/ }).first().waitFor();
    await close();
  });

  it('shows an organizer the month’s batches on a calendar and approves a selection of registrations at once', async () => {
    const { page, close } = await phonePage(browser);
    await signIn(page, 'panitia@bimtek.local');
    await waitForHome(page);
    // The organizer's home lists the agency's batches running now or soon: Angkatan II runs this week.
    await page.locator('[data-testid=home-batches] a', { hasText: /Angkatan II(?!I)/ }).first().waitFor();
    await page.goto(`${baseUrl()}/kalender-angkatan`);
    await page.locator('[data-testid=month]').waitFor();
    await page.locator('table.grid td.today').waitFor();
    await page.locator('.list-progress mat-progress-bar').waitFor({ state: 'detached' });
    expect(await scrollsSideways(page)).toBe(false);

    // Angkatan III opens for registration in three weeks: the next months show it.
    let found = false;
    for (let step = 0; step < 3 && !found; step++) {
      found = (await page.locator('[data-testid=calendar-batches] a', { hasText: 'Angkatan III' }).count()) > 0;
      if (!found) {
        const month = await page.locator('[data-testid=month]').textContent();
        await page.locator('button[name=next-month]').click();
        // The next month's batches have arrived when its name shows and the progress bar is gone.
        await page.waitForFunction((before) => document.querySelector('[data-testid=month]')?.textContent !== before, month);
        await page.locator('.list-progress mat-progress-bar').waitFor({ state: 'detached' });
      }
    }
    expect(found).toBe(true);
    await page.locator('[data-testid=calendar-batches] a', { hasText: 'Angkatan III' }).first().click();
    await page.waitForURL(/\/angkatan\/[0-9a-f-]{36}$/);

    // Its demo registrations wait for approval: pick them all and approve them in one go.
    await page.locator('mat-select[name=status]').click();
    // The filtered page replaces the list (and clears any selection): wait for it before selecting.
    const filtered = page.waitForResponse((response) => response.url().includes('/enrollments?') && response.url().includes('status=pending'));
    await page.locator('mat-option', { hasText: 'Menunggu persetujuan' }).click();
    await filtered;
    const selectAll = page.locator('mat-checkbox[name=select-all] input');
    await selectAll.waitFor();
    await selectAll.check();
    await page.locator('[data-testid=bulk-bar]').waitFor();
    expect(await page.locator('[data-testid=bulk-bar]').textContent()).toMatch(/\d+ pendaftar dipilih/);
    expect(await scrollsSideways(page)).toBe(false);
    await page.locator('button[name=approve-selected]').click();
    await page.getByText(/pendaftaran disetujui/).waitFor();
    await page.getByText('Tidak ada data yang cocok.').waitFor();
    await close();
  });
});
