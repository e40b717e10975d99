import type {
  AttemptSummaryView,
  AttemptView,
  BankImportResult,
  BatchTestView,
  BatchView,
  ErrorBody,
  MyTestView,
  PrePostReport,
  ProgramView,
  QuestionView,
  TestView,
} from '@bimtek/contracts';
import { Workbook } from 'exceljs';
import { AttemptSweeper } from '../../../api/src/app/assessment/attempt-sweeper.service';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60_000;

/** Sends a workbook built from rows as the multipart `file`. */
async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Soal');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('question banks and tests', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let program: ProgramView;
  let batch: BatchView;
  let moduleA: string;
  let moduleB: string;

  beforeAll(async () => {
    t = await TestApp.start();
    ({
      agency: { id: agencyId },
    } = await t.agency('BKPSDM Kota Bukittinggi'));
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer, {
      modules: [
        { title: 'Jurnalistik', jp: 8 },
        { title: 'Literasi hukum', jp: 8 },
      ],
    });
    [moduleA, moduleB] = program.modules.map((m) => m.id);
    batch = await newBatch();
  });
  afterAll(async () => t.stop());

  const participants = (batchId: string, count: number, status = 'approved') => t.participants(batchId, count, { agencyId, status });

  const newBatch = () => t.batch(organizer, program.id);


  const addQuestion = async (moduleId: string, body: Record<string, unknown>) =>
    (await t.http().post(`/api/programs/${program.id}/modules/${moduleId}/questions`).set('Authorization', organizer).send(body).expect(201)).body as QuestionView;

  const choice = (moduleId: string, prompt: string, correct = 1) => addQuestion(moduleId, { kind: 'single', prompt, options: ['A', 'B', 'C', 'D'], correctIndexes: [correct] });

  const createTest = async (body: Record<string, unknown>) =>
    (await t.http().post(`/api/programs/${program.id}/tests`).set('Authorization', organizer).send(body).expect(201)).body as TestView;

  const openWindow = (batchId: string, testId: string, opensAt = Date.now() - 60_000, closesAt: number | null = Date.now() + DAY) =>
    t
      .http()
      .put(`/api/batches/${batchId}/tests/${testId}/window`)
      .set('Authorization', organizer)
      .send({ opensAt: new Date(opensAt).toISOString(), closesAt: closesAt === null ? null : new Date(closesAt).toISOString() })
      .expect(200);

  const start = (auth: string, testId: string, batchId = batch.id) => t.http().post(`/api/my/learning/${batchId}/tests/${testId}/attempts`).set('Authorization', auth);
  const save = (auth: string, attemptId: string, position: number, answer: unknown) =>
    t.http().put(`/api/my/attempts/${attemptId}/answers/${position}`).set('Authorization', auth).send({ answer });

  /** The right answer to an attempt's question, read from the bank (as a participant who knew it would). */
  const rightAnswer = async (attempt: AttemptView, position: number) => {
    const [row] = await t.dataSource.query<{ answer_key: { kind: string; correctOptionId?: string; correctOptionIds?: string[]; correct?: boolean; accepted?: string[] } }[]>(
      `SELECT answer_key FROM attempt_question WHERE attempt_id = $1 AND position = $2`,
      [attempt.id, position],
    );
    const key = row.answer_key;
    if (key.kind === 'single') return { kind: 'single', optionId: key.correctOptionId };
    if (key.kind === 'multiple') return { kind: 'multiple', optionIds: key.correctOptionIds };
    if (key.kind === 'trueFalse') return { kind: 'trueFalse', value: key.correct };
    if (key.kind === 'shortAnswer') return { kind: 'shortAnswer', text: key.accepted?.[0] };
    return { kind: 'essay', text: 'Jawaban panjang.' };
  };

  describe('the bank', () => {
    it('stores every kind with its key, and refuses a key that does not fit the question', async () => {
      const single = await addQuestion(moduleB, { kind: 'single', prompt: 'UU PDP disahkan tahun …', options: ['2020', '2022', '2024'], correctIndexes: [1] });
      expect(single.options.map((o) => o.text)).toEqual(['2020', '2022', '2024']);
      expect(single.key).toEqual({ kind: 'single', correctOptionId: single.options[1].id });
      const multiple = await addQuestion(moduleB, { kind: 'multiple', prompt: 'Data pribadi spesifik:', options: ['Kesehatan', 'Nama', 'Biometrik'], correctIndexes: [2, 0], points: 2 });
      expect(multiple.key).toEqual({ kind: 'multiple', correctOptionIds: [multiple.options[0].id, multiple.options[2].id] });
      const short = await addQuestion(moduleB, { kind: 'shortAnswer', prompt: 'Singkatan Informasi dan Transaksi Elektronik', accepted: ['UU ITE', ' ITE ', ''] });
      expect(short.key).toEqual({ kind: 'shortAnswer', accepted: ['UU ITE', 'ITE'] });

      const refused = async (body: Record<string, unknown>, field: string, code: string) => {
        const res = await t.http().post(`/api/programs/${program.id}/modules/${moduleB}/questions`).set('Authorization', organizer).send(body).expect(400);
        expect((res.body as ErrorBody).errors).toEqual([expect.objectContaining({ field, code })]);
      };
      await refused({ kind: 'single', prompt: 'x', options: ['a', 'b'], correctIndexes: [0, 1] }, 'correctIndexes', 'singleCorrect');
      await refused({ kind: 'single', prompt: 'x', options: ['a'], correctIndexes: [0] }, 'options', 'optionsRequired');
      await refused({ kind: 'multiple', prompt: 'x', options: ['a', 'b'], correctIndexes: [5] }, 'correctIndexes', 'correctOutOfRange');
      await refused({ kind: 'trueFalse', prompt: 'x' }, 'correct', 'correctRequired');
      await refused({ kind: 'shortAnswer', prompt: 'x', accepted: [' '] }, 'accepted', 'acceptedRequired');
      await refused({ kind: 'essay', prompt: '' }, 'prompt', 'isNotEmpty');
      await refused({ kind: 'riddle', prompt: 'x' }, 'kind', 'isIn');
    });

    it('is closed to participants and to organizers of another agency', async () => {
      const [p] = await participants(batch.id, 1);
      await t.http().get(`/api/programs/${program.id}/modules/${moduleA}/questions`).set('Authorization', p.auth).expect(403);
      const other = await t.agency('BKPSDM Kota Solok');
      const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
      await t.http().get(`/api/programs/${program.id}/modules/${moduleA}/questions`).set('Authorization', stranger).expect(403);
      await t.http().post(`/api/programs/${program.id}/modules/${moduleA}/questions`).set('Authorization', stranger).send({ kind: 'essay', prompt: 'x' }).expect(403);
    });

    it('imports the template as it comes, and nothing at all from a sheet with a bad row', async () => {
      const own = await t.http().post(`/api/programs`).set('Authorization', organizer).send({
        title: 'Program impor',
        kind: 'BIMTEK',
        mode: 'CLASSICAL',
        year: 2026,
        minAttendancePercent: 80,
        passingScore: 70,
        modules: [{ title: 'Modul impor', jp: 4 }],
      });
      const importModule = (own.body as ProgramView).modules[0].id;
      const importPath = `/api/programs/${(own.body as ProgramView).id}/modules/${importModule}/questions`;

      const template = await download(t.http().get('/api/questions/import-template').set('Authorization', organizer)).expect(200);
      const fromTemplate = await t.http().post(`${importPath}/import`).set('Authorization', organizer).attach('file', template.body as Buffer, 'templat.xlsx').expect(200);
      expect(fromTemplate.body).toEqual({ imported: 5, issues: [] });
      const bank = (await t.http().get(importPath).set('Authorization', organizer).expect(200)).body as QuestionView[];
      expect(bank.map((q) => q.kind)).toEqual(['single', 'multiple', 'trueFalse', 'shortAnswer', 'essay']);
      expect(bank[1].key).toEqual({ kind: 'multiple', correctOptionIds: [bank[1].options[0].id, bank[1].options[1].id, bank[1].options[3].id] });
      expect(bank[2].key).toEqual({ kind: 'trueFalse', correct: false });

      const bad = await xlsx([
        ['Jenis', 'Pertanyaan', 'Pilihan A', 'Pilihan B', 'Kunci', 'Poin'],
        ['Pilihan ganda', 'Benar?', 'Ya', 'Tidak', 'A', 1],
        ['Teka-teki', 'Apa?', '', '', '', ''],
        ['Pilihan ganda', 'Kunci ke pilihan kosong', 'Ya', '', 'B', ''],
        ['Benar/Salah', 'Langit biru', '', '', 'mungkin', ''],
      ]);
      const refused = (await t.http().post(`${importPath}/import`).set('Authorization', organizer).attach('file', bad, 'bank.xlsx').expect(200)).body as BankImportResult;
      expect(refused.imported).toBe(0);
      expect(refused.issues.map((i) => [i.row, i.column, i.code])).toEqual([
        [3, 'Jenis', 'unknownKind'],
        [4, 'Kunci', 'keyNotAnOption'],
        [5, 'Kunci', 'correctRequired'],
      ]);
      expect(refused.issues[0].message).toContain('Teka-teki');
      expect((await t.http().get(importPath).set('Authorization', organizer).expect(200)).body).toHaveLength(5);

      await t.http().post(`${importPath}/import`).set('Authorization', organizer).attach('file', Buffer.from('<html></html>'), 'bank.xlsx').expect(400);
    });
  });

  describe('taking a test', () => {
    let quiz: TestView;

    beforeAll(async () => {
      for (let i = 0; i < 6; i++) await choice(moduleA, `Soal jurnalistik ${i + 1}`, i % 4);
      await addQuestion(moduleA, { kind: 'trueFalse', prompt: 'Berita harus berimbang.', correct: true });
      await addQuestion(moduleA, { kind: 'shortAnswer', prompt: 'Rumus unsur berita', accepted: ['5W+1H', '5W1H'] });
      quiz = await createTest({ kind: 'quiz', moduleId: moduleA, title: 'Kuis jurnalistik', questionCount: 8, maxAttempts: 2 });
      expect(quiz.poolSize).toBe(8);
    });

    it('opens only inside its window', async () => {
      const [p] = await participants(batch.id, 1);
      expect((await start(p.auth, quiz.id).expect(409)).body.code).toBe('TEST_NOT_OPEN');
      await openWindow(batch.id, quiz.id, Date.now() + DAY, Date.now() + 2 * DAY);
      const tests = (await t.http().get(`/api/my/learning/${batch.id}/tests`).set('Authorization', p.auth).expect(200)).body as MyTestView[];
      expect(tests.find((x) => x.id === quiz.id)).toMatchObject({ state: 'upcoming', questionCount: 8, attemptsUsed: 0 });
      expect((await start(p.auth, quiz.id).expect(409)).body.code).toBe('TEST_NOT_OPEN');
      await openWindow(batch.id, quiz.id, Date.now() - 2 * DAY, Date.now() - DAY);
      expect((await start(p.auth, quiz.id).expect(409)).body.code).toBe('TEST_CLOSED');
      await openWindow(batch.id, quiz.id);
      await start(p.auth, quiz.id).expect(200);
      const [outsider] = await participants(batch.id, 1, 'pending');
      expect((await start(outsider.auth, quiz.id).expect(403)).body.code).toBe('NOT_ENROLLED');
    });

    it('never shows a key before submission, resumes the open attempt, and grades what was saved', async () => {
      const [p] = await participants(batch.id, 1);
      const starts = await Promise.all(Array.from({ length: 5 }, () => start(p.auth, quiz.id)));
      const ids = new Set(starts.map((r) => (r.body as AttemptView).id));
      expect(starts.every((r) => r.status === 200)).toBe(true);
      expect(ids.size).toBe(1);
      const attempt = starts[0].body as AttemptView;
      expect(attempt.questions).toHaveLength(8);
      const body = JSON.stringify(attempt);
      for (const secret of ['correctOptionId', 'accepted', '5W+1H', 'answerKey', '"correct"', '"result"']) expect(body).not.toContain(secret);

      // Answer every question right except the first; retried saves change nothing.
      for (const q of attempt.questions) {
        const answer = q.position === 1 ? { kind: q.kind, ...wrong(q) } : await rightAnswer(attempt, q.position);
        await save(p.auth, attempt.id, q.position, answer).expect(204);
        await save(p.auth, attempt.id, q.position, answer).expect(204);
      }
      const single = attempt.questions.find((q) => q.kind === 'single');
      expect((await save(p.auth, attempt.id, single?.position ?? 1, { kind: 'single', optionId: 'not-an-option' }).expect(400)).body.errors[0].code).toBe('unknownOption');
      expect((await save(p.auth, attempt.id, single?.position ?? 1, { kind: 'essay', text: 'x' }).expect(400)).body.errors[0].code).toBe('answerKind');
      await save(p.auth, attempt.id, 99, { kind: 'single', optionId: null }).expect(404);

      const submitted = (await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({}).expect(200)).body as AttemptView;
      expect(submitted.closedBy).toBe('participant');
      expect(submitted.score).toBeNull();
      expect(JSON.stringify(submitted)).not.toContain('correctOptionId');
      // Resent after a lost response: the same result, no error.
      await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({}).expect(200);
      expect((await save(p.auth, attempt.id, 2, await rightAnswer(attempt, 2)).expect(409)).body.code).toBe('ATTEMPT_CLOSED');

      await t.http().put(`/api/batches/${batch.id}/tests/${quiz.id}/release`).set('Authorization', organizer).expect(200);
      const released = (await t.http().get(`/api/my/attempts/${attempt.id}`).set('Authorization', p.auth).expect(200)).body as AttemptView;
      expect(released.score).toEqual({ earned: 7, available: 8, percent: 87.5 });
      expect(released.questions.find((q) => q.position === 1)?.result?.pointsAwarded).toBe(0);
      expect(released.questions.find((q) => q.position === 2)?.result?.pointsAwarded).toBe(1);
      const mine = (await t.http().get(`/api/my/learning/${batch.id}/tests`).set('Authorization', p.auth).expect(200)).body as MyTestView[];
      expect(mine.find((x) => x.id === quiz.id)).toMatchObject({ bestScore: 87.5, attemptsUsed: 1, resultsReleased: true });
      await t.http().delete(`/api/batches/${batch.id}/tests/${quiz.id}/release`).set('Authorization', organizer).expect(200);
      expect(((await t.http().get(`/api/my/attempts/${attempt.id}`).set('Authorization', p.auth).expect(200)).body as AttemptView).score).toBeNull();

      // The second and last attempt; then no more.
      const second = (await start(p.auth, quiz.id).expect(200)).body as AttemptView;
      expect(second.number).toBe(2);
      await t.http().post(`/api/my/attempts/${second.id}/submit`).set('Authorization', p.auth).send({}).expect(200);
      expect((await start(p.auth, quiz.id).expect(409)).body.code).toBe('ATTEMPTS_EXHAUSTED');
    });

    it('saves the answers a phone still held when it submits', async () => {
      const [p] = await participants(batch.id, 1);
      const attempt = (await start(p.auth, quiz.id).expect(200)).body as AttemptView;
      const answers = await Promise.all(attempt.questions.map(async (q) => ({ position: q.position, answer: await rightAnswer(attempt, q.position) })));
      const bad = await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({ answers: [{ position: 1, answer: { kind: 'essay', text: 1 } }] });
      expect(bad.status).toBe(400);
      expect((await t.dataSource.query(`SELECT submitted_at FROM attempt WHERE id = $1`, [attempt.id]))[0].submitted_at).toBeNull();
      await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({ answers }).expect(200);
      const [row] = await t.dataSource.query(`SELECT earned, available FROM attempt WHERE id = $1`, [attempt.id]);
      expect(Number(row.earned)).toBe(8);
    });

    it('shuffles questions and options per participant but keeps each attempt stable', async () => {
      const people = await participants(batch.id, 4);
      const attempts = await Promise.all(people.map(async (p) => (await start(p.auth, quiz.id).expect(200)).body as AttemptView));
      const orders = attempts.map((a) => a.questions.map((q) => q.prompt).join('|'));
      expect(new Set(orders).size).toBeGreaterThan(1);
      const optionOrders = attempts.map((a) => a.questions.find((q) => q.prompt === 'Soal jurnalistik 1')?.options.map((o) => o.text).join(''));
      expect(new Set(optionOrders).size).toBeGreaterThan(1);
      const again = (await t.http().get(`/api/my/attempts/${attempts[0].id}`).set('Authorization', people[0].auth).expect(200)).body as AttemptView;
      expect(again.questions.map((q) => q.prompt).join('|')).toBe(orders[0]);
    });

    it('keeps one participant out of another one’s attempt', async () => {
      const [owner, other] = await participants(batch.id, 2);
      const attempt = (await start(owner.auth, quiz.id).expect(200)).body as AttemptView;
      await t.http().get(`/api/my/attempts/${attempt.id}`).set('Authorization', other.auth).expect(404);
      await save(other.auth, attempt.id, 1, { kind: 'single', optionId: null }).expect(404);
      await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', other.auth).send({}).expect(404);
      await t.http().get(`/api/batches/${batch.id}/tests/${quiz.id}/attempts`).set('Authorization', other.auth).expect(403);
      await t.http().get(`/api/batches/${batch.id}/attempts/${attempt.id}`).set('Authorization', other.auth).expect(403);
    });
  });

  describe('the deadline', () => {
    let timed: TestView;

    beforeAll(async () => {
      timed = await createTest({ kind: 'quiz', moduleId: moduleA, title: 'Kuis berwaktu', questionCount: 3, timeLimitMinutes: 10 });
      await openWindow(batch.id, timed.id);
    });

    it('ends at the time limit, or at the closing time when that comes first', async () => {
      const [p] = await participants(batch.id, 1);
      const before = Date.now();
      const attempt = (await start(p.auth, timed.id).expect(200)).body as AttemptView;
      const deadline = new Date(attempt.deadline ?? 0).getTime();
      expect(deadline).toBeGreaterThanOrEqual(before + 10 * 60_000);
      expect(deadline).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
      expect(Math.abs(new Date(attempt.serverNow).getTime() - Date.now())).toBeLessThan(5000);

      const closing = await createTest({ kind: 'quiz', moduleId: moduleA, title: 'Kuis tutup cepat', timeLimitMinutes: 60 });
      const closesAt = Date.now() + 5 * 60_000;
      await openWindow(batch.id, closing.id, Date.now() - 60_000, closesAt);
      const short = (await start(p.auth, closing.id).expect(200)).body as AttemptView;
      expect(new Date(short.deadline ?? 0).getTime()).toBe(new Date(new Date(closesAt).toISOString()).getTime());
    });

    it('refuses answers after the deadline and closes the attempt with what was saved in time', async () => {
      const [p] = await participants(batch.id, 1);
      const attempt = (await start(p.auth, timed.id).expect(200)).body as AttemptView;
      await save(p.auth, attempt.id, 1, await rightAnswer(attempt, 1)).expect(204);
      await t.dataSource.query(`UPDATE attempt SET deadline_at = now() - interval '1 second' WHERE id = $1`, [attempt.id]);

      expect((await save(p.auth, attempt.id, 2, await rightAnswer(attempt, 2)).expect(409)).body.code).toBe('ATTEMPT_CLOSED');
      const late = await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({ answers: [{ position: 3, answer: await rightAnswer(attempt, 3) }] });
      expect(late.status).toBe(409);
      const view = (await t.http().get(`/api/my/attempts/${attempt.id}`).set('Authorization', p.auth).expect(200)).body as AttemptView;
      expect(view.closedBy).toBe('deadline');
      expect(view.questions.filter((q) => q.answer !== null)).toHaveLength(1);
      const [row] = await t.dataSource.query<{ earned: string; submitted_at: Date; deadline_at: Date }[]>(`SELECT earned, submitted_at, deadline_at FROM attempt WHERE id = $1`, [attempt.id]);
      expect(Number(row.earned)).toBe(1);
      expect(row.submitted_at.getTime()).toBe(row.deadline_at.getTime());
    });

    it('closes and grades attempts nobody comes back to', async () => {
      const people = await participants(batch.id, 3);
      const attempts = await Promise.all(people.map(async (p) => (await start(p.auth, timed.id).expect(200)).body as AttemptView));
      await save(people[0].auth, attempts[0].id, 1, await rightAnswer(attempts[0], 1)).expect(204);
      await t.dataSource.query(`UPDATE attempt SET deadline_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`, [attempts.slice(0, 2).map((a) => a.id)]);

      expect(await t.app.get(AttemptSweeper).sweep()).toBe(2);
      const rows = await t.dataSource.query<{ id: string; closed_by: string | null; earned: string | null }[]>(`SELECT id, closed_by, earned FROM attempt WHERE id = ANY($1::uuid[])`, [attempts.map((a) => a.id)]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(attempts[0].id)).toMatchObject({ closed_by: 'deadline', earned: '1.00' });
      expect(byId.get(attempts[1].id)).toMatchObject({ closed_by: 'deadline', earned: '0.00' });
      expect(byId.get(attempts[2].id)).toMatchObject({ closed_by: null, earned: null });
      expect(await t.app.get(AttemptSweeper).sweep()).toBe(0);
    });
  });

  describe('essays, trainers and the pre/post report', () => {
    let prePostBatch: BatchView;
    let pre: TestView;
    let post: TestView;
    let trainer: string;
    let essayQuiz: TestView;

    beforeAll(async () => {
      prePostBatch = await newBatch();
      await addQuestion(moduleB, { kind: 'essay', prompt: 'Jelaskan pasal 27 UU ITE.', points: 4 });
      pre = await createTest({ kind: 'pre', title: 'Pre-test', questionCount: 4 });
      post = await createTest({ kind: 'post', title: 'Post-test', questionCount: 4 });
      essayQuiz = await createTest({ kind: 'quiz', moduleId: moduleB, title: 'Kuis hukum', shuffleQuestions: false });
      for (const test of [pre, post, essayQuiz]) await openWindow(prePostBatch.id, test.id);
      const trainerUser = await t.person({ roles: ['trainer'] });
      trainer = await t.authFor(trainerUser);
      const session = await t
        .http()
        .post(`/api/batches/${prePostBatch.id}/timetable/sessions`)
        .set('Authorization', organizer)
        .send({ kind: 'LECTURE', title: 'Literasi hukum', moduleId: moduleB, trainerIds: [trainerUser.id], startsAt: new Date(Date.now() + DAY).toISOString(), endsAt: new Date(Date.now() + DAY + 3_600_000).toISOString() });
      expect(session.status).toBe(201);
    });

    it('lets the trainer of the module grade an essay, within its points, and audits it', async () => {
      const [p] = await participants(prePostBatch.id, 1);
      const attempt = (await start(p.auth, essayQuiz.id, prePostBatch.id).expect(200)).body as AttemptView;
      const essay = attempt.questions.find((q) => q.kind === 'essay');
      if (!essay) throw new Error('the quiz has an essay');
      await save(p.auth, attempt.id, essay.position, { kind: 'essay', text: 'Pasal 27 mengatur muatan yang dilarang.' }).expect(204);
      await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', p.auth).send({}).expect(200);

      const list = (await t.http().get(`/api/batches/${prePostBatch.id}/tests/${essayQuiz.id}/attempts`).set('Authorization', trainer).expect(200)).body as AttemptSummaryView[];
      expect(list).toEqual([expect.objectContaining({ id: attempt.id, essaysToGrade: 1 })]);
      const gradePath = `/api/batches/${prePostBatch.id}/attempts/${attempt.id}/answers/${essay.position}/grade`;
      expect((await t.http().put(gradePath).set('Authorization', trainer).send({ points: 5 }).expect(400)).body.errors[0].code).toBe('pointsAboveMax');
      const other = essay.position === 1 ? 2 : 1;
      expect((await t.http().put(`/api/batches/${prePostBatch.id}/attempts/${attempt.id}/answers/${other}/grade`).set('Authorization', trainer).send({ points: 1 }).expect(400)).body.errors[0].code).toBe('notAnEssay');
      const graded = (await t.http().put(gradePath).set('Authorization', trainer).send({ points: 3 }).expect(200)).body as AttemptView;
      expect(graded.questions.find((q) => q.position === essay.position)?.result?.pointsAwarded).toBe(3);
      expect(graded.score?.earned).toBeGreaterThanOrEqual(3);
      const [audit] = await t.dataSource.query(`SELECT details FROM audit_entry WHERE action = 'learning.essay_graded' AND subject_id = $1`, [p.user.id]);
      expect(audit.details).toMatchObject({ attemptId: attempt.id, before: null, after: 3 });

      const outsider = await t.authFor(await t.person({ roles: ['trainer'] }));
      await t.http().put(gradePath).set('Authorization', outsider).send({ points: 1 }).expect(403);
      await t.http().get(`/api/batches/${prePostBatch.id}/tests`).set('Authorization', outsider).expect(403);
    });

    it('reports each participant’s gain from the pre-test to the post-test and the batch average', async () => {
      const [a, b, c] = await participants(prePostBatch.id, 3);
      const take = async (auth: string, testId: string, right: number) => {
        const attempt = (await start(auth, testId, prePostBatch.id).expect(200)).body as AttemptView;
        const answers = await Promise.all(
          attempt.questions.map(async (q, i) => ({ position: q.position, answer: i < right ? await rightAnswer(attempt, q.position) : { kind: q.kind, ...wrong(q) } })),
        );
        await t.http().post(`/api/my/attempts/${attempt.id}/submit`).set('Authorization', auth).send({ answers }).expect(200);
        return attempt;
      };
      const preA = await take(a.auth, pre.id, 1);
      const postA = await take(a.auth, post.id, 3);
      await take(b.auth, pre.id, 2);
      const percent = async (attemptId: string) => {
        const [row] = await t.dataSource.query(`SELECT earned, available FROM attempt WHERE id = $1`, [attemptId]);
        return Math.floor((Number(row.earned) / row.available) * 1000) / 10;
      };

      const report = (await t.http().get(`/api/batches/${prePostBatch.id}/pre-post`).set('Authorization', trainer).expect(200)).body as PrePostReport;
      const rowA = report.rows.find((r) => r.userId === a.user.id);
      expect(rowA).toMatchObject({ pre: await percent(preA.id), post: await percent(postA.id) });
      expect(rowA?.gain).toBeCloseTo((await percent(postA.id)) - (await percent(preA.id)), 5);
      expect(report.rows.find((r) => r.userId === b.user.id)).toMatchObject({ post: null, gain: null });
      expect(report.rows.find((r) => r.userId === c.user.id)).toMatchObject({ pre: null, post: null, gain: null });
      expect(report.averageGain).toBe(rowA?.gain);
      const [p] = await participants(prePostBatch.id, 1);
      await t.http().get(`/api/batches/${prePostBatch.id}/pre-post`).set('Authorization', p.auth).expect(403);
    });

    it('shows a trainer the batch-wide tests and the quizzes of their own modules only', async () => {
      const own = await createTest({ kind: 'quiz', moduleId: moduleA, title: 'Kuis modul lain' });
      const tests = (await t.http().get(`/api/batches/${prePostBatch.id}/tests`).set('Authorization', trainer).expect(200)).body as BatchTestView[];
      expect(tests.map((x) => x.title)).toEqual(expect.arrayContaining(['Pre-test', 'Post-test', 'Kuis hukum']));
      expect(tests.map((x) => x.id)).not.toContain(own.id);
      await t.http().put(`/api/batches/${prePostBatch.id}/tests/${own.id}/release`).set('Authorization', trainer).expect(403);
      await t.http().put(`/api/batches/${prePostBatch.id}/tests/${pre.id}/window`).set('Authorization', trainer).send({ opensAt: null, closesAt: null }).expect(403);
    });

    it('refuses to delete a test or change what it is once it has been taken', async () => {
      expect((await t.http().delete(`/api/tests/${pre.id}`).set('Authorization', organizer).expect(409)).body.code).toBe('ASSESSMENT_IN_USE');
      await t.http().put(`/api/tests/${pre.id}`).set('Authorization', organizer).send({ kind: 'post', title: 'x' }).expect(409);
      await t.http().put(`/api/tests/${pre.id}`).set('Authorization', organizer).send({ kind: 'pre', title: 'Pre-test (revisi)', timeLimitMinutes: 30 }).expect(200);
      const unused = await createTest({ kind: 'quiz', moduleId: moduleB, title: 'Dihapus' });
      await t.http().delete(`/api/tests/${unused.id}`).set('Authorization', organizer).expect(204);
      const wrongWindow = await t.http().put(`/api/batches/${prePostBatch.id}/tests/${pre.id}/window`).set('Authorization', organizer).send({ opensAt: '2026-12-02T10:00:00Z', closesAt: '2026-12-02T09:00:00Z' }).expect(400);
      expect(wrongWindow.body.errors[0]).toMatchObject({ field: 'closesAt', code: 'windowOrder' });
      expect((await t.http().post(`/api/programs/${program.id}/tests`).set('Authorization', organizer).send({ kind: 'quiz', title: 'Tanpa modul' }).expect(400)).body.errors[0].code).toBe('moduleRequired');
    });
  });
});

/** An answer that is surely wrong for the question (or empty). */
function wrong(q: AttemptView['questions'][number]): Record<string, unknown> {
  switch (q.kind) {
    case 'single':
      return { optionId: null };
    case 'multiple':
      return { optionIds: [] };
    case 'trueFalse':
      return { value: null };
    case 'shortAnswer':
    case 'essay':
      return { text: '' };
  }
}
