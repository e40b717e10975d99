import type {
  AssignmentView,
  AuditEntryView,
  BatchAssignmentView,
  BatchView,
  ErrorBody,
  GradeView,
  GradingQueueItem,
  MyAssignmentView,
  Page,
  ProgramView,
  SubmissionView,
} from '@bimtek/contracts';
import { TestApp } from '../support/test-app';

const fieldErrors = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => ({ field: e.field, code: e.code }));
const rubric = [
  { title: 'Isi', levels: [{ title: 'Kurang', points: 10 }, { title: 'Cukup', points: 25 }, { title: 'Baik', points: 40 }] },
  { title: 'Bahasa', levels: [{ title: 'Kurang', points: 5 }, { title: 'Baik', points: 20 }] },
];

describe('grading assignments', () => {
  let t: TestApp;
  let organizer: string;
  let admin: string;
  let agencyId: string;
  let unitId: string;
  let program: ProgramView;
  let batch: BatchView;
  let pressRelease: AssignmentView;
  let contentPlan: AssignmentView;
  /** Teaches the press release's module in `batch`. */
  let trainer: { id: string; auth: string };
  /** Teaches the same module in `batch` too. */
  let coTrainer: { id: string; auth: string; name: string };
  /** Teaches the content plan's module in `batch`. */
  let planTrainer: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency, unit } = await t.agency('BKPSDM Kota Sawahlunto');
    agencyId = agency.id;
    unitId = unit.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    admin = await t.authFor(await t.person({ roles: ['admin'] }));
    program = await t.program(organizer, {
      modules: [
        { title: 'Menulis siaran pers', jp: 8 },
        { title: 'Perencanaan konten', jp: 8 },
      ],
    });
    batch = await newBatch();
    pressRelease = await createAssignment('Siaran pers', 0);
    contentPlan = await createAssignment('Rencana konten sepekan', 1);
    trainer = await trainerOf(batch.id, program.modules[0].id, 'Rina Marlina');
    coTrainer = await trainerOf(batch.id, program.modules[0].id, 'Budi Santoso');
    planTrainer = (await trainerOf(batch.id, program.modules[1].id, 'Sari Dewi')).auth;
  });
  afterAll(async () => t.stop());

  const participants = (batchId: string, count: number) => t.participants(batchId, count, { agencyId, unitId });

  const newBatch = () => t.batch(organizer, program.id);
  const createAssignment = async (title: string, module: number) =>
    (await t.http().post(`/api/programs/${program.id}/assignments`).set('Authorization', organizer).send({ moduleId: program.modules[module].id, title, instructions: '', fileKind: 'none', rubric }).expect(201))
      .body as AssignmentView;
  const trainerOf = async (batchId: string, moduleId: string, fullName: string) => {
    const person = await t.person({ roles: ['trainer'], fullName });
    const [session] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO timetable_session (batch_id, module_id, title, kind, starts_at, ends_at) VALUES ($1, $2, 'Sesi', 'LECTURE', now(), now() + interval '2 hours') RETURNING id`,
      [batchId, moduleId],
    );
    await t.dataSource.query(`INSERT INTO timetable_session_trainer (session_id, user_id) VALUES ($1, $2)`, [session.id, person.id]);
    return { id: person.id, auth: await t.authFor(person), name: fullName };
  };
  const handIn = async (auth: string, assignment: AssignmentView, text: string, batchId = batch.id) =>
    (await t.http().put(`/api/my/learning/${batchId}/assignments/${assignment.id}/submission`).set('Authorization', auth).field('text', text).expect(200)).body as SubmissionView;
  /** The level ids of a grade given as level positions per criterion. */
  const levels = (assignment: AssignmentView, ...positions: number[]) => Object.fromEntries(assignment.rubric.map((c, i) => [c.id, c.levels[positions[i]].id]));
  const grade = (auth: string, submissionId: string, body: Record<string, unknown>) => t.http().put(`/api/submissions/${submissionId}/grade`).set('Authorization', auth).send(body);
  const queue = async (auth: string, query = '') => (await t.http().get(`/api/grading/queue${query}`).set('Authorization', auth).expect(200)).body as GradingQueueItem[];
  const mine = async (auth: string, assignment: AssignmentView, batchId = batch.id) =>
    (await t.http().get(`/api/my/learning/${batchId}/assignments/${assignment.id}`).set('Authorization', auth).expect(200)).body as MyAssignmentView;

  it('puts hand-ins in the queue of the module’s trainers, grades them with the rubric and takes them out', async () => {
    const [ani, budi] = await participants(batch.id, 2);
    const first = await handIn(ani.auth, pressRelease, 'Siaran pers Ani');
    const second = await handIn(budi.auth, pressRelease, 'Siaran pers Budi');
    const plan = await handIn(ani.auth, contentPlan, 'Rencana Ani');

    const waiting = await queue(trainer.auth, `?batchId=${batch.id}`);
    expect(waiting.map((q) => q.submissionId)).toEqual([first.id, second.id]);
    expect(waiting[0]).toMatchObject({
      assignmentId: pressRelease.id,
      assignmentTitle: 'Siaran pers',
      batchId: batch.id,
      batchLabel: `Bimtek Media Sosial · ${batch.name}`,
      moduleTitle: 'Menulis siaran pers',
      user: { id: ani.user.id, name: ani.user.fullName },
      late: false,
      graded: false,
      points: null,
      maxPoints: 60,
    });
    expect((await queue(planTrainer, `?batchId=${batch.id}`)).map((q) => q.submissionId)).toEqual([plan.id]);
    expect((await queue(organizer, `?batchId=${batch.id}`)).map((q) => q.submissionId)).toEqual([first.id, second.id, plan.id]);
    expect((await queue(admin, `?batchId=${batch.id}`)).map((q) => q.submissionId)).toEqual([first.id, second.id, plan.id]);

    const detail = (await t.http().get(`/api/submissions/${first.id}`).set('Authorization', trainer.auth).expect(200)).body as { submission: SubmissionView; assignment: AssignmentView };
    expect(detail.submission).toMatchObject({ id: first.id, text: 'Siaran pers Ani', grade: null, user: { id: ani.user.id } });
    expect(detail.assignment).toMatchObject({ id: pressRelease.id, maxPoints: 60, hasGrades: false });
    await t.http().get(`/api/submissions/${first.id}`).set('Authorization', planTrainer).expect(403);

    expect(fieldErrors((await grade(trainer.auth, first.id, { levels: { [pressRelease.rubric[0].id]: pressRelease.rubric[0].levels[0].id } }).expect(400)).body)).toEqual([
      { field: `levels.${pressRelease.rubric[1].id}`, code: 'levelsIncomplete' },
    ]);
    expect(fieldErrors((await grade(trainer.auth, first.id, { levels: { ...levels(pressRelease, 0, 0), [pressRelease.rubric[1].id]: pressRelease.rubric[0].levels[2].id } }).expect(400)).body)).toEqual([
      { field: `levels.${pressRelease.rubric[1].id}`, code: 'unknownLevel' },
    ]);
    expect(fieldErrors((await grade(trainer.auth, first.id, { levels: levels(pressRelease, 0, 0), comment: 'x'.repeat(5001) }).expect(400)).body)).toEqual([{ field: 'comment', code: 'maxLength' }]);
    await grade(planTrainer, first.id, { levels: levels(pressRelease, 0, 0) }).expect(403);

    const saved = (await grade(trainer.auth, first.id, { levels: levels(pressRelease, 1, 1), comment: '  Judul kurang tajam.  ' }).expect(200)).body as GradeView;
    expect(saved).toMatchObject({ levels: levels(pressRelease, 1, 1), points: 45, maxPoints: 60, percent: 75, comment: 'Judul kurang tajam.', gradedBy: { id: trainer.id, name: 'Rina Marlina' }, version: 1 });

    expect((await queue(trainer.auth, `?batchId=${batch.id}`)).map((q) => q.submissionId)).toEqual([second.id]);
    const graded = await queue(trainer.auth, `?batchId=${batch.id}&status=graded`);
    expect(graded).toEqual([expect.objectContaining({ submissionId: first.id, graded: true, points: 45, maxPoints: 60 })]);
    expect((await queue(trainer.auth, `?batchId=${batch.id}&status=all`)).map((q) => q.submissionId)).toEqual([second.id, first.id]);
    await t.http().get('/api/grading/queue?status=done').set('Authorization', trainer.auth).expect(400);

    const listed = (await t.http().get(`/api/batches/${batch.id}/assignments/${pressRelease.id}/submissions`).set('Authorization', trainer.auth).expect(200)).body as SubmissionView[];
    expect(listed.map((s) => [s.id, s.grade?.points ?? null])).toEqual([
      [first.id, 45],
      [second.id, null],
    ]);
    await t.http().get(`/api/batches/${batch.id}/assignments/${pressRelease.id}/submissions`).set('Authorization', planTrainer).expect(403);
  });

  it('refuses the second of two graders who saved from the same version, and shows them the first one’s grade', async () => {
    const [cici] = await participants(batch.id, 1);
    const work = await handIn(cici.auth, pressRelease, 'Siaran pers Cici');
    const results = await Promise.all([
      grade(trainer.auth, work.id, { levels: levels(pressRelease, 2, 1), comment: 'Bagus', expectedVersion: null }),
      grade(coTrainer.auth, work.id, { levels: levels(pressRelease, 0, 0), comment: 'Kurang' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body as GradeView;
    const loser = results.find((r) => r.status === 409)!.body as ErrorBody;
    expect(loser.code).toBe('GRADE_CONFLICT');
    expect(loser.message).toContain(winner.gradedBy.name);
    expect(loser.details?.['current']).toEqual(winner);

    // The one refused reloads and saves over the version they now saw.
    const regraded = (await grade(coTrainer.auth, work.id, { levels: levels(pressRelease, 1, 1), comment: 'Setelah diskusi', expectedVersion: winner.version }).expect(200)).body as GradeView;
    expect(regraded).toMatchObject({ version: 2, points: 45, gradedBy: { id: coTrainer.id } });
    // A save from the stale version 1 now fails too, and shows version 2.
    const stale = (await grade(trainer.auth, work.id, { levels: levels(pressRelease, 2, 1), expectedVersion: 1 }).expect(409)).body as ErrorBody;
    expect(stale.details?.['current']).toMatchObject({ version: 2, comment: 'Setelah diskusi', gradedBy: { name: 'Budi Santoso' } });
    expect(stale.message).toBe('Nilai ini baru saja diubah oleh Budi Santoso. Periksa nilainya sebelum menyimpan lagi.');

    // Every saved grade is in the audit trail with the grade it replaced.
    const audit = (await t.http().get(`/api/audit?action=learning.grade_saved&subjectId=${cici.user.id}`).set('Authorization', admin).expect(200)).body as Page<AuditEntryView>;
    expect(audit.items).toHaveLength(2);
    const [latest, earliest] = audit.items;
    expect(earliest.details).toMatchObject({ submissionId: work.id, before: null, after: { version: 1, points: winner.points } });
    expect(latest).toMatchObject({ actorId: coTrainer.id, subjectId: cici.user.id });
    expect(latest.details).toMatchObject({ before: { version: 1, points: winner.points, comment: winner.comment }, after: { version: 2, points: 45, comment: 'Setelah diskusi' } });
  });

  it('shows a grade to the participant only once released, and closes the hand-in once graded', async () => {
    const releaseBatch = await newBatch();
    const teacher = await trainerOf(releaseBatch.id, program.modules[0].id, 'Dewi Lestari');
    const [dedi, eka] = await participants(releaseBatch.id, 2);
    const work = await handIn(dedi.auth, pressRelease, 'Siaran pers Dedi', releaseBatch.id);
    await handIn(eka.auth, pressRelease, 'Siaran pers Eka', releaseBatch.id);
    const saved = (await grade(teacher.auth, work.id, { levels: levels(pressRelease, 2, 1), comment: 'Sangat baik' }).expect(200)).body as GradeView;

    const hidden = await mine(dedi.auth, pressRelease, releaseBatch.id);
    expect(hidden).toMatchObject({ gradesReleased: false, canSubmit: false, closedReason: 'graded', submission: { id: work.id, grade: null } });
    const list = (await t.http().get(`/api/my/learning/${releaseBatch.id}/assignments`).set('Authorization', dedi.auth).expect(200)).body as MyAssignmentView[];
    expect(list.find((a) => a.id === pressRelease.id)?.submission?.grade).toBeNull();
    const refused = await t.http().put(`/api/my/learning/${releaseBatch.id}/assignments/${pressRelease.id}/submission`).set('Authorization', dedi.auth).field('text', 'Perbaikan').expect(409);
    expect((refused.body as ErrorBody).code).toBe('SUBMISSION_CLOSED');
    // Participants cannot reach the graders' views.
    await t.http().get(`/api/submissions/${work.id}`).set('Authorization', dedi.auth).expect(403);
    await t.http().get('/api/grading/queue').set('Authorization', dedi.auth).expect(403);

    // A trainer of another module cannot release; the module's trainer can.
    const releasePath = `/api/batches/${releaseBatch.id}/assignments/${pressRelease.id}/release`;
    await t.http().put(releasePath).set('Authorization', planTrainer).expect(403);
    const released = (await t.http().put(releasePath).set('Authorization', teacher.auth).expect(200)).body as BatchAssignmentView;
    expect(released).toMatchObject({ participants: 2, submitted: 2, graded: 1 });
    expect(released.gradesReleasedAt).not.toBeNull();
    // Releasing again keeps the first release.
    expect(((await t.http().put(releasePath).set('Authorization', organizer).expect(200)).body as BatchAssignmentView).gradesReleasedAt).toBe(released.gradesReleasedAt);

    const visible = await mine(dedi.auth, pressRelease, releaseBatch.id);
    expect(visible).toMatchObject({ gradesReleased: true, closedReason: 'graded', submission: { grade: saved } });
    expect((await mine(eka.auth, pressRelease, releaseBatch.id)).submission?.grade).toBeNull();
    // Another batch of the same programme still sees nothing released.
    expect(((await t.http().get(`/api/batches/${batch.id}/assignments`).set('Authorization', organizer).expect(200)).body as BatchAssignmentView[]).find((a) => a.id === pressRelease.id)?.gradesReleasedAt).toBeNull();

    // Regrading after the release is allowed and shows at once; withdrawing hides the grade again.
    const regraded = (await grade(teacher.auth, work.id, { levels: levels(pressRelease, 1, 1), comment: 'Dikoreksi', expectedVersion: saved.version }).expect(200)).body as GradeView;
    expect((await mine(dedi.auth, pressRelease, releaseBatch.id)).submission?.grade).toEqual(regraded);
    await t.http().delete(releasePath).set('Authorization', teacher.auth).expect(200);
    expect(await mine(dedi.auth, pressRelease, releaseBatch.id)).toMatchObject({ gradesReleased: false, submission: { grade: null } });

    const trail = (await t.http().get('/api/audit?action=learning.grades_released').set('Authorization', admin).expect(200)).body as Page<AuditEntryView>;
    expect(trail.items.filter((e) => e.details['batchId'] === releaseBatch.id)).toHaveLength(1);
    const withdrawn = (await t.http().get('/api/audit?action=learning.grades_withdrawn').set('Authorization', admin).expect(200)).body as Page<AuditEntryView>;
    expect(withdrawn.items.filter((e) => e.details['batchId'] === releaseBatch.id)).toEqual([expect.objectContaining({ actorId: teacher.id })]);
  });

  it('fixes the rubric once work is graded, and keeps an assignment with hand-ins', async () => {
    const assignment = await createAssignment('Opini', 0);
    const [fajar] = await participants(batch.id, 1);
    const work = await handIn(fajar.auth, assignment, 'Opini Fajar');
    const update = (body: Record<string, unknown>) =>
      t.http().put(`/api/assignments/${assignment.id}`).set('Authorization', organizer).send({ moduleId: assignment.moduleId, title: assignment.title, instructions: '', fileKind: 'none', rubric: assignment.rubric, ...body });
    // Before any grade the rubric may change.
    await update({ rubric: [assignment.rubric[0], { ...assignment.rubric[1], levels: [...assignment.rubric[1].levels, { title: 'Istimewa', points: 30 }] }] }).expect(200);
    const current = (await t.http().get(`/api/assignments/${assignment.id}`).set('Authorization', organizer).expect(200)).body as AssignmentView;
    await grade(trainer.auth, work.id, { levels: levels(current, 0, 2) }).expect(200);

    const locked = await update({ rubric: [current.rubric[0], { ...current.rubric[1], levels: current.rubric[1].levels.slice(0, 2) }] }).expect(409);
    expect((locked.body as ErrorBody).code).toBe('RUBRIC_LOCKED');
    const morePoints = current.rubric.map((c, i) => (i === 0 ? { ...c, levels: c.levels.map((l) => ({ ...l, points: l.points + 1 })) } : c));
    await update({ rubric: morePoints }).expect(409);
    // Without ids the criteria would be new ones: refused too.
    await update({ rubric: rubric }).expect(409);
    // The title, instructions and the rubric's wording may still change.
    const reworded = current.rubric.map((c) => ({ ...c, description: 'Lihat contoh di materi.' }));
    const changed = (await update({ title: 'Opini kebijakan publik', instructions: 'Tulis 500 kata.', rubric: reworded }).expect(200)).body as AssignmentView;
    expect(changed).toMatchObject({ title: 'Opini kebijakan publik', instructions: 'Tulis 500 kata.', hasGrades: true, maxPoints: current.maxPoints });
    expect(changed.rubric[0].description).toBe('Lihat contoh di materi.');

    const inUse = await t.http().delete(`/api/assignments/${assignment.id}`).set('Authorization', organizer).expect(409);
    expect((inUse.body as ErrorBody).code).toBe('ASSESSMENT_IN_USE');
  });

  it('shows trainers only the assignments and queue of the modules they teach, and no other agency’s work', async () => {
    const list = async (auth: string) => ((await t.http().get(`/api/batches/${batch.id}/assignments`).set('Authorization', auth).expect(200)).body as BatchAssignmentView[]).map((a) => a.id);
    expect(await list(planTrainer)).toEqual([contentPlan.id]);
    expect(await list(trainer.auth)).not.toContain(contentPlan.id);
    expect(await list(organizer)).toEqual(expect.arrayContaining([pressRelease.id, contentPlan.id]));
    const outsider = await t.authFor(await t.person({ roles: ['trainer'] }));
    await t.http().get(`/api/batches/${batch.id}/assignments`).set('Authorization', outsider).expect(403);
    expect(await queue(outsider, '?status=all')).toEqual([]);
    expect((await queue(planTrainer, '?status=all')).every((q) => q.assignmentId === contentPlan.id)).toBe(true);

    const stranger = await t.agency('BKPSDM Kota Padang Panjang');
    const otherOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: stranger.agency.id }));
    expect(await queue(otherOrganizer, '?status=all')).toEqual([]);
    await t.http().get(`/api/batches/${batch.id}/assignments`).set('Authorization', otherOrganizer).expect(403);
    await t.http().put(`/api/batches/${batch.id}/assignments/${pressRelease.id}/release`).set('Authorization', otherOrganizer).expect(403);
  });
});
