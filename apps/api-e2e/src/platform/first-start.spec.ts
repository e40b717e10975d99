import type {
  AssignmentView,
  AttemptView,
  AttendanceGridView,
  BatchAssignmentView,
  BatchCompletionView,
  BatchTestView,
  BatchView,
  CertificateTemplateView,
  EnrollmentView,
  GradebookView,
  LessonView,
  MyTestView,
  Page,
  PrePostReport,
  ProfileView,
  ProgramView,
  QuestionView,
  SessionResponse,
  SubmissionView,
  TestView,
  TimetableView,
} from '@bimtek/contracts';
import { parseNik, parseNip } from '@bimtek/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

/** The demo writes its photos under the data dir: a folder of the test's own. */
async function startDemo(): Promise<{ t: TestApp; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-demo-'));
  const t = await TestApp.start({ BIMTEK_DEMO: 'true', DATA_DIR: dataDir });
  return {
    t,
    stop: async () => {
      await t.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the first start on an empty database', () => {
  it('loads the demo agency, one account per role and participants whose NIPs and NIKs validate', async () => {
    const { t, stop } = await startDemo();
    try {
      expect(t.seed.kind).toBe('demo');
      const sessions: SessionResponse[] = [];
      for (const email of ['admin@bimtek.local', 'panitia@bimtek.local', 'narasumber@bimtek.local', 'peserta@bimtek.local']) {
        sessions.push(await t.signIn(email, 'Bimtek-Demo-2026'));
      }
      expect(sessions.map((s) => s.user.roles[0])).toEqual(['admin', 'organizer', 'trainer', 'participant']);

      const people = (await t.http().get('/api/users?pageSize=100').set('Authorization', `Bearer ${sessions[0].accessToken}`).expect(200)).body as Page<ProfileView>;
      expect(people.total).toBeGreaterThanOrEqual(30);
      for (const person of people.items) {
        if (person.nip) expect(parseNip(person.nip)).toMatchObject({ ok: true });
        if (person.nik) expect(parseNik(person.nik)).toMatchObject({ ok: true });
        expect(person.agencyName).toBe('BKPSDM Kota Padang');
      }
      expect(people.items.some((p) => p.employmentType === 'NON_ASN')).toBe(true);

      // The organizer sees the agency's people.
      const agency = await t.http().get('/api/people?pageSize=5').set('Authorization', `Bearer ${sessions[1].accessToken}`).expect(200);
      expect((agency.body as Page<ProfileView>).total).toBe(people.total);

      // Padang's three angkatan: one finished, one running now, one open; with full timetables.
      const organizer = `Bearer ${sessions[1].accessToken}`;
      const batches = (await t.http().get('/api/batches').set('Authorization', organizer).expect(200)).body as BatchView[];
      expect(batches.map((b) => `${b.name} ${b.status}`)).toEqual(['Angkatan I finished', 'Angkatan II running', 'Angkatan III registration_open']);
      const timetable = (await t.http().get(`/api/batches/${batches[1]?.id}/timetable`).set('Authorization', organizer).expect(200)).body as TimetableView;
      expect(timetable.scheduledJp).toBe(36);
      // The finished angkatan has its attendance: everyone recorded for every session, rates over all of them.
      const grid = (await t.http().get(`/api/batches/${batches[0]?.id}/attendance`).set('Authorization', organizer).expect(200)).body as AttendanceGridView;
      expect(grid.people).toHaveLength(12);
      expect(grid.people.every((p) => p.cells.every((c) => c !== null))).toBe(true);
      expect(new Set(grid.people.flatMap((p) => p.cells.map((c) => c?.status)))).toEqual(new Set(['hadir', 'terlambat', 'izin', 'sakit', 'alpa']));
      // The demo participant is in the running batch; the catalogue lists the other agencies' open trainings too.
      const participant = `Bearer ${sessions[3].accessToken}`;
      const mine = (await t.http().get('/api/my/enrollments').set('Authorization', participant).expect(200)).body as EnrollmentView[];
      expect(mine.map((e) => `${e.batchName} ${e.status}`)).toEqual(['Angkatan II approved']);
      const catalog = (await t.http().get('/api/catalog').set('Authorization', participant).expect(200)).body as BatchView[];
      expect(catalog.map((b) => b.programTitle)).toEqual(
        expect.arrayContaining(['Sosialisasi Pengelolaan Media Sosial Pemerintah', 'Rapat Koordinasi Admin Media Sosial OPD se-Sumatera Barat']),
      );
    } finally {
      await stop();
    }
  });

  it('gives the Padang Bimtek its material, this week\'s tests and work, and the finished angkatan its graded results', async () => {
    const { t, stop } = await startDemo();
    try {
      const organizer = `Bearer ${(await t.signIn('panitia@bimtek.local', 'Bimtek-Demo-2026')).accessToken}`;
      const get = async <T>(path: string, auth = organizer) => (await t.http().get(`/api${path}`).set('Authorization', auth).expect(200)).body as T;
      const [finished, running] = await get<BatchView[]>('/batches');
      const program = await get<ProgramView>(`/programs/${running.programId}`);
      expect(program.title).toBe('Bimtek Jurnalistik dan Media Sosial Management');

      // Every module has lessons (the later ones locked until the one before) and a bank.
      const kinds = new Set<string>();
      for (const module of program.modules) {
        const lessons = await get<LessonView[]>(`/programs/${program.id}/modules/${module.id}/lessons`);
        expect(lessons.length).toBeGreaterThanOrEqual(2);
        expect(lessons.map((l) => l.lockedUntilPrevious)).toEqual(lessons.map((_, i) => i > 0));
        expect(lessons.every((l) => l.body.includes('## '))).toBe(true);
        const bank = await get<QuestionView[]>(`/programs/${program.id}/modules/${module.id}/questions`);
        expect(bank.length).toBeGreaterThanOrEqual(6);
        expect(bank.filter((q) => q.kind === 'essay').length).toBeLessThanOrEqual(1);
        bank.forEach((q) => kinds.add(q.kind));
      }
      expect([...kinds].sort()).toEqual(['essay', 'multiple', 'shortAnswer', 'single', 'trueFalse']);
      const tests = await get<TestView[]>(`/programs/${program.id}/tests`);
      expect(tests.map((x) => `${x.kind} ${x.questionCount} ${x.timeLimitMinutes} ${x.maxAttempts}`).sort()).toEqual([
        'post 10 20 1',
        'pre 10 20 1',
        ...Array.from({ length: 4 }, () => 'quiz 5 10 2'),
      ]);
      const assignments = await get<AssignmentView[]>(`/programs/${program.id}/assignments`);
      expect(assignments.map((a) => `${a.title} ${a.fileKind} ${a.minFiles}-${a.maxFiles} ${a.maxPoints}`).sort()).toEqual([
        'Menulis siaran pers kegiatan OPD documents 0-1 16',
        'Rencana konten satu minggu any 0-2 16',
        'Tiga foto kegiatan OPD dengan keterangan images 3-3 16',
      ]);

      // The running angkatan: tests scheduled, nothing released, work due this week; the demo participant can start the pre-test.
      const now = Date.now();
      const runningTests = await get<BatchTestView[]>(`/batches/${running.id}/tests`);
      expect(runningTests.every((x) => x.opensAt !== null && x.closesAt !== null && x.resultsReleasedAt === null)).toBe(true);
      const runningWork = await get<BatchAssignmentView[]>(`/batches/${running.id}/assignments`);
      expect(runningWork.every((a) => a.dueAt !== null && a.dueAt.slice(0, 10) <= running.endDate && a.gradesReleasedAt === null)).toBe(true);
      const participant = `Bearer ${(await t.signIn('peserta@bimtek.local', 'Bimtek-Demo-2026')).accessToken}`;
      const myTests = await get<MyTestView[]>(`/my/learning/${running.id}/tests`, participant);
      const pre = myTests.find((x) => x.kind === 'pre');
      expect(pre).toMatchObject({ state: 'open', attemptsUsed: 0 });
      expect(Date.parse(pre?.closesAt ?? '')).toBeGreaterThan(now);
      const attempt = (await t.http().post(`/api/my/learning/${running.id}/tests/${pre?.id}/attempts`).set('Authorization', participant).expect(200)).body as AttemptView;
      expect(attempt.questions).toHaveLength(10);

      // The finished angkatan: everyone took every test and handed in every assignment; all released.
      const book = await get<GradebookView>(`/batches/${finished.id}/gradebook`);
      expect(book.columns.map((c) => c.kind)).toEqual(['attendance', 'test', 'test', 'test', 'test', 'test', 'assignment', 'assignment', 'assignment']);
      expect(book.rows).toHaveLength(12);
      expect(book.rows.every((r) => Object.values(r.scores).every((s) => s !== null) && r.final > 0)).toBe(true);
      const passed = book.rows.filter((r) => r.passed).length;
      expect(passed).toBeGreaterThanOrEqual(7);
      expect(passed).toBeLessThan(12);
      const prePost = await get<PrePostReport>(`/batches/${finished.id}/pre-post`);
      expect(prePost.rows.every((r) => r.pre !== null && r.post !== null)).toBe(true);
      expect(prePost.averageGain).toBeGreaterThan(10);

      // The photos are real JPEGs with thumbnails.
      const photos = assignments.find((a) => a.fileKind === 'images');
      const [handIn] = await get<SubmissionView[]>(`/batches/${finished.id}/assignments/${photos?.id}/submissions`);
      expect(handIn.files).toHaveLength(3);
      expect(handIn.grade).toMatchObject({ maxPoints: 16 });
      const file = await download(t.http().get(`/api/${handIn.files[0].url}`).set('Authorization', organizer)).expect(200);
      expect(await sharp(file.body as Buffer).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
      await download(t.http().get(`/api/${handIn.files[0].thumbUrl}`).set('Authorization', organizer)).expect(200);

      // Ready to be certified: the programme's own template with its emblem; nothing issued yet.
      const template = await get<CertificateTemplateView>(`/programs/${program.id}/certificate-template`);
      expect(template).toMatchObject({ saved: true, place: 'Padang', numberPattern: '800/{seq}/{unit}/{year}' });
      const logo = await download(t.http().get(`/api/programs/${program.id}/certificate-template/images/${template.logoImageId}`).set('Authorization', organizer)).expect(200);
      expect(await sharp(logo.body as Buffer).metadata()).toMatchObject({ format: 'png', hasAlpha: true });
      const completion = await get<BatchCompletionView>(`/batches/${finished.id}/completion`);
      expect(completion).toMatchObject({ finished: true });
      expect(completion.results.filter((r) => r.passed)).toHaveLength(passed);
      expect(completion.results.every((r) => r.certificate === null)).toBe(true);
    } finally {
      await stop();
    }
  });

  it('without demo data, creates one admin whose one-time password must be changed', async () => {
    const t = await TestApp.start({ BIMTEK_DEMO: 'false' });
    try {
      if (t.seed.kind !== 'first-admin') throw new Error(`expected a first admin, got ${t.seed.kind}`);
      const session = await t.signIn(t.seed.email, t.seed.password);
      expect(session.user).toMatchObject({ roles: ['admin'], mustChangePassword: true });
      const [count] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user');
      expect(count?.n).toBe(1);
    } finally {
      await t.stop();
    }
  });
});
