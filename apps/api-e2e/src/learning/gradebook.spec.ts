import type { BatchView, GradebookView, MyGradesView, ProgramView, SessionView, TestView } from '@bimtek/contracts';
import { Workbook } from 'exceljs';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60_000;
const localDate = (ms: number) => new Date(ms + 7 * 60 * 60_000).toISOString().slice(0, 10);

describe('the gradebook', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let program: ProgramView;
  let batch: BatchView;
  let sessions: SessionView[];

  beforeAll(async () => {
    t = await TestApp.start();
    ({
      agency: { id: agencyId },
    } = await t.agency('BKPSDM Kabupaten Agam'));
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer, { passingScore: 70, minAttendancePercent: 75 });
    batch = (
      await t
        .http()
        .post(`/api/programs/${program.id}/batches`)
        .set('Authorization', organizer)
        .send({ capacity: 50, startDate: localDate(Date.now() - 2 * DAY), endDate: localDate(Date.now() + 2 * DAY) })
        .expect(201)
    ).body as BatchView;
    sessions = [];
    for (let i = 0; i < 4; i++) {
      const startsAt = Date.now() - DAY + i * 2 * 3_600_000;
      const res = await t
        .http()
        .post(`/api/batches/${batch.id}/timetable/sessions`)
        .set('Authorization', organizer)
        .send({ kind: 'LECTURE', title: `Sesi ${i + 1}`, moduleId: program.modules[0].id, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3_600_000).toISOString() })
        .expect(201);
      sessions.push(res.body as SessionView);
    }
  });
  afterAll(async () => t.stop());

  const person = async () => {
    const user = await t.person({ agencyId });
    await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) VALUES ($1, $2, 'approved')`, [batch.id, user.id]);
    return { user, auth: await t.authFor(user) };
  };
  const attend = (userId: string, count: number, status = 'hadir') =>
    t.dataSource.query(
      `INSERT INTO attendance_record (batch_id, unit_key, user_id, status, method) SELECT $1, unnest($2::text[]), $3, $4, 'manual'`,
      [batch.id, sessions.slice(0, count).map((s) => s.id), userId, status],
    );
  const test = async (kind: string, title: string) =>
    (await t.http().post(`/api/programs/${program.id}/tests`).set('Authorization', organizer).send({ kind, title, ...(kind === 'quiz' ? { moduleId: program.modules[0].id } : {}) }).expect(201)).body as TestView;
  const attempt = (testId: string, userId: string, earned: number, available: number, essaysToGrade = 0) =>
    t.dataSource.query(
      `INSERT INTO attempt (test_id, batch_id, user_id, number, started_at, submitted_at, closed_by, earned, available, essays_to_grade)
       VALUES ($1, $2, $3, (SELECT count(*) + 1 FROM attempt WHERE test_id = $1 AND user_id = $3), now(), now(), 'participant', $4, $5, $6)`,
      [testId, batch.id, userId, earned, available, essaysToGrade],
    );
  const release = (testId: string) => t.http().put(`/api/batches/${batch.id}/tests/${testId}/release`).set('Authorization', organizer).expect(200);
  const gradedAssignment = async (title: string, grades: { userId: string; points: number }[], released: boolean) => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO assignment (program_id, module_id, title, instructions, file_kind, min_files, max_files, max_file_bytes, rubric)
       VALUES ($1, $2, $3, '', 'none', 0, 0, 1, '[]') RETURNING id`,
      [program.id, program.modules[0].id, title],
    );
    await t.dataSource.query(`INSERT INTO assignment_schedule (assignment_id, batch_id, grades_released_at) VALUES ($1, $2, $3)`, [id, batch.id, released ? new Date() : null]);
    for (const g of grades) {
      await t.dataSource.query(
        `INSERT INTO submission (assignment_id, batch_id, user_id, submitted_at, grade_points, grade_max_points, graded_at, grade_version) VALUES ($1, $2, $3, now(), $4, 20, now(), 1)`,
        [id, batch.id, g.userId, g.points],
      );
    }
    return id as string;
  };

  it('keeps weights that add up to 100 and refuses others', async () => {
    expect((await t.http().get(`/api/programs/${program.id}/grade-weights`).set('Authorization', organizer).expect(200)).body).toEqual({ attendance: 20, tests: 40, assignments: 40 });
    const bad = await t.http().put(`/api/programs/${program.id}/grade-weights`).set('Authorization', organizer).send({ attendance: 50, tests: 40, assignments: 40 }).expect(400);
    expect(bad.body.errors[0].code).toBe('weightsSum');
    await t.http().put(`/api/programs/${program.id}/grade-weights`).set('Authorization', organizer).send({ attendance: 20, tests: 30.5, assignments: 49.5 }).expect(400);
    await t.http().put(`/api/programs/${program.id}/grade-weights`).set('Authorization', organizer).send({ attendance: 10, tests: 40, assignments: 50 }).expect(200);
  });

  it('weighs released results only, and each participant sees exactly their own row', async () => {
    const [ani, budi, citra] = [await person(), await person(), await person()];
    await attend(ani.user.id, 4);
    await attend(budi.user.id, 2, 'terlambat');
    await attend(citra.user.id, 3);

    const pre = await test('pre', 'Pre-test');
    const quiz = await test('quiz', 'Kuis jurnalistik');
    const post = await test('post', 'Post-test');
    await attempt(pre.id, ani.user.id, 1, 10);
    await attempt(quiz.id, ani.user.id, 6, 10);
    await attempt(quiz.id, ani.user.id, 9, 10); // the better of two attempts counts
    await attempt(quiz.id, budi.user.id, 5, 10);
    await attempt(quiz.id, citra.user.id, 10, 10, 1); // an essay still waits: not scored yet
    await attempt(post.id, ani.user.id, 10, 10); // not released: does not count
    await release(pre.id);
    await release(quiz.id);
    const article = await gradedAssignment('Menulis rilis berita', [{ userId: ani.user.id, points: 16 }, { userId: budi.user.id, points: 10 }], true);
    await gradedAssignment('Rencana konten', [{ userId: ani.user.id, points: 20 }], false);

    const view = (await t.http().get(`/api/batches/${batch.id}/gradebook`).set('Authorization', organizer).expect(200)).body as GradebookView;
    expect(view.weights).toEqual({ attendance: 10, tests: 40, assignments: 50 });
    expect(view.columns.map((c) => c.key)).toEqual(['attendance', `test:${quiz.id}`, `assignment:${article}`]);
    const row = (id: string) => view.rows.find((r) => r.userId === id);
    // Ani: attendance 100, quiz 90, article 80 → 10 + 36 + 40 = 86.
    expect(row(ani.user.id)).toMatchObject({ attendance: 100, tests: 90, assignments: 80, final: 86, passed: true });
    // Budi: attendance 50 (late counts as attended), quiz 50, article 50 → 5 + 20 + 25 = 50, below both marks.
    expect(row(budi.user.id)).toMatchObject({ attendance: 50, tests: 50, assignments: 50, final: 50, passed: false });
    // Citra: 75 % attendance; the quiz waits for essay grading and the article was not handed in: both 0.
    expect(row(citra.user.id)).toMatchObject({ attendance: 75, tests: 0, assignments: 0, final: 7.5, passed: false });
    expect(row(citra.user.id)?.scores[`test:${quiz.id}`]).toBeNull();

    for (const p of [ani, budi, citra]) {
      const mine = (await t.http().get(`/api/my/learning/${batch.id}/grades`).set('Authorization', p.auth).expect(200)).body as MyGradesView;
      expect(mine).toEqual({ ...row(p.user.id), weights: view.weights, passingScore: 70 });
    }

    const file = await download(t.http().get(`/api/batches/${batch.id}/gradebook.xlsx`).set('Authorization', organizer)).expect(200);
    const book = new Workbook();
    await book.xlsx.load(file.body as ArrayBuffer);
    const sheet = book.worksheets[0];
    const lines: string[][] = [];
    sheet.eachRow((r) => lines.push((r.values as (string | number | null)[]).slice(1).map((v) => String(v ?? ''))));
    const aniLine = lines.find((l) => l.includes(ani.user.fullName));
    expect(aniLine?.slice(3)).toEqual(['100', '90', '80', '90', '80', '86', 'Lulus']);
  });

  it('is for the organizers and trainers of the batch only', async () => {
    const p = await person();
    const context = await t.http().get(`/api/batches/${batch.id}/learning`).set('Authorization', organizer).expect(200);
    expect(context.body).toEqual({ batchId: batch.id, programId: program.id, programTitle: program.title, name: 'Angkatan I', timeZone: 'Asia/Jakarta' });
    await t.http().get(`/api/batches/${batch.id}/learning`).set('Authorization', p.auth).expect(403);
    await t.http().get(`/api/batches/${batch.id}/gradebook`).set('Authorization', p.auth).expect(403);
    await t.http().get(`/api/batches/${batch.id}/gradebook.xlsx`).set('Authorization', p.auth).expect(403);
    const stranger = await t.authFor(await t.person({ roles: ['trainer'] }));
    await t.http().get(`/api/batches/${batch.id}/gradebook`).set('Authorization', stranger).expect(403);
    const outsider = await t.authFor(await t.person({ agencyId }));
    expect((await t.http().get(`/api/my/learning/${batch.id}/grades`).set('Authorization', outsider).expect(403)).body.code).toBe('NOT_ENROLLED');
    await t.http().put(`/api/programs/${program.id}/grade-weights`).set('Authorization', p.auth).send({ attendance: 0, tests: 50, assignments: 50 }).expect(403);
  });
});
