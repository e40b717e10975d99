import {
  KIOSK_CODE_STEP_SECONDS,
  type AttendanceGridView,
  type AttendanceRecordView,
  type AttendanceSettingsView,
  type AttendanceUnitSheet,
  type BadgeScanResult,
  type BadgeView,
  type BatchView,
  type CheckInResult,
  type ErrorBody,
  type KioskView,
  type MarkAttendanceResult,
  type MyBatchAttendance,
  type ProgramView,
  type SessionView,
} from '@bimtek/contracts';
import { codeStep } from '@bimtek/domain';
import { AttendanceCodes } from '../../../api/src/app/attendance/attendance-codes';
import { TestApp } from '../support/test-app';

const MINUTE = 60_000;
const STEP_MS = KIOSK_CODE_STEP_SECONDS * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const localDate = (ms: number, offsetHours = 7) => new Date(ms + offsetHours * 60 * MINUTE).toISOString().slice(0, 10);
/** The current code step, after waiting out the last seconds of a step so a request cannot straddle two. */
const settledStep = async () => {
  const into = Date.now() % STEP_MS;
  if (into > STEP_MS - 3000) await new Promise((resolve) => setTimeout(resolve, STEP_MS - into + 50));
  return codeStep(new Date(), KIOSK_CODE_STEP_SECONDS);
};

