import type { AssignmentView, BatchView, EnrollmentView, ProgramView, TestView } from '@bimtek/contracts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { baseUrl, launch, phonePage, scrollsSideways, signIn, waitForHome } from '../support/browser';
import { api, bearer, localDate } from '../support/api';

/** Three phone photos of an OPD activity (different colours), about what a phone camera sends at small size. */
async function photos(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bimtek-photos-'));
  const colours = ['#2e7d32', '#c62828', '#1565c0'];
  return Promise.all(
    colours.map(async (colour, i) => {
      const path = join(dir, `kegiatan-${i + 1}.jpg`);
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: colour } }).jpeg({ quality: 80 }).toFile(path);
      return path;
    }),
  );
}

describe('learning: a timed pre-test, photos handed in, graded with a rubric, feedback read', () => {
  let browser: Browser;
  let batch: BatchView;
  let preTest: TestView;
  let assignment: AssignmentView;
  let lessonId: string;

  beforeAll(async () => {
    browser = await launch();
    const organizer = await bearer('panitia@bimtek.local');
    const trainer = await bearer('narasumber@bimtek.local');
    const trainerId = (await api<{ id: string }>(trainer, 'GET', 'auth/me')).id;
    const program = await api<ProgramView>(organizer, 'POST', 'programs', {
      title: 'Bimtek Fotografi Kegiatan OPD', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2026, minAttendancePercent: 80, passingScore: 70, modules: [{ title: 'Fotografi', jp: 8 }],
    });
    const moduleId = program.modules[0].id;
    for (const [prompt, options, right] of [
      ['Aturan komposisi yang membagi bingkai menjadi sembilan bagian disebut …', ['Aturan sepertiga', 'Simetri', 'Leading lines'], 0],
      ['Waktu terbaik untuk cahaya lembut di luar ruangan adalah …', ['Tengah hari', 'Golden hour', 'Tengah malam'], 1],
      ['Foto kegiatan resmi sebaiknya menampilkan …', ['Suasana dan tokoh kegiatan', 'Hanya dekorasi', 'Langit-langit ruangan'], 0],
    ] as const) {
      await api(organizer, 'POST', `programs/${program.id}/modules/${moduleId}/questions`, { kind: 'single', prompt, options, correctIndexes: [right] });
    }
    lessonId = (
      await api<{ id: string }>(organizer, 'POST', `programs/${program.id}/modules/${moduleId}/lessons`, {
        title: 'Aturan sepertiga',
        body: '## Membagi bingkai\n\nBayangkan **dua garis mendatar** dan dua garis tegak yang membagi foto menjadi sembilan bagian.',
      })
    ).id;
    preTest = await api<TestView>(organizer, 'POST', `programs/${program.id}/tests`, { kind: 'pre', title: 'Pre-test Fotografi', timeLimitMinutes: 10 });
    assignment = await api<AssignmentView>(organizer, 'POST', `programs/${program.id}/assignments`, {
      moduleId,
      title: 'Tiga foto kegiatan OPD',
      instructions: 'Unggah **tiga foto** kegiatan OPD Anda dengan keterangan singkat.',
      fileKind: 'images',
      minFiles: 3,
      maxFiles: 3,
      rubric: [
        { title: 'Komposisi', levels: [{ title: 'Kurang', points: 1 }, { title: 'Cukup', points: 2 }, { title: 'Baik', points: 3 }, { title: 'Sangat baik', points: 4 }] },
        { title: 'Keterangan foto', levels: [{ title: 'Kurang', points: 1 }, { title: 'Cukup', points: 2 }, { title: 'Baik', points: 3 }, { title: 'Sangat baik', points: 4 }] },
      ],
    });
    batch = await api<BatchView>(organizer, 'POST', `programs/${program.id}/batches`, { startDate: localDate(-1), endDate: localDate(2), capacity: 30, venue: 'Aula BKPSDM' });
    await api(organizer, 'POST', `batches/${batch.id}/timetable/sessions`, {
      // In the evening: by day the demo trainer teaches the demo batch.
      kind: 'LECTURE', title: 'Fotografi kegiatan', moduleId, trainerIds: [trainerId], startsAt: `${localDate(1)}T19:00:00+07:00`, endsAt: `${localDate(1)}T21:00:00+07:00`,
    });
    await api(organizer, 'PUT', `batches/${batch.id}/tests/${preTest.id}/window`, { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() });
    await api(organizer, 'PUT', `batches/${batch.id}/assignments/${assignment.id}/due`, { dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'registration_open' });
    const participant = await bearer('peserta31@bimtek.local');
    const enrollment = await api<EnrollmentView>(participant, 'POST', `catalog/${batch.id}/enrollment`);
    await api(organizer, 'POST', `enrollments/${enrollment.id}/approve`);
    await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'running' });
  });
  afterAll(async () => browser.close());

  it('goes from the participant’s phone to the trainer’s rubric and back', async () => {
    const learn = `${baseUrl()}/pelatihan/${batch.id}/belajar`;

    // The participant takes the timed pre-test on a phone.
    const participant = await phonePage(browser);
    const { page } = participant;
    await signIn(page, 'peserta31@bimtek.local');
    await waitForHome(page);
    await page.goto(`${learn}?tab=tes`);
    const test = page.locator('[data-testid=my-test]', { hasText: 'Pre-test Fotografi' });
    await test.locator('button[name=start]').click();
    await page.locator('mat-dialog-container button[name=confirm]').click();
    await page.locator('[data-testid=countdown]').waitFor();
    expect(await page.locator('[data-testid=countdown]').textContent()).toMatch(/\d+:\d{2}/);
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid=question] mat-radio-button').first().click();
      if (i < 2) await page.locator('button[name=next]').click();
    }
    await page.locator('[data-testid=save-state]', { hasText: /tersimpan/i }).waitFor();
    await page.locator('button[name=submit]').click();
    await page.locator('mat-dialog-container button[name=confirm]').click();
    await page.locator('[data-testid=test-done]').waitFor();
    await page.locator('[data-testid=results-pending]').waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // … and hands in three photos with captions.
    await page.goto(`${learn}/tugas/${assignment.id}`);
    await page.locator('input[name=files]').setInputFiles(await photos());
    await page.locator('[data-testid=picked-file]').nth(2).waitFor();
    for (const [i, caption] of ['Pembukaan bimtek oleh Sekda', 'Peserta praktik memotret', 'Foto bersama narasumber'].entries()) {
      await page.locator(`input[name=caption-${i}]`).fill(caption);
    }
    await page.locator('button[name=hand-in]').click();
    await page.locator('[data-testid=submitted-at]').waitFor();
    await page.locator('[data-testid=grade-pending]').waitFor();
    expect(await scrollsSideways(page)).toBe(false);

    // The trainer finds it in the queue, grades it with the rubric and releases the grades.
    const trainerPhone = await phonePage(browser);
    const trainerPage = trainerPhone.page;
    await signIn(trainerPage, 'narasumber@bimtek.local');
    await waitForHome(trainerPage);
    await trainerPage.goto(`${baseUrl()}/penilaian`);
    await trainerPage.locator('[data-testid=grading-queue] a.queue-card', { hasText: 'Tiga foto kegiatan OPD' }).click();
    await trainerPage.locator('img').first().waitFor();
    const [composition, captions] = assignment.rubric;
    await trainerPage.locator(`input[name="criterion-${composition.id}"][value="${composition.levels[3].id}"]`).check({ force: true });
    await trainerPage.locator(`input[name="criterion-${captions.id}"][value="${captions.levels[2].id}"]`).check({ force: true });
    await trainerPage.locator('[data-testid=rubric-total]', { hasText: '7' }).waitFor();
    await trainerPage.locator('textarea[name=comment]').fill('Komposisi kuat; keterangan foto perlu menyebut tempat kegiatan.');
    await trainerPage.locator('button[name=save-grade]').click();
    await trainerPage.locator('[data-testid=graded-by]').waitFor();
    expect(await scrollsSideways(trainerPage)).toBe(false);

    await trainerPage.goto(`${baseUrl()}/angkatan/${batch.id}/pembelajaran?tab=tugas`);
    const card = trainerPage.locator('[data-testid=assignment-list] li', { hasText: 'Tiga foto kegiatan OPD' });
    await card.locator('button[name=release]').click();
    await card.locator('[data-testid=release-state]', { hasText: /^\s*Nilai dirilis/ }).waitFor();
    await trainerPhone.close();

    // The participant reads the feedback.
    await page.reload();
    await page.locator('[data-testid=grade]').waitFor();
    expect(await page.locator('[data-testid=grade]').textContent()).toContain('7');
    expect(await page.locator('[data-testid=grade-comment]').textContent()).toContain('keterangan foto perlu menyebut tempat');
    await participant.close();
  });

  it('keeps a lesson opened once readable on the phone without a connection, even after a reload', async () => {
    const participant = await phonePage(browser);
    const { page } = participant;
    await signIn(page, 'peserta31@bimtek.local');
    await waitForHome(page);
    const lessonUrl = `${baseUrl()}/pelatihan/${batch.id}/belajar/materi/${lessonId}`;
    await page.goto(lessonUrl);
    await page.locator('bt-lesson-body', { hasText: 'dua garis mendatar' }).waitFor();
    // The service worker installs in the background; once it controls the page, what the page reads is kept.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.locator('bt-lesson-body', { hasText: 'dua garis mendatar' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('bt-lesson-body', { hasText: 'dua garis mendatar' }).waitFor();
    await page.locator('[data-testid=offline-notice]').waitFor();
    await page.context().setOffline(false);
    await participant.close();
  });
});
