import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';

const title = `Bimtek Jurnalistik ${Date.now() % 100_000}`;

describe('a training from planning to the participant’s phone', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser.close());

  it('an organizer plans a programme, a batch and its timetable and imports participants; a participant registers and sees it', async () => {
    const organizer = await phonePage(browser);
    const { page } = organizer;
    await signIn(page, 'panitia@bimtek.local');
    await waitForHome(page);

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

    // The agency's list of participants: the wizard's template, filled in as in Excel.
    await page.locator('a[name=import-roster]').click();
    await page.waitForURL(/\/angkatan\/[0-9a-f-]{36}\/impor$/);
    const folder = mkdtempSync(join(tmpdir(), 'bimtek-roster-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[name=download-template]').click()]);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const [sheet] = workbook.worksheets;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const addPerson = (person: Record<string, string>) => sheet.addRow(headers.map((header) => person[String(header)] ?? null));
    addPerson({ Nama: 'Rudi Hartono', NIP: '199207212018031017', Email: 'rudi.hartono@padang.go.id', Telepon: '0812 7000 1001', OPD: 'Dinas Pendidikan', 'Pangkat/Golongan': 'III/a' });
    // Month 13: a NIP mistyped from the SK.
    const maya = addPerson({ Nama: 'Maya Sari', NIP: '199213152018032018', Email: 'maya.sari@padang.go.id', OPD: 'DISKOMINFO', Jabatan: 'Pengelola Media Sosial' });
    await workbook.xlsx.writeFile(file);

    // The preview finds the wrong NIP before anything is written, and the import waits for a fix.
    await page.locator('input[name=file]').setInputFiles(file);
    await page.locator('[data-testid=roster-summary]').waitFor();
    expect(await page.locator('[data-testid=stat-problems] .stat-value').textContent()).toBe('1');
    await page.locator('[data-testid=roster-row]', { hasText: 'Maya Sari' }).getByText('NIP: Tanggal lahir pada NIP (digit 1–8) tidak valid.').waitFor();
    await page.locator('[data-testid=import-blocker]', { hasText: 'Perbaiki berkas' }).waitFor();
    expect(await page.locator('button[name=import]').isDisabled()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);

    maya.getCell(headers.indexOf('NIP') + 1).value = '199212152018032018';
    await workbook.xlsx.writeFile(file);
    await page.locator('input[name=file]').setInputFiles(file);
    await page.locator('button[name=import]:enabled').waitFor();
    expect(await page.locator('[data-testid=stat-create] .stat-value').textContent()).toBe('2');
    await page.locator('button[name=import]').click();
    await page.locator('mat-dialog-container button[name=confirm]').click();
    await page.locator('[data-testid=roster-done]').waitFor();
    expect(await page.locator('[data-testid=result-enrolled]').textContent()).toBe('2');
    expect(await scrollsSideways(page)).toBe(false);
    rmSync(folder, { recursive: true });

    await page.locator('a[name=back-to-batch]').click();
    await page.waitForURL(/\/angkatan\/[0-9a-f-]{36}$/);
    await page.locator('bt-batch-enrollments mat-card', { hasText: 'Rudi Hartono' }).waitFor();
    await page.locator('bt-batch-enrollments mat-card', { hasText: 'Maya Sari' }).waitFor();
    expect(organizer.foreignRequests).toEqual([]);
    await organizer.close();

    const participant = await phonePage(browser);
    await signIn(participant.page, 'peserta03@bimtek.local');
    await waitForHome(participant.page);
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
    await waitForHome(participant.page);
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
