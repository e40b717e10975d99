import type { BadgeView, BatchView, EnrollmentView, ProgramView, SessionView } from '@bimtek/contracts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PHONE, baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';
import { api, bearer, localDate } from '../support/api';
import { writeQrVideo } from '../support/fake-camera';

describe('check-in at the door', () => {
  let browser: Browser;
  let batch: BatchView;
  let session: SessionView;
  let participantName: string;

  beforeAll(async () => {
    browser = await launch();
    // A batch whose first session began five minutes ago, with two participants approved.
    const organizer = await bearer('panitia@bimtek.local');
    const program = await api<ProgramView>(organizer, 'POST', 'programs', {
      title: 'Bimtek Presensi Digital', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2026, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Jurnalistik', jp: 4 }],
    });
    batch = await api<BatchView>(organizer, 'POST', `programs/${program.id}/batches`, { startDate: localDate(-1), endDate: localDate(1), capacity: 30, venue: 'Aula BKPSDM' });
    session = await api<SessionView>(organizer, 'POST', `batches/${batch.id}/timetable/sessions`, {
      kind: 'LECTURE', title: 'Jurnalistik Dasar', startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), endsAt: new Date(Date.now() + 3 * 3_600_000).toISOString(),
    });
    await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'registration_open' });
    for (const login of ['peserta33@bimtek.local', 'peserta34@bimtek.local', 'peserta35@bimtek.local']) {
      const auth = await bearer(login);
      if (login.startsWith('peserta33')) participantName = (await api<BadgeView>(auth, 'GET', 'my/badge')).fullName;
      const enrollment = await api<EnrollmentView>(auth, 'POST', `catalog/${batch.id}/enrollment`);
      await api(organizer, 'POST', `enrollments/${enrollment.id}/approve`);
    }
    await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'running' });
  });
  afterAll(async () => browser.close());

  it('shows a code on the kiosk; a participant types it on a phone, and the kiosk counts them; a check-in made offline is sent when back online', async () => {
    const kioskContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'id-ID' });
    const kiosk = await kioskContext.newPage();
    await signIn(kiosk, 'panitia@bimtek.local');
    await waitForHome(kiosk);
    await kiosk.goto(`${baseUrl()}/angkatan/${batch.id}/kehadiran/${session.id}/kiosk`);
    const code = kiosk.locator('[data-testid=kiosk-code]');
    await kiosk.waitForFunction(() => /^\d{3}\s?\d{3}$/.test(document.querySelector('[data-testid=kiosk-code]')?.textContent?.trim() ?? ''));
    const present = kiosk.locator('[data-testid=kiosk-present]');
    expect((await present.textContent())?.trim()).toBe('0');
    await kiosk.locator('[data-testid=kiosk-qr]').waitFor();

    // On the phone: the typed code checks the participant in.
    const { page: phone, close } = await phonePage(browser);
    await signIn(phone, 'peserta33@bimtek.local');
    await waitForHome(phone);
    await phone.goto(`${baseUrl()}/hadir`);
    await phone.getByLabel('Kode presensi').fill((await code.textContent())!.replace(/\D/g, ''));
    await phone.getByRole('button', { name: 'Kirim' }).click();
    const result = phone.locator('[data-testid=check-in-result]');
    await result.locator('[data-testid=check-in-status]').waitFor();
    expect((await result.locator('[data-testid=check-in-status]').textContent())?.trim()).toBe('Hadir');
    expect(await result.locator('[data-testid=check-in-session]').textContent()).toContain('Jurnalistik Dasar');
    expect(await scrollsSideways(phone)).toBe(false);

    // The kiosk counts them within its polling interval.
    await kiosk.waitForFunction(() => document.querySelector('[data-testid=kiosk-present]')?.textContent?.trim() === '1', undefined, { timeout: 15_000 });
    expect(await kiosk.locator('[data-testid=kiosk-recent]').textContent()).toContain(participantName);

    // A second participant loses the connection at the door: the check-in waits on the phone and goes when back online.
    const { page: offline, close: closeOffline } = await phonePage(browser);
    await signIn(offline, 'peserta34@bimtek.local');
    await waitForHome(offline);
    await offline.goto(`${baseUrl()}/hadir`);
    await offline.getByLabel('Kode presensi').waitFor();
    await offline.context().setOffline(true);
    await offline.getByLabel('Kode presensi').fill((await code.textContent())!.replace(/\D/g, ''));
    await offline.getByRole('button', { name: 'Kirim' }).click();
    await offline.getByText(/akan dikirim saat online/i).first().waitFor();
    await offline.context().setOffline(false);
    await offline.locator('[data-testid=check-in-result] [data-testid=check-in-status]').waitFor({ timeout: 40_000 });
    expect((await offline.locator('[data-testid=check-in-result] [data-testid=check-in-status]').textContent())?.trim()).toBe('Hadir');
    await kiosk.waitForFunction(() => document.querySelector('[data-testid=kiosk-present]')?.textContent?.trim() === '2', undefined, { timeout: 15_000 });

    await closeOffline();
    await close();
    await kioskContext.close();
  });
  it('checks a participant in by filming the kiosk\'s QR with the phone camera inside the app', async () => {
    const organizer = await bearer('panitia@bimtek.local');
    const kiosk = await api<{ code: string }>(organizer, 'GET', `batches/${batch.id}/attendance/units/${session.id}/kiosk`);
    // What the kiosk's QR holds; Chromium's fake camera films it in a loop.
    const video = join(mkdtempSync(join(tmpdir(), 'bimtek-camera-')), 'kiosk-qr.y4m');
    writeQrVideo(video, `${baseUrl()}/hadir?b=${batch.id}&u=${session.id}&kode=${kiosk.code}`);
    const camera = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const context = await camera.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'id-ID' });
      await context.grantPermissions(['camera'], { origin: baseUrl() });
      const phone = await context.newPage();
      await signIn(phone, 'peserta35@bimtek.local');
      await waitForHome(phone);
      await phone.goto(`${baseUrl()}/hadir`);
      await phone.getByRole('button', { name: 'Pindai QR' }).click();
      const status = phone.locator('[data-testid=check-in-result] [data-testid=check-in-status]');
      await status.waitFor({ timeout: 20_000 });
      expect((await status.textContent())?.trim()).toBe('Hadir');
      // The camera is switched off once the code is read.
      await phone.locator('video').waitFor({ state: 'detached' });
    } finally {
      await camera.close();
    }
  });
});
