import type { BatchCompletionView, CompletionResult, ErrorBody } from '@bimtek/contracts';
import { attend, finishedBatch, type FinishedBatch } from '../support/finished-batch';
import { TestApp } from '../support/test-app';

describe('completion of a batch', () => {
  let t: TestApp;
  let f: FinishedBatch;
  let full: { user: { id: string; fullName: string }; auth: string };
  let half: { user: { id: string; fullName: string }; auth: string };

  beforeAll(async () => {
    t = await TestApp.start();
    f = await finishedBatch(t);
    [full, half] = await t.participants(f.batch.id, 2, { agencyId: f.agencyId, unitId: f.unitId });
    await attend(t, f, full.user, 2);
    await attend(t, f, half.user, 1);
  });
  afterAll(async () => t.stop());

  const view = async () => (await t.http().get(`/api/batches/${f.batch.id}/completion`).set('Authorization', f.organizer).expect(200)).body as BatchCompletionView;
  const result = (v: BatchCompletionView, userId: string) => v.results.find((r) => r.userId === userId) as CompletionResult;

  it('judges everyone by the programme rules and says why someone did not pass', async () => {
    const v = await view();
    expect(v.finished).toBe(true);
    expect(v.rules).toMatchObject({ custom: false, minAttendancePercent: 90, minFinalScore: 70, postTestMinScore: null, requiredAssignmentIds: [] });
    expect(v.rules.predicateBands.map((b) => b.label)).toEqual(['Sangat Memuaskan', 'Memuaskan', 'Cukup Memuaskan', 'Kurang Memuaskan', 'Tidak Memuaskan']);
    expect(result(v, full.user.id)).toMatchObject({ attendance: 100, final: 100, predicate: 'Sangat Memuaskan', passed: true, reasons: [], certificate: null });
    expect(result(v, half.user.id)).toMatchObject({
      attendance: 50,
      passed: false,
      predicate: 'Tidak Memuaskan',
      reasons: [
        { code: 'attendance', actual: 50, required: 90 },
        { code: 'finalScore', actual: 50, required: 70 },
      ],
    });
  });

  it('applies a batch’s own rules: a required assignment and other bands', async () => {
    const [{ id: assignmentId }] = await t.dataSource.query(
      `INSERT INTO assignment (program_id, module_id, title, instructions, file_kind, min_files, max_files, max_file_bytes, rubric)
       VALUES ($1, $2, 'Siaran pers', '', 'none', 0, 0, 1, '[]') RETURNING id`,
      [f.program.id, f.program.modules[0].id],
    );
    const rules = {
      minAttendancePercent: 50,
      minFinalScore: 40,
      postTestMinScore: null,
      requiredAssignmentIds: [assignmentId],
      predicateBands: [
        { label: 'Baik', above: 75 },
        { label: 'Cukup', above: null },
      ],
    };
    const saved = await t.http().put(`/api/batches/${f.batch.id}/completion/rules`).set('Authorization', f.organizer).send(rules).expect(200);
    expect(saved.body).toMatchObject({ ...rules, custom: true });

    let v = await view();
    expect(result(v, half.user.id)).toMatchObject({ passed: false, predicate: 'Cukup', reasons: [{ code: 'assignmentMissing', assignmentId, title: 'Siaran pers' }] });
    await t.dataSource.query(`INSERT INTO submission (assignment_id, batch_id, user_id, submitted_at) VALUES ($1, $2, $3, now())`, [assignmentId, f.batch.id, half.user.id]);
    v = await view();
    expect(result(v, half.user.id)).toMatchObject({ passed: true, reasons: [] });
    expect(result(v, full.user.id)).toMatchObject({ passed: false, predicate: 'Baik' });

    // Back to the programme's rules.
    const reset = await t.http().delete(`/api/batches/${f.batch.id}/completion/rules`).set('Authorization', f.organizer).expect(200);
    expect(reset.body).toMatchObject({ custom: false, minAttendancePercent: 90 });
    expect(result(await view(), half.user.id).passed).toBe(false);
  });

  it('takes its defaults from the programme: a post-test threshold and predicate bands set there', async () => {
    const { title, kind, mode, year, minAttendancePercent, passingScore } = f.program;
    const modules = f.program.modules.map((m) => ({ id: m.id, title: m.title, jp: m.jp }));
    const update = (body: object) =>
      t.http().put(`/api/programs/${f.program.id}`).set('Authorization', f.organizer).send({ title, kind, mode, year, minAttendancePercent, passingScore, modules, ...body });
    expect(((await update({ predicateBands: [{ label: 'Lulus', above: null }] }).expect(400)).body as ErrorBody).errors?.[0].field).toBe('predicateBands');
    const bands = [
      { label: 'Istimewa', above: 95 },
      { label: 'Baik', above: null },
    ];
    await update({ postTestMinScore: 60, predicateBands: bands }).expect(200);
    const v = await view();
    expect(v.rules).toMatchObject({ custom: false, postTestMinScore: 60, predicateBands: bands });
    // No post-test was released: nobody reaches the threshold.
    expect(result(v, full.user.id)).toMatchObject({ passed: false, predicate: 'Istimewa', reasons: [{ code: 'postTest', actual: null, required: 60 }] });
    // A programme edit that does not mention them leaves them as they are; null clears them.
    await update({}).expect(200);
    expect((await view()).rules.postTestMinScore).toBe(60);
    await update({ postTestMinScore: null, predicateBands: null }).expect(200);
    expect((await view()).rules).toMatchObject({ postTestMinScore: null, predicateBands: expect.arrayContaining([{ label: 'Sangat Memuaskan', above: 90 }]) });
  });

  it('refuses bands that do not fall, an assignment of another programme and missing fields', async () => {
    const base = { minAttendancePercent: 90, minFinalScore: 70, postTestMinScore: null, requiredAssignmentIds: [] };
    const put = (body: object) => t.http().put(`/api/batches/${f.batch.id}/completion/rules`).set('Authorization', f.organizer).send(body).expect(400);
    const rising = await put({ ...base, predicateBands: [{ label: 'A', above: 60 }, { label: 'B', above: 80 }, { label: 'C', above: null }] });
    expect((rising.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'predicateBands', code: 'predicateBands' });
    const foreign = await put({ ...base, requiredAssignmentIds: ['7b0f3c1e-0000-4000-8000-000000000000'], predicateBands: [{ label: 'A', above: 60 }, { label: 'B', above: null }] });
    expect((foreign.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'requiredAssignmentIds.0', code: 'assignmentNotInProgram' });
    const missing = await put({ minAttendancePercent: 120 });
    expect((missing.body as ErrorBody).errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['minAttendancePercent', 'minFinalScore', 'predicateBands']));
  });

  it('lets an organizer override the outcome with a reason, audited, and clear it again', async () => {
    const noReason = await t.http().put(`/api/batches/${f.batch.id}/completion/${half.user.id}/override`).set('Authorization', f.organizer).send({ passed: true, reason: '  ' }).expect(400);
    expect((noReason.body as ErrorBody).errors?.[0].field).toBe('reason');

    const res = await t
      .http()
      .put(`/api/batches/${f.batch.id}/completion/${half.user.id}/override`)
      .set('Authorization', f.organizer)
      .send({ passed: true, reason: 'Sakit dengan surat dokter; tugas pengganti selesai' })
      .expect(200);
    expect(res.body).toMatchObject({ passedByRules: false, passed: true, override: { passed: true, reason: 'Sakit dengan surat dokter; tugas pengganti selesai' } });
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_entry WHERE action = 'completion.overridden' AND subject_id = $1`, [half.user.id]);
    expect(audit.details).toMatchObject({ batchId: f.batch.id, passedByRules: false, passed: true });

    const cleared = await t.http().delete(`/api/batches/${f.batch.id}/completion/${half.user.id}/override`).set('Authorization', f.organizer).expect(200);
    expect(cleared.body).toMatchObject({ passed: false, override: null });
    await t.http().put(`/api/batches/${f.batch.id}/completion/00000000-0000-4000-8000-000000000000/override`).set('Authorization', f.organizer).send({ passed: true, reason: 'x' }).expect(404);
  });

  it('is for the batch’s organizers only', async () => {
    await t.http().get(`/api/batches/${f.batch.id}/completion`).set('Authorization', full.auth).expect(403);
    const other = await t.agency('BKPSDM Lain');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    await t.http().get(`/api/batches/${f.batch.id}/completion`).set('Authorization', stranger).expect(403);
    await t.http().put(`/api/batches/${f.batch.id}/completion/${half.user.id}/override`).set('Authorization', stranger).send({ passed: true, reason: 'x' }).expect(403);
    await t.http().get(`/api/batches/${f.batch.id}/completion`).expect(401);
  });
});
