import type { BatchView, EnrollmentView, ErrorBody, NotificationPage, Page, ProgramView } from '@bimtek/contracts';
import { TestApp } from '../support/test-app';

describe('enrollment', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let unitId: string;
  let program: ProgramView;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency, unit } = await t.agency('BKPSDM Kota Padang');
    agencyId = agency.id;
    unitId = unit.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer);
  });
  afterAll(async () => t.stop());

  let day = 0;
  /** A batch open for registration, on its own dates so that batches do not overlap unless asked. */
  const openBatch = async (extra: Record<string, unknown> = {}, dates?: { startDate: string; endDate: string }) => {
    day += 3;
    const start = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    const batch = (
      await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity: 2, startDate: start, endDate: start, ...dates, ...extra }).expect(201)
    ).body as BatchView;
    await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);
    return batch;
  };
  const participant = async (unit: string | null = unitId) => {
    const user = await t.person({ agencyId, unitId: unit });
    return { user, auth: await t.authFor(user) };
  };
  const register = (batchId: string, auth: string) => t.http().post(`/api/catalog/${batchId}/enrollment`).set('Authorization', auth);

  it('gives exactly the places there are to 100 simultaneous registrations, the rest wait in line', async () => {
    const batch = await openBatch({ capacity: 50 });
    const people = await Promise.all(Array.from({ length: 100 }, () => participant()));
    const results = await Promise.all(people.map((p) => register(batch.id, p.auth)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const statuses = results.map((r) => (r.body as EnrollmentView).status);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(50);

    const waitlist = (await t.http().get(`/api/batches/${batch.id}/enrollments?status=waitlisted&pageSize=100`).set('Authorization', organizer).expect(200)).body as Page<EnrollmentView>;
    expect(waitlist.items.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const view = (await t.http().get(`/api/batches/${batch.id}`).set('Authorization', organizer).expect(200)).body as BatchView;
    expect(view).toMatchObject({ placesTaken: 50, waitlistLength: 50 });
  });

  it('promotes the first in line when a place frees, and tells the rejected why', async () => {
    const batch = await openBatch({ capacity: 1 });
    const [a, b, c] = [await participant(), await participant(), await participant()];
    const first = (await register(batch.id, a.auth).expect(201)).body as EnrollmentView;
    expect(first.status).toBe('pending');
    expect(((await register(batch.id, b.auth).expect(201)).body as EnrollmentView).waitlistPosition).toBe(1);
    expect(((await register(batch.id, c.auth).expect(201)).body as EnrollmentView).waitlistPosition).toBe(2);

    await t.http().post(`/api/enrollments/${first.id}/reject`).set('Authorization', organizer).send({ reason: '' }).expect(400);
    await t.http().post(`/api/enrollments/${first.id}/reject`).set('Authorization', organizer).send({ reason: 'Bukan admin media sosial OPD' }).expect(201);
    const mineA = (await t.http().get('/api/my/enrollments').set('Authorization', a.auth).expect(200)).body as EnrollmentView[];
    expect(mineA[0]).toMatchObject({ status: 'rejected', reason: 'Bukan admin media sosial OPD' });
    const mineB = (await t.http().get('/api/my/enrollments').set('Authorization', b.auth).expect(200)).body as EnrollmentView[];
    expect(mineB[0]).toMatchObject({ status: 'pending', waitlistPosition: null });
    const mineC = (await t.http().get('/api/my/enrollments').set('Authorization', c.auth).expect(200)).body as EnrollmentView[];
    expect(mineC[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

    await t.http().delete(`/api/catalog/${batch.id}/enrollment`).set('Authorization', b.auth).expect(200);
    const after = (await t.http().get('/api/my/enrollments').set('Authorization', c.auth).expect(200)).body as EnrollmentView[];
    expect(after[0]?.status).toBe('pending');
  });

  it('approves, and counts a second registration by the same person once', async () => {
    const batch = await openBatch();
    const p = await participant();
    const once = (await register(batch.id, p.auth).expect(201)).body as EnrollmentView;
    const twice = (await register(batch.id, p.auth).expect(201)).body as EnrollmentView;
    expect(twice.id).toBe(once.id);
    const approved = (await t.http().post(`/api/enrollments/${once.id}/approve`).set('Authorization', organizer).expect(201)).body as EnrollmentView;
    expect(approved.status).toBe('approved');
  });

  it('admits only the target OPDs, within their quota', async () => {
    const other = await t.dataSource.query<{ id: string }[]>(`INSERT INTO unit (agency_id, name) VALUES ($1, 'Kecamatan Kuranji') RETURNING id`, [agencyId]);
    const batch = await openBatch({ capacity: 10, targetUnits: [{ unitId, quota: 1 }] });
    const outsider = await participant(other[0].id);
    const res = await register(batch.id, outsider.auth).expect(403);
    expect((res.body as ErrorBody).code).toBe('NOT_ELIGIBLE');
    expect(((await register(batch.id, (await participant()).auth).expect(201)).body as EnrollmentView).status).toBe('pending');
    // One admin per OPD: the second from the same OPD waits although places are free.
    expect(((await register(batch.id, (await participant()).auth).expect(201)).body as EnrollmentView).status).toBe('waitlisted');
  });

  it('refuses a place in two batches on overlapping dates, and registration that is not open', async () => {
    const first = await openBatch({ capacity: 5 }, { startDate: '2025-06-02', endDate: '2025-06-06' });
    const second = await openBatch({ capacity: 5 }, { startDate: '2025-06-05', endDate: '2025-06-09' });
    const p = await participant();
    await register(first.id, p.auth).expect(201);
    const res = await register(second.id, p.auth).expect(409);
    expect((res.body as ErrorBody).code).toBe('ENROLLMENT_OVERLAP');

    const draft = (await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity: 5, startDate: '2025-07-01', endDate: '2025-07-01' }).expect(201)).body as BatchView;
    expect(((await register(draft.id, p.auth).expect(409)).body as ErrorBody).code).toBe('REGISTRATION_CLOSED');
  });

  it('lets only the batch’s agency decide, and participants only register themselves', async () => {
    const batch = await openBatch();
    const p = await participant();
    const enrollment = (await register(batch.id, p.auth).expect(201)).body as EnrollmentView;
    const other = await t.agency('Diskominfo Kabupaten Bintan');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', stranger).expect(403);
    await t.http().get(`/api/batches/${batch.id}/enrollments`).set('Authorization', stranger).expect(403);
    await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', p.auth).expect(403);
    // Another participant does not see this person's trainings.
    const nosy = await participant();
    const theirs = (await t.http().get('/api/my/enrollments').set('Authorization', nosy.auth).expect(200)).body as EnrollmentView[];
    expect(theirs).toEqual([]);
  });

  it('shows open batches in the catalogue with their timetable', async () => {
    const batch = await openBatch();
    const p = await participant();
    const catalog = (await t.http().get('/api/catalog').set('Authorization', p.auth).expect(200)).body as BatchView[];
    expect(catalog.map((b) => b.id)).toContain(batch.id);
    await t.http().get(`/api/catalog/${batch.id}/timetable`).set('Authorization', p.auth).expect(200);
    // A batch that is neither open nor one of theirs stays hidden; once they are in it, it shows.
    const draft = (await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity: 5, startDate: '2025-09-01', endDate: '2025-09-01' }).expect(201)).body as BatchView;
    await t.http().get(`/api/catalog/${draft.id}/timetable`).set('Authorization', p.auth).expect(404);
    await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) VALUES ($1, $2, 'approved')`, [draft.id, p.user.id]);
    await t.http().get(`/api/catalog/${draft.id}/timetable`).set('Authorization', p.auth).expect(200);
  });

  it('approves and rejects a selection at once, all or nothing, and refills the places', async () => {
    const batch = await openBatch({ capacity: 3 });
    const people = [await participant(), await participant(), await participant(), await participant()];
    const registered: EnrollmentView[] = [];
    for (const p of people) registered.push((await register(batch.id, p.auth).expect(201)).body as EnrollmentView);
    const [a, b, c, waiting] = registered;
    expect(waiting?.status).toBe('waitlisted');
    const decide = (body: Record<string, unknown>, auth = organizer) => t.http().post(`/api/batches/${batch.id}/enrollments/decisions`).set('Authorization', auth).send(body);

    // Someone waitlisted is not approved past the capacity: they stay in line.
    const approved = await decide({ enrollmentIds: [a?.id, b?.id, waiting?.id], decision: 'approve' }).expect(200);
    expect(approved.body).toEqual({ changed: 2, unchanged: 1 });

    // Refused as a whole: a reason is missing, a registration belongs to another batch, the list is empty.
    await decide({ enrollmentIds: [c?.id], decision: 'reject' }).expect(400);
    const elsewhere = (await register((await openBatch()).id, (await participant()).auth).expect(201)).body as EnrollmentView;
    const mixed = await decide({ enrollmentIds: [c?.id, elsewhere.id], decision: 'approve' }).expect(400);
    expect((mixed.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'enrollmentIds' });
    await decide({ enrollmentIds: [], decision: 'approve' }).expect(400);
    await decide({ enrollmentIds: [c?.id, c?.id], decision: 'approve' }).expect(400);
    await decide({ enrollmentIds: ['x'], decision: 'maybe' }).expect(400);
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: (await t.agency('Diskominfo Kabupaten Bintan')).agency.id }));
    await decide({ enrollmentIds: [c?.id], decision: 'approve' }, stranger).expect(403);
    await decide({ enrollmentIds: [c?.id], decision: 'approve' }, people[2]?.auth).expect(403);
    const c1 = (await t.http().get('/api/my/enrollments').set('Authorization', people[2]?.auth ?? '').expect(200)).body as EnrollmentView[];
    expect(c1.find((e) => e.batchId === batch.id)?.status).toBe('pending');

    const rejected = await decide({ enrollmentIds: [a?.id, c?.id], decision: 'reject', reason: 'Bukan admin media sosial OPD' }).expect(200);
    expect(rejected.body).toEqual({ changed: 2, unchanged: 0 });
    const list = (await t.http().get(`/api/batches/${batch.id}/enrollments`).set('Authorization', organizer).expect(200)).body as Page<EnrollmentView>;
    const statusOf = (id?: string) => list.items.find((e) => e.id === id)?.status;
    expect([statusOf(a?.id), statusOf(b?.id), statusOf(c?.id), statusOf(waiting?.id)]).toEqual(['rejected', 'approved', 'rejected', 'pending']);
    // Once the batch is over, its registrations are settled.
    for (const status of ['running', 'finished']) {
      await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status }).expect(201);
    }
    expect(((await decide({ enrollmentIds: [b?.id], decision: 'reject', reason: 'Terlambat' }).expect(409)).body as ErrorBody).code).toBe('BATCH_STATE_FORBIDS');
    await t.http().post(`/api/enrollments/${waiting?.id}/approve`).set('Authorization', organizer).expect(409);

    const mine = (await t.http().get('/api/my/notifications').set('Authorization', people[0]?.auth ?? '').expect(200)).body as NotificationPage;
    expect(mine.items.map((n) => [n.kind, n.params.reason])).toEqual([
      ['enrollment.rejected', 'Bukan admin media sosial OPD'],
      ['enrollment.approved', undefined],
    ]);
  });
});