describe('attendance', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let unitId: string;
  let program: ProgramView;
  let codes: AttendanceCodes;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency, unit } = await t.agency('BKPSDM Kota Padang');
    agencyId = agency.id;
    unitId = unit.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer);
    codes = new AttendanceCodes(t.config.jwtSecret);
  });
  afterAll(async () => t.stop());

  const participants = (batchId: string, count: number, status = 'approved') => t.participants(batchId, count, { agencyId, unitId, status });

  /** A running batch around today (WIB) with sessions given as minutes from now. */
  const runningBatch = async (sessions: { from: number; to: number; title?: string }[], settings: Record<string, unknown> = {}, timeZone = 'Asia/Jakarta') => {
    const now = Date.now();
    const batch = (
      await t
        .http()
        .post(`/api/programs/${program.id}/batches`)
        .set('Authorization', organizer)
        .send({ capacity: 500, timeZone, startDate: localDate(now - 3 * 24 * 60 * MINUTE), endDate: localDate(now + 3 * 24 * 60 * MINUTE) })
        .expect(201)
    ).body as BatchView;
    const created: SessionView[] = [];
    for (const [i, s] of sessions.entries()) {
      const res = await t
        .http()
        .post(`/api/batches/${batch.id}/timetable/sessions`)
        .set('Authorization', organizer)
        .send({ kind: 'LECTURE', title: s.title ?? `Sesi ${i + 1}`, startsAt: iso(now + s.from * MINUTE), endsAt: iso(now + s.to * MINUTE) })
        .expect(201);
      created.push(res.body as SessionView);
    }
    if (Object.keys(settings).length) await t.http().patch(`/api/batches/${batch.id}/attendance/settings`).set('Authorization', organizer).send(settings).expect(200);
    await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);
    await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: 'running' }).expect(201);
    return { batch, sessions: created };
  };

  /** Participants holding an approved place (or another status) in the batch. */

  const kiosk = async (batchId: string, unitKey: string) =>
    (await t.http().get(`/api/batches/${batchId}/attendance/units/${unitKey}/kiosk`).set('Authorization', organizer).expect(200)).body as KioskView;
  const checkIn = (auth: string, body: Record<string, unknown>) => t.http().post('/api/my/attendance/check-in').set('Authorization', auth).send(body);
  const records = async (batchId: string) =>
    t.dataSource.query<{ user_id: string; unit_key: string; status: string; offline: boolean; checked_in_at: Date }[]>(
      'SELECT user_id, unit_key, status, offline, checked_in_at FROM attendance_record WHERE batch_id = $1',
      [batchId],
    );

  it('checks a participant in with the code typed from the kiosk, once, and the kiosk counts them', async () => {
    const { batch, sessions } = await runningBatch([{ from: -5, to: 120, title: 'Jurnalistik Dasar' }]);
    const [ani] = await participants(batch.id, 1);
    const before = await kiosk(batch.id, sessions[0].id);
    expect(before).toMatchObject({ window: 'open', expected: 1, present: 0, stepSeconds: 30 });
    expect(before.code).toMatch(/^\d{6}$/);

    const first = (await checkIn(ani.auth, { code: before.code }).expect(200)).body as CheckInResult;
    expect(first).toMatchObject({ batchId: batch.id, status: 'hadir', alreadyRecorded: false, offline: false });
    expect(first.unit.title).toBe('Jurnalistik Dasar');
    const again = (await checkIn(ani.auth, { code: before.code.replace(/^(\d{3})/, '$1 '), batchId: batch.id, unitKey: sessions[0].id }).expect(200)).body as CheckInResult;
    expect(again).toMatchObject({ status: 'hadir', alreadyRecorded: true });

    const after = await kiosk(batch.id, sessions[0].id);
    expect(after).toMatchObject({ present: 1, late: 0 });
    expect(after.recent.map((r) => r.fullName)).toEqual([ani.user.fullName]);
    expect(await records(batch.id)).toHaveLength(1);
  });

  it('gives exactly one record each when 40 people check in at once, every one from two devices', async () => {
    const { batch, sessions } = await runningBatch([{ from: -10, to: 60 }]);
    const people = await participants(batch.id, 40);
    const { code } = await kiosk(batch.id, sessions[0].id);
    const results = await Promise.all(people.flatMap((p) => [checkIn(p.auth, { code }), checkIn(p.auth, { code, batchId: batch.id, unitKey: sessions[0].id })]));
    expect(results.map((r) => r.status)).toEqual(Array(80).fill(200));
    expect(results.filter((r) => !(r.body as CheckInResult).alreadyRecorded)).toHaveLength(40);
    const stored = await records(batch.id);
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((r) => r.user_id)).size).toBe(40);
    expect((await kiosk(batch.id, sessions[0].id)).present).toBe(40);
  });

  it('takes check-ins only inside the window and records terlambat after the threshold', async () => {
    const { batch, sessions } = await runningBatch([
      { from: -20, to: 60, title: 'Sudah mulai' },
      { from: 45, to: 120, title: 'Nanti siang' },
      { from: -120, to: -10, title: 'Sudah selesai' },
    ]);
    const [p] = await participants(batch.id, 1);
    const [late, early, over] = await Promise.all(sessions.map((s) => kiosk(batch.id, s.id)));
    expect([late.window, early.window, over.window]).toEqual(['open', 'notYet', 'closed']);
    expect(early.code).toBe('');

    expect(((await checkIn(p.auth, { code: late.code }).expect(200)).body as CheckInResult).status).toBe('terlambat');
    // Codes of units that are not open cannot be read from the kiosk; derive them as a leaked code would be.
    const step = await settledStep();
    const tooEarly = await checkIn(p.auth, { code: codes.kioskCode(batch.id, sessions[1].id, step), batchId: batch.id, unitKey: sessions[1].id }).expect(409);
    expect((tooEarly.body as ErrorBody).code).toBe('CHECK_IN_NOT_OPEN');
    expect((tooEarly.body as ErrorBody).message).toMatch(/Nanti siang.*dibuka pukul \d\d:\d\d/);
    const tooLate = await checkIn(p.auth, { code: codes.kioskCode(batch.id, sessions[2].id, step), batchId: batch.id, unitKey: sessions[2].id }).expect(409);
    expect((tooLate.body as ErrorBody).code).toBe('CHECK_IN_CLOSED');

    // The batch's own window: open until 30 minutes after the end, late only after 30 minutes.
    await t.http().patch(`/api/batches/${batch.id}/attendance/settings`).set('Authorization', organizer).send({ closesAfterMinutes: 30, lateAfterMinutes: 30 }).expect(200);
    const reopened = await kiosk(batch.id, sessions[2].id);
    expect(reopened.window).toBe('open');
    expect(((await checkIn(p.auth, { code: reopened.code }).expect(200)).body as CheckInResult).status).toBe('terlambat');
    const { batch: other, sessions: others } = await runningBatch([{ from: -20, to: 60 }], { lateAfterMinutes: 30 });
    const [q] = await participants(other.id, 1);
    expect(((await checkIn(q.auth, { code: (await kiosk(other.id, others[0].id)).code }).expect(200)).body as CheckInResult).status).toBe('hadir');
  });

  it('accepts the code of the previous step, refuses an older one as expired and a wrong one as invalid, and stops guessing', async () => {
    const { batch, sessions } = await runningBatch([{ from: -5, to: 60 }]);
    const [a, b, guesser] = await participants(batch.id, 3);
    const step = await settledStep();
    const unit = sessions[0].id;
    expect((await checkIn(a.auth, { code: codes.kioskCode(batch.id, unit, step - 1) }).expect(200)).body).toMatchObject({ status: 'hadir' });

    // A photo of the projector taken two minutes ago.
    const old = codes.kioskCode(batch.id, unit, step - 4);
    const expired = await checkIn(b.auth, { code: old }).expect(400);
    expect((expired.body as ErrorBody).code).toBe('CHECK_IN_CODE_EXPIRED');
    expect((expired.body as ErrorBody).errors?.[0]?.field).toBe('code');
    const current = new Set([-1, 0, 1].map((d) => codes.kioskCode(batch.id, unit, step + d)));
    const wrong = ['000000', '123456', '999999'].find((c) => !current.has(c) && ![...Array(240).keys()].some((i) => codes.kioskCode(batch.id, unit, step - i) === c))!;
    expect(((await checkIn(b.auth, { code: wrong }).expect(400)).body as ErrorBody).code).toBe('CHECK_IN_CODE_INVALID');
    await checkIn(b.auth, { code: 'abc' }).expect(400);

    for (let i = 0; i < 10; i++) await checkIn(guesser.auth, { code: wrong });
    const blocked = await checkIn(guesser.auth, { code: codes.kioskCode(batch.id, unit, step) }).expect(429);
    expect((blocked.body as ErrorBody).code).toBe('CHECK_IN_THROTTLED');
    expect(await records(batch.id)).toHaveLength(1);
  });

  it('accepts a check-in queued offline when its code was valid at the scan, judged at the scan time, and refuses a replayed or stretched one', async () => {
    // Started 20 minutes ago: arriving now is late, but the scan 10 minutes ago was on time.
    const { batch, sessions } = await runningBatch([{ from: -20, to: 60 }]);
    const [queued, replay, stretched, early] = await participants(batch.id, 4);
    const unit = sessions[0].id;
    const scanAt = Date.now() - 10 * MINUTE;
    const codeThen = codes.kioskCode(batch.id, unit, codeStep(new Date(scanAt), KIOSK_CODE_STEP_SECONDS));

    const accepted = (await checkIn(queued.auth, { code: codeThen, batchId: batch.id, unitKey: unit, scannedAgoMs: Date.now() - scanAt }).expect(200)).body as CheckInResult;
    expect(accepted).toMatchObject({ status: 'hadir', offline: true, alreadyRecorded: false });
    expect(Math.abs(new Date(accepted.checkedInAt!).getTime() - scanAt)).toBeLessThan(2 * STEP_MS);

    // The same code sent as if scanned now, or as if scanned one minute ago: it was gone by then.
    expect(((await checkIn(replay.auth, { code: codeThen }).expect(400)).body as ErrorBody).code).toBe('CHECK_IN_CODE_EXPIRED');
    expect(((await checkIn(stretched.auth, { code: codeThen, scannedAgoMs: MINUTE }).expect(400)).body as ErrorBody).code).toBe('CHECK_IN_CODE_EXPIRED');
    // Queued for longer than the bound.
    await checkIn(early.auth, { code: codeThen, scannedAgoMs: 13 * 60 * MINUTE }).expect(400);
    // A scan before the window opened stays refused even when sent later.
    const beforeOpen = Date.now() - 55 * MINUTE;
    const codeBefore = codes.kioskCode(batch.id, unit, codeStep(new Date(beforeOpen), KIOSK_CODE_STEP_SECONDS));
    expect(((await checkIn(early.auth, { code: codeBefore, scannedAgoMs: Date.now() - beforeOpen }).expect(409)).body as ErrorBody).code).toBe('CHECK_IN_NOT_OPEN');

    const stored = await records(batch.id);
    expect(stored).toEqual([expect.objectContaining({ user_id: queued.user.id, status: 'hadir', offline: true })]);
  });

  it('refuses people without an approved place in the batch with a clear message', async () => {
    const { batch, sessions } = await runningBatch([{ from: -5, to: 60 }]);
    const [pending] = await participants(batch.id, 1, 'pending');
    const outsider = await t.authFor(await t.person({ agencyId, unitId }));
    const { code } = await kiosk(batch.id, sessions[0].id);
    for (const auth of [pending.auth, outsider]) {
      const typed = await checkIn(auth, { code }).expect(403);
      expect((typed.body as ErrorBody)).toMatchObject({ code: 'NOT_ENROLLED', message: expect.stringContaining('tidak terdaftar') });
      await checkIn(auth, { code, batchId: batch.id, unitKey: sessions[0].id }).expect(403);
    }
    await checkIn(organizer, { code }).expect(403);
    expect(await records(batch.id)).toHaveLength(0);
  });

  it('checks people in by their badge, scanned by the organizer, and refuses forged badges', async () => {
    const { batch, sessions } = await runningBatch([{ from: -5, to: 60 }]);
    const [p] = await participants(batch.id, 1);
    const { batch: elsewhere } = await runningBatch([{ from: -5, to: 60 }]);
    const [stranger] = await participants(elsewhere.id, 1);
    const badge = (await t.http().get('/api/my/badge').set('Authorization', p.auth).expect(200)).body as BadgeView;
    expect(badge.fullName).toBe(p.user.fullName);
    const scan = (token: string, auth = organizer) => t.http().post(`/api/batches/${batch.id}/attendance/units/${sessions[0].id}/badge`).set('Authorization', auth).send({ token });

    const first = (await scan(badge.token).expect(200)).body as BadgeScanResult;
    expect(first).toMatchObject({ person: { userId: p.user.id }, record: { status: 'hadir', method: 'badge' }, alreadyRecorded: false });
    expect(((await scan(badge.token).expect(200)).body as BadgeScanResult).alreadyRecorded).toBe(true);
    const forged = badge.token.replace(p.user.id, stranger.user.id);
    expect(((await scan(forged).expect(400)).body as ErrorBody).code).toBe('BADGE_INVALID');
    const strangersBadge = ((await t.http().get('/api/my/badge').set('Authorization', stranger.auth).expect(200)).body as BadgeView).token;
    expect(((await scan(strangersBadge).expect(403)).body as ErrorBody).code).toBe('NOT_ENROLLED');
    await scan(badge.token, p.auth).expect(403);
  });

  it('marks many by hand, skips those already recorded, corrects with a reason, audits, and rates over all planned sessions', async () => {
    const { batch, sessions } = await runningBatch([
      { from: -5, to: 60 },
      { from: 24 * 60, to: 25 * 60 },
      { from: 48 * 60, to: 49 * 60 },
      { from: 49 * 60, to: 50 * 60 },
    ]);
    const people = await participants(batch.id, 5);
    const unit = sessions[0].id;
    const { code } = await kiosk(batch.id, unit);
    await checkIn(people[0].auth, { code }).expect(200);
    const mark = (body: Record<string, unknown>, key = unit) => t.http().post(`/api/batches/${batch.id}/attendance/units/${key}/mark`).set('Authorization', organizer).send(body);

    const everyone = people.map((p) => p.user.id);
    expect((await mark({ userIds: everyone, status: 'hadir' }).expect(200)).body as MarkAttendanceResult).toEqual({ marked: 4, skipped: 1 });
    const noReason = await mark({ userIds: everyone, status: 'izin' }, sessions[1].id).expect(400);
    expect((noReason.body as ErrorBody).errors?.map((e) => e.field)).toContain('reason');
    await mark({ userIds: [people[1].user.id], status: 'sakit', reason: 'Demam, surat dokter menyusul' }, sessions[1].id).expect(200);
    const outsider = await t.person({ agencyId });
    expect(((await mark({ userIds: [outsider.id], status: 'hadir' }).expect(400)).body as ErrorBody).errors?.[0]?.field).toBe('userIds');
    await mark({ userIds: everyone, status: 'hadir' }, 'ffffffff-ffff-4fff-8fff-ffffffffffff').expect(404);

    const correct = (userId: string, body: Record<string, unknown>) =>
      t.http().put(`/api/batches/${batch.id}/attendance/units/${unit}/records/${userId}`).set('Authorization', organizer).send(body);
    await correct(people[2].user.id, { status: 'alpa' }).expect(400);
    const corrected = (await correct(people[2].user.id, { status: 'alpa', reason: 'Ditandai hadir oleh kesalahan' }).expect(200)).body as AttendanceRecordView;
    expect(corrected).toMatchObject({ status: 'alpa', reason: 'Ditandai hadir oleh kesalahan', checkedInAt: null });
    const [audit] = await t.dataSource.query<{ details: Record<string, unknown> }[]>(`SELECT details FROM audit_entry WHERE action = 'attendance.corrected' AND subject_id = $1`, [people[2].user.id]);
    expect(audit.details).toMatchObject({ from: 'hadir', to: 'alpa', reason: 'Ditandai hadir oleh kesalahan' });

    const grid = (await t.http().get(`/api/batches/${batch.id}/attendance`).set('Authorization', organizer).expect(200)).body as AttendanceGridView;
    expect(grid.units.map((u) => u.key)).toEqual(sessions.map((s) => s.id));
    expect(grid.units[0].counts).toMatchObject({ hadir: 4, alpa: 1, none: 0 });
    const row = (userId: string) => grid.people.find((p) => p.userId === userId)!;
    // One of four planned sessions attended so far: 25 %, not 100 %.
    expect(row(people[0].user.id)).toMatchObject({ attended: 1, rate: 25 });
    expect(row(people[1].user.id).cells.map((c) => c?.status ?? null)).toEqual(['hadir', 'sakit', null, null]);
    expect(row(people[2].user.id).rate).toBe(0);

    const sheet = (await t.http().get(`/api/batches/${batch.id}/attendance/units/${unit}`).set('Authorization', organizer).expect(200)).body as AttendanceUnitSheet;
    expect(sheet.people).toHaveLength(5);
    expect(sheet.counts).toEqual({ hadir: 4, terlambat: 0, izin: 0, sakit: 0, alpa: 1, none: 0 });

    const mine = (await t.http().get('/api/my/attendance').set('Authorization', people[1].auth).expect(200)).body as MyBatchAttendance[];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ batchId: batch.id, planned: 4, attended: 1, rate: 25 });
    expect(mine[0].units.map((u) => u.record?.status ?? null)).toEqual(['hadir', 'sakit', null, null]);
    expect(mine[0].units.every((u) => !u.record || u.record.userId === people[1].user.id)).toBe(true);

    // The session's records keep it in the timetable.
    expect(((await t.http().delete(`/api/batches/timetable/sessions/${unit}`).set('Authorization', organizer).expect(409)).body as ErrorBody).code).toBe('ATTENDANCE_RECORDED');
    await t.http().delete(`/api/batches/timetable/sessions/${sessions[3].id}`).set('Authorization', organizer).expect(204);
  });

  it('takes attendance once per day when the batch says so, and fixes the mode once records exist', async () => {
    // A zone in which the next hour does not cross midnight, so both sessions fall on one local day.
    const zones = [
      ['Asia/Jakarta', 7],
      ['Asia/Makassar', 8],
      ['Asia/Jayapura', 9],
    ] as const;
    const minuteOfDay = (offset: number) => Math.floor(((Date.now() + offset * 60 * MINUTE) % (24 * 60 * MINUTE)) / MINUTE);
    const [zone, offset] = zones.find(([, o]) => minuteOfDay(o) >= 40 && minuteOfDay(o) <= 23 * 60 + 20)!;
    const { batch, sessions } = await runningBatch(
      [
        { from: -30, to: -10, title: 'Pembukaan' },
        { from: -5, to: 30, title: 'Fotografi' },
      ],
      {},
      zone,
    );
    const settings = (body: Record<string, unknown>) => t.http().patch(`/api/batches/${batch.id}/attendance/settings`).set('Authorization', organizer).send(body);
    expect(((await settings({ mode: 'day', lateAfterMinutes: 40 }).expect(200)).body as AttendanceSettingsView)).toMatchObject({ mode: 'day', lateAfterMinutes: 40, hasRecords: false });
    await settings({ opensBeforeMinutes: -1 }).expect(400);
    await settings({ mode: 'week' }).expect(400);

    const grid = (await t.http().get(`/api/batches/${batch.id}/attendance`).set('Authorization', organizer).expect(200)).body as AttendanceGridView;
    const day = localDate(new Date(sessions[0].startsAt).getTime(), offset);
    const [p] = await participants(batch.id, 1);
    const dayUnits = grid.units.filter((u) => u.key === day);
    expect(dayUnits).toHaveLength(1);
    expect(dayUnits[0].sessionIds).toEqual(expect.arrayContaining(sessions.map((s) => s.id)));
    const view = await kiosk(batch.id, day);
    const result = (await checkIn(p.auth, { code: view.code }).expect(200)).body as CheckInResult;
    // 30 minutes after the day's first session began, under a 40-minute threshold.
    expect(result).toMatchObject({ status: 'hadir', unit: { key: day } });

    const locked = await settings({ mode: 'session' }).expect(409);
    expect((locked.body as ErrorBody).code).toBe('ATTENDANCE_RECORDED');
    await settings({ lateAfterMinutes: 10 }).expect(200);
    // A session may move to another day while its day keeps another session (days counted from the original).
    const remaining = sessions[1];
    const moveTo = (days: number) =>
      t.http().patch(`/api/batches/timetable/sessions/${remaining.id}`).set('Authorization', organizer).send({
        startsAt: iso(new Date(remaining.startsAt).getTime() + days * 24 * 60 * MINUTE),
        endsAt: iso(new Date(remaining.endsAt).getTime() + days * 24 * 60 * MINUTE),
      });
    await moveTo(1).expect(200);
    await moveTo(0).expect(200);
    // Deleting one of the day's sessions is fine; the day keeps its other session.
    await t.http().delete(`/api/batches/timetable/sessions/${sessions[0].id}`).set('Authorization', organizer).expect(204);
    await t.http().delete(`/api/batches/timetable/sessions/${sessions[1].id}`).set('Authorization', organizer).expect(409);
    expect(((await moveTo(1).expect(409)).body as ErrorBody).code).toBe('ATTENDANCE_RECORDED');
  });

  it('lets a participant send izin with evidence that only they and the organizers can open', async () => {
    const { batch, sessions } = await runningBatch([{ from: 60, to: 120 }]);
    const [p, nosy] = await participants(batch.id, 2);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const excuse = (auth: string, file?: { content: Buffer; name: string }, status = 'izin') => {
      const req = t
        .http()
        .post('/api/my/attendance/excuses')
        .set('Authorization', auth)
        .field('batchId', batch.id)
        .field('unitKey', sessions[0].id)
        .field('status', status)
        .field('reason', 'Tugas mendampingi Wali Kota');
      return file ? req.attach('file', file.content, file.name) : req;
    };
    const disguised = await excuse(p.auth, { content: Buffer.from('<html><script>alert(1)</script></html>'), name: 'surat.png' }).expect(400);
    expect((disguised.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file' });
    const record = (await excuse(p.auth, { content: png, name: 'surat-tugas.png' }).expect(201)).body as AttendanceRecordView;
    expect(record).toMatchObject({ status: 'izin', method: 'excuse', hasEvidence: true, reason: 'Tugas mendampingi Wali Kota' });

    const evidence = `/api/batches/${batch.id}/attendance/units/${sessions[0].id}/records/${p.user.id}/evidence`;
    const own = await t.http().get(evidence).set('Authorization', p.auth).buffer(true).expect(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    await t.http().get(evidence).set('Authorization', organizer).expect(200);
    await t.http().get(evidence).set('Authorization', nosy.auth).expect(404);

    // The organizer's record is not overwritten by a later excuse.
    await t.http().put(`/api/batches/${batch.id}/attendance/units/${sessions[0].id}/records/${p.user.id}`).set('Authorization', organizer).send({ status: 'alpa', reason: 'Surat tugas tidak sah' }).expect(200);
    expect(((await excuse(p.auth, undefined, 'sakit').expect(409)).body as ErrorBody).code).toBe('ATTENDANCE_RECORDED');
  });

  it('keeps each role to its side: participants see only their own, organizers only their agency', async () => {
    const { batch, sessions } = await runningBatch([{ from: -5, to: 60 }]);
    const [p, other] = await participants(batch.id, 2);
    const { code } = await kiosk(batch.id, sessions[0].id);
    await checkIn(p.auth, { code }).expect(200);
    const unit = sessions[0].id;
    const organizerPaths = [
      `/api/batches/${batch.id}/attendance`,
      `/api/batches/${batch.id}/attendance/settings`,
      `/api/batches/${batch.id}/attendance/units/${unit}`,
      `/api/batches/${batch.id}/attendance/units/${unit}/kiosk`,
    ];
    const foreign = await t.agency('Diskominfo Kabupaten Bintan');
    const strangerOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: foreign.agency.id }));
    for (const path of organizerPaths) {
      await t.http().get(path).set('Authorization', p.auth).expect(403);
      await t.http().get(path).set('Authorization', strangerOrganizer).expect(403);
      await t.http().get(path).expect(401);
    }
    await t.http().put(`/api/batches/${batch.id}/attendance/units/${unit}/records/${other.user.id}`).set('Authorization', p.auth).send({ status: 'hadir', reason: 'x' }).expect(403);
    await t.http().get(`/api/batches/${batch.id}/attendance/units/not-a-unit`).set('Authorization', organizer).expect(400);

    const theirs = (await t.http().get('/api/my/attendance').set('Authorization', other.auth).expect(200)).body as MyBatchAttendance[];
    expect(theirs[0].units.every((u) => u.record === null)).toBe(true);
    await t.http().post('/api/my/attendance/check-in').send({ code }).expect(401);
  });
});
