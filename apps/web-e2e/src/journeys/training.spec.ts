import type { Browser } from 'playwright-core';
import { baseUrl, launch, phonePage, scrollsSideways, signIn } from '../support/browser';

const title = `Bimtek Jurnalistik ${Date.now() % 100_000}`;

describe('a training from planning to the participant’s phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser.close());

  it('an organizer plans a programme, a batch and its timetable; a participant registers and sees it', async () => {
    const organizer = await phonePage(browser);
    const { page } = organizer;
    await signIn(page, 'panitia@bimtek.local');
    await page.waitForURL(/\/profil$/);

    await page.goto(`${baseUrl()}/program/baru`);
    await page.locator('input[name=title]').fill(title);
    await page.locator('input[name=year]').fill('2027');
    await page.locator('input[name=minAttendancePercent]').fill('90');
    await page.locator('input[name=passingScore]').fill('70');
    await page.locator('input[name=module-title-0]').fill('Jurnalistik');
    await page.locator('input[name=module-jp-0]').fill('10');
    await page.locator('button[name=add-module]').click();
    await page.locator('input[name=module-title-1]').fill('Fotografi');
    await page.locator('input[name=module-jp-1]').fill('8');
    expect(await scrollsSideways(page)).toBe(false);
    await page.locator('button[name=submit]').click();
    await page.waitForURL(/\/program\/[0-9a-f-]{36}$/);

    await page.locator('button[name=create-batch]').click();
    await page.locator('input[name=startDate]').fill('2027-03-01');
    await page.locator('input[name=endDate]').fill('2027-03-03');
    await page.locator('input[name=capacity]').fill('30');
    await page.locator('input[name=venue]').fill('Aula BKPSDM Kota Padang');
    await page.locator('mat-dialog-container button[name=submit]').click();
    await page.locator('[data-testid=batches] mat-card-title', { hasText: 'Angkatan I' }).waitFor();
    await page.locator('[data-testid=batches] a', { hasText: 'Buka' }).first().click();
    await page.waitForURL(/\/angkatan\/[0-9a-f-]{36}$/);

    await page.locator('button[name=fill-timetable]').click();
    await page.getByText('Pembukaan').first().waitFor();
    await page.getByText('Fotografi').first().waitFor();
    await page.locator('button[name=status-registration_open]').click();
    await page.locator('[data-testid=batch-status]', { hasText: /Pendaftaran/i }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(organizer.foreignRequests).toEqual([]);
    await organizer.close();

    const participant = await phonePage(browser);
    await signIn(participant.page, 'peserta03@bimtek.local');
    await participant.page.waitForURL(/\/profil$/);
    await participant.page.goto(`${baseUrl()}/pelatihan`);
    await participant.page.locator('mat-card', { hasText: title }).locator('button[name=enroll]').click();
    // The batch now also shows under "Pelatihan saya", with its status.
    const mine = participant.page.locator('[data-testid=my-enrollments] mat-card', { hasText: title });
    await mine.locator('[data-testid=enrollment-status]', { hasText: /Menunggu persetujuan/ }).waitFor();
    await mine.locator('a', { hasText: 'Jadwal' }).click();
    await participant.page.getByText('Pembukaan').first().waitFor();
    await participant.page.getByText('Jurnalistik').first().waitFor();
    expect(await scrollsSideways(participant.page)).toBe(false);
    await participant.close();
  });

  it('shows a participant the running batch in the venue’s time, whatever the phone’s zone', async () => {
    // This browser runs in UTC; Padang is WIB (UTC+7): the opening at 08:00 must read 08:00.
    const participant = await phonePage(browser);
    await signIn(participant.page, 'peserta@bimtek.local');
    await participant.page.waitForURL(/\/profil$/);
    await participant.page.goto(`${baseUrl()}/pelatihan`);
    const mine = participant.page.locator('[data-testid=my-enrollments] mat-card', { hasText: 'Angkatan II' });
    await mine.locator('a', { hasText: 'Jadwal' }).click();
    await participant.page.getByText('08:00–08:30').first().waitFor();
    expect(await participant.page.locator('[data-testid=zone-note]').textContent()).toContain('WIB');

    // The same sessions as a calendar subscription, from the profile page.
    await participant.page.goto(`${baseUrl()}/profil`);
    await participant.page.locator('button[name=show-calendar]').click();
    const address = await participant.page.locator('input[name=calendar-url]').inputValue();
    expect(address).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    const feed = await participant.page.request.get(address);
    expect(await feed.text()).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Pembukaan/);
    await participant.close();
  });
});
