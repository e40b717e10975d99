import type { BatchView, ErrorBody, ProgramView, SessionView, TimetableView } from '@bimtek/contracts';
import { TestApp } from '../support/test-app';

const padangCurriculum = {
  title: 'Bimtek Jurnalistik dan Media Sosial Management',
  kind: 'BIMTEK',
  mode: 'CLASSICAL',
  year: 2024,
  minAttendancePercent: 90,
  passingScore: 70,
  modules: [
    { title: 'Jurnalistik', jp: 10, objectives: ['Menulis berita pemerintahan'] },
    { title: 'Fotografi', jp: 8 },
    { title: 'Manajemen Media Sosial', jp: 10 },
    { title: 'Literasi Hukum: UU ITE dan UU PDP', jp: 8 },
  ],
};

describe('programmes, batches and timetables', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let trainer: { id: string; fullName: string };
  let program: ProgramView;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency } = await t.agency('BKPSDM Kota Padang');
    agencyId = agency.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    trainer = await t.person({ roles: ['trainer'], fullName: 'Andi Saputra', agencyId });
    program = (await t.http().post('/api/programs').set('Authorization', organizer).send(padangCurriculum).expect(201)).body as ProgramView;
  });
  afterAll(async () => t.stop());

  const newBatch = async (dates: { startDate: string; endDate: string }, extra: Record<string, unknown> = {}, programId = program.id, auth = organizer) =>
    (await t.http().post(`/api/programs/${programId}/batches`).set('Authorization', auth).send({ capacity: 40, ...dates, ...extra }).expect(201)).body as BatchView;

  it('keeps the curriculum with its JP, and copies it for a new year', async () => {
    expect(program).toMatchObject({ agencyId, totalJp: 36, batchCount: 0 });
    expect(program.modules.map((m) => `${m.position}. ${m.title} (${m.jp})`)).toEqual([
      '1. Jurnalistik (10)',
      '2. Fotografi (8)',
      '3. Manajemen Media Sosial (10)',
      '4. Literasi Hukum: UU ITE dan UU PDP (8)',
    ]);
    const copy = (await t.http().post(`/api/programs/${program.id}/copy`).set('Authorization', organizer).send({ year: 2025 }).expect(201)).body as ProgramView;
    expect(copy).toMatchObject({ year: 2025, copiedFromId: program.id, totalJp: 36, title: program.title });
    expect(copy.modules[0].id).not.toBe(program.modules[0].id);
  });

  it('refuses a curriculum without modules or with impossible JP, field by field', async () => {
    const res = await t.http().post('/api/programs').set('Authorization', organizer).send({ ...padangCurriculum, modules: [{ title: '', jp: 0 }], passingScore: 120 }).expect(400);
    expect((res.body as ErrorBody).errors?.map((e) => e.field).sort()).toEqual(['modules.0.jp', 'modules.0.title', 'passingScore']);
  });

  it('numbers batches I, II, III and checks their dates', async () => {
    const p = (await t.http().post('/api/programs').set('Authorization', organizer).send({ ...padangCurriculum, title: 'Numbering' }).expect(201)).body as ProgramView;
    const names = [];
    for (const day of ['2024-11-04', '2024-11-11', '2024-11-18']) names.push((await newBatch({ startDate: day, endDate: day }, {}, p.id)).name);
    expect(names).toEqual(['Angkatan I', 'Angkatan II', 'Angkatan III']);
    const bad = await t.http().post(`/api/programs/${p.id}/batches`).set('Authorization', organizer).send({ startDate: '2024-11-22', endDate: '2024-11-18', capacity: 10 }).expect(400);
    expect((bad.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'endDate', code: 'endBeforeStart' });
  });

  it('fills a five-day timetable from the curriculum, matching its JP', async () => {
    const batch = await newBatch({ startDate: '2024-11-18', endDate: '2024-11-22' });
    const res = await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({}).expect(201);
    const timetable = res.body as TimetableView;
    expect(timetable.curriculumJp).toBe(36);
    expect(timetable.scheduledJp).toBe(36);
    expect(timetable.jpByModule.every((m) => m.scheduledJp === m.curriculumJp)).toBe(true);
    expect(timetable.sessions[0]).toMatchObject({ kind: 'OPENING', startsAt: '2024-11-18T01:00:00.000Z' }); // 08:00 WIB
    expect(timetable.sessions.at(-1)).toMatchObject({ kind: 'CLOSING' });
    // Filling again would duplicate everything.
    await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({}).expect(409);
  });

  it('explains why a weekend-only batch cannot be filled, and fills it when weekends are included', async () => {
    const batch = await newBatch({ startDate: '2024-11-23', endDate: '2024-11-24' });
    const refused = await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({}).expect(400);
    expect((refused.body as ErrorBody).errors).toEqual([expect.objectContaining({ field: 'includeWeekends', code: 'weekendOnly' })]);
    const short = await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({ includeWeekends: true, dayStart: '10:00', dayEnd: '09:00' }).expect(400);
    expect((short.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'dayEnd', code: 'dayTooShort' });
    const filled = (await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({ includeWeekends: true }).expect(201)).body as TimetableView;
    expect(filled.sessions[0]).toMatchObject({ kind: 'OPENING', startsAt: '2024-11-23T01:00:00.000Z' });
  });

  it('refuses a trainer in two places at once, across batches and programmes, naming the clash', async () => {
    const first = await newBatch({ startDate: '2024-12-02', endDate: '2024-12-06' });
    const otherProgram = (await t.http().post('/api/programs').set('Authorization', organizer).send({ ...padangCurriculum, title: 'Pelatihan Fotografi' }).expect(201)).body as ProgramView;
    const second = await newBatch({ startDate: '2024-12-02', endDate: '2024-12-06' }, {}, otherProgram.id);
    const slot = { kind: 'LECTURE', moduleId: program.modules[1].id, startsAt: '2024-12-03T08:00:00+07:00', endsAt: '2024-12-03T10:15:00+07:00', trainerIds: [trainer.id] };
    const created = (await t.http().post(`/api/batches/${first.id}/timetable/sessions`).set('Authorization', organizer).send(slot).expect(201)).body as SessionView;
    expect(created).toMatchObject({ title: 'Fotografi', jp: 3, trainers: [{ id: trainer.id, name: 'Andi Saputra' }] });

    const clash = await t.http()
      .post(`/api/batches/${second.id}/timetable/sessions`)
      .set('Authorization', organizer)
      .send({ ...slot, moduleId: otherProgram.modules[0].id, startsAt: '2024-12-03T09:00:00+07:00', endsAt: '2024-12-03T11:00:00+07:00' })
      .expect(409);
    const body = clash.body as ErrorBody;
    expect(body.code).toBe('TIMETABLE_CONFLICT');
    expect(body.errors).toEqual([
      { field: 'trainerIds', code: 'trainerBusy', message: `Andi Saputra sudah bertugas di ${first.name} · Bimtek Jurnalistik dan Media Sosial Management pada 2024-12-03 08:00.` },
    ]);
    // Back to back is fine.
    await t.http()
      .post(`/api/batches/${second.id}/timetable/sessions`)
      .set('Authorization', organizer)
      .send({ ...slot, moduleId: null, startsAt: '2024-12-03T10:15:00+07:00', endsAt: '2024-12-03T11:45:00+07:00' })
      .expect(201);
  });

  it('refuses a room booked twice and a session outside the batch dates', async () => {
    const a = await newBatch({ startDate: '2025-01-06', endDate: '2025-01-10' });
    const b = await newBatch({ startDate: '2025-01-06', endDate: '2025-01-10' });
    const slot = { kind: 'PRACTICE', startsAt: '2025-01-07T13:00:00+07:00', endsAt: '2025-01-07T15:00:00+07:00', room: 'Aula Bagindo Aziz Chan' };
    await t.http().post(`/api/batches/${a.id}/timetable/sessions`).set('Authorization', organizer).send(slot).expect(201);
    const room = await t.http().post(`/api/batches/${b.id}/timetable/sessions`).set('Authorization', organizer).send({ ...slot, room: 'aula bagindo aziz chan' }).expect(409);
    expect((room.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['roomBooked']);
    const outside = await t.http().post(`/api/batches/${b.id}/timetable/sessions`).set('Authorization', organizer).send({ ...slot, room: null, startsAt: '2025-01-11T08:00:00+07:00', endsAt: '2025-01-11T09:00:00+07:00' }).expect(409);
    expect((outside.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['outsideBatchDates']);
    const backwards = await t.http().post(`/api/batches/${b.id}/timetable/sessions`).set('Authorization', organizer).send({ ...slot, room: null, endsAt: '2025-01-07T12:00:00+07:00' }).expect(400);
    expect((backwards.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['endBeforeStart']);
    // Moving the batch so that its sessions would fall outside is refused too.
    const moved = await t.http().patch(`/api/batches/${a.id}`).set('Authorization', organizer).send({ startDate: '2025-01-08' }).expect(400);
    expect((moved.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['outsideBatchDates']);
  });

  it('enforces the lifecycle: no timetable edits once finished', async () => {
    const batch = await newBatch({ startDate: '2025-02-03', endDate: '2025-02-07' });
    const status = (to: string) => t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: to });
    expect(((await status('running').expect(409)).body as ErrorBody).code).toBe('BATCH_STATE_FORBIDS');
    await status('registration_open').expect(201);
    await status('running').expect(201);
    await status('finished').expect(201);
    const late = await t.http().post(`/api/batches/${batch.id}/timetable/sessions`).set('Authorization', organizer).send({ kind: 'LECTURE', startsAt: '2025-02-04T08:00:00+07:00', endsAt: '2025-02-04T09:30:00+07:00' }).expect(409);
    expect((late.body as ErrorBody).code).toBe('BATCH_STATE_FORBIDS');
    await t.http().patch(`/api/batches/${batch.id}`).set('Authorization', organizer).send({ capacity: 99 }).expect(409);
  });

  it('keeps each agency’s programmes and batches to its own organizers', async () => {
    const other = await t.agency('Diskominfo Kabupaten Bintan');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    const batch = await newBatch({ startDate: '2025-03-03', endDate: '2025-03-04' });
    await t.http().get(`/api/programs/${program.id}`).set('Authorization', stranger).expect(403);
    await t.http().put(`/api/programs/${program.id}`).set('Authorization', stranger).send(padangCurriculum).expect(403);
    await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', stranger).send({ startDate: '2025-03-03', endDate: '2025-03-04', capacity: 5 }).expect(403);
    await t.http().patch(`/api/batches/${batch.id}`).set('Authorization', stranger).send({ capacity: 1 }).expect(403);
    await t.http().post(`/api/batches/${batch.id}/timetable/sessions`).set('Authorization', stranger).send({ kind: 'LECTURE', startsAt: '2025-03-03T08:00:00+07:00', endsAt: '2025-03-03T09:00:00+07:00' }).expect(403);
    const theirs = (await t.http().get('/api/programs').set('Authorization', stranger).expect(200)).body as ProgramView[];
    expect(theirs).toEqual([]);
    const participant = await t.authFor(await t.person({ agencyId }));
    await t.http().get('/api/programs').set('Authorization', participant).expect(403);
  });
});
