import type { AgendaSessionView, BatchView, EnrollmentView, ErrorBody, NotificationPage, ProgramView, SessionView } from '@bimtek/contracts';
import { composeNik } from '@bimtek/domain';
import { TestApp } from '../support/test-app';

interface Mailed {
  to: string;
  subject: string;
  text: string;
  send_after: Date;
  created_at: Date;
}

/** ISO date `days` from today (UTC), so that sessions lie in the agenda's future. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('notifications, in the app and by mail', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let program: ProgramView;

  beforeAll(async () => {
    t = await TestApp.start();
    agencyId = (await t.agency('BKPSDM Kota Padang')).agency.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer, { title: 'Bimtek Pengelolaan Media Sosial' });
  });
  afterAll(async () => t.stop());

  let offset = 10;
  /** A batch on dates of its own, open for registration unless `draft`. */
  const batch = async (capacity: number, draft = false) => {
    offset += 5;
    const date = dayFromNow(offset);
    const b = (await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity, startDate: date, endDate: dayFromNow(offset + 1), venue: 'Aula Balai Kota' }).expect(201)).body as BatchView;
    if (!draft) await t.http().post(`/api/batches/${b.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);
    return b;
  };
  const participant = async () => {
    const user = await t.person({ agencyId });
    return { user, auth: await t.authFor(user) };
  };
  const register = async (batchId: string, auth: string) => (await t.http().post(`/api/catalog/${batchId}/enrollment`).set('Authorization', auth).expect(201)).body as EnrollmentView;
  const inbox = async (auth: string, query = '') => (await t.http().get(`/api/my/notifications${query}`).set('Authorization', auth).expect(200)).body as NotificationPage;
  const mailsTo = (email: string) => t.dataSource.query<Mailed[]>('SELECT "to", subject, text, send_after, created_at FROM outbox_message WHERE "to" = $1 ORDER BY created_at', [email]);
  const session = (batchId: string, body: Record<string, unknown>) => t.http().post(`/api/batches/${batchId}/timetable/sessions`).set('Authorization', organizer).send(body);
  const at = (date: string, time: string) => `${date}T${time}:00+07:00`;

  it('tells people on the waiting list their position, the rejected why, and the promoted that they have a place', async () => {
    const b = await batch(1);
    const [first, second] = [await participant(), await participant()];
    const held = await register(b.id, first.auth);
    await register(b.id, second.auth);

    const waiting = await inbox(second.auth);
    expect(waiting.unread).toBe(1);
    expect(waiting.items[0]).toMatchObject({ kind: 'enrollment.waitlisted', batchId: b.id, batchName: 'Angkatan I', programTitle: 'Bimtek Pengelolaan Media Sosial', params: { position: 1 } });
    expect((await mailsTo(second.user.email))[0]?.text).toMatch(/daftar tunggu pada urutan ke-1/);

    await t.http().post(`/api/enrollments/${held.id}/reject`).set('Authorization', organizer).send({ reason: 'Bukan admin media sosial OPD' }).expect(201);
    expect((await inbox(first.auth)).items[0]).toMatchObject({ kind: 'enrollment.rejected', params: { reason: 'Bukan admin media sosial OPD' } });
    const rejectionMail = (await mailsTo(first.user.email))[0];
    expect(rejectionMail?.subject).toMatch(/Pendaftaran ditolak/);
    expect(rejectionMail?.text).toMatch(/Alasan: Bukan admin media sosial OPD/);

    const promoted = await inbox(second.auth);
    expect(promoted.unread).toBe(2);
    expect(promoted.items[0]).toMatchObject({ kind: 'enrollment.promoted', params: { status: 'pending' } });
    expect((await mailsTo(second.user.email)).map((m) => m.subject)).toEqual([expect.stringMatching(/daftar tunggu/), expect.stringMatching(/mendapat tempat/)]);
  });

  it('mails the approval in the person’s own language, with a link to the timetable', async () => {
    const b = await batch(5);
    const p = await participant();
    await t.dataSource.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [p.user.id]);
    const enrollment = await register(b.id, p.auth);
    await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', organizer).expect(201);
    // Approving twice says it once.
    await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', organizer).expect(201);

    expect((await inbox(p.auth)).items.map((n) => n.kind)).toEqual(['enrollment.approved']);
    const [mail] = await mailsTo(p.user.email);
    expect(mail?.subject).toMatch(/Registration approved — Bimtek Pengelolaan Media Sosial Angkatan/);
    expect(mail?.text).toContain(`/pelatihan/${b.id}/jadwal`);
    expect(mail?.text).toContain('Aula Balai Kota');
  });

  it('keeps each person’s notifications to themselves', async () => {
    const b = await batch(5);
    const [owner, other] = [await participant(), await participant()];
    const enrollment = await register(b.id, owner.auth);
    await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', organizer).expect(201);
    const [note] = (await inbox(owner.auth)).items;
    expect(note).toBeDefined();

    expect((await inbox(other.auth)).items.map((n) => n.id)).not.toContain(note?.id);
    await t.http().post(`/api/my/notifications/${note?.id}/read`).set('Authorization', other.auth).expect(404);
    expect((await inbox(owner.auth)).unread).toBe(1);

    await t.http().post(`/api/my/notifications/${note?.id}/read`).set('Authorization', owner.auth).expect(204);
    const read = await inbox(owner.auth);
    expect(read.unread).toBe(0);
    expect(read.items[0]?.readAt).not.toBeNull();
    expect((await inbox(owner.auth, '?unread=true')).items).toHaveLength(0);

    await t.http().post('/api/my/notifications/not-a-uuid/read').set('Authorization', owner.auth).expect(400);
    await t.http().get('/api/my/notifications?unread=maybe').set('Authorization', owner.auth).expect(400);
    await t.http().get('/api/my/notifications').expect(401);
  });

  it('gathers a burst of timetable changes into one notification and one delayed mail per person', async () => {
    const b = await batch(5);
    const p = await participant();
    await register(b.id, p.auth);
    const trainer = await t.person({ roles: ['trainer'], agencyId, fullName: 'Rahmat Hidayat' });
    const date = b.startDate;

    const first = (await session(b.id, { kind: 'LECTURE', title: 'Fotografi dasar', startsAt: at(date, '08:00'), endsAt: at(date, '09:30'), trainerIds: [trainer.id] }).expect(201)).body as SessionView;
    await session(b.id, { kind: 'PRACTICE', title: 'Praktik memotret', startsAt: at(date, '10:00'), endsAt: at(date, '11:30') }).expect(201);
    await t.http().patch(`/api/batches/timetable/sessions/${first.id}`).set('Authorization', organizer).send({ room: 'Ruang Rapat 2' }).expect(200);

    const notes = await inbox(p.auth);
    const changed = notes.items.filter((n) => n.kind === 'timetable.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.params.changes).toBe(3);
    const mails = (await mailsTo(p.user.email)).filter((m) => /Jadwal berubah/.test(m.subject));
    expect(mails).toHaveLength(1);
    // Held back some minutes, so that the rest of the organizer's edits ride along.
    expect(new Date(mails[0]?.send_after ?? 0).getTime() - new Date(mails[0]?.created_at ?? 0).getTime()).toBeGreaterThan(5 * 60_000);

    // Once read, the next change is news again.
    await t.http().post('/api/my/notifications/read-all').set('Authorization', organizer).expect(204);
    await t.http().post('/api/my/notifications/read-all').set('Authorization', p.auth).expect(204);
    await t.http().patch(`/api/batches/timetable/sessions/${first.id}`).set('Authorization', organizer).send({ room: 'Aula' }).expect(200);
    expect((await inbox(p.auth, '?unread=true')).items.map((n) => [n.kind, n.params.changes])).toEqual([['timetable.changed', 1]]);

    // The trainer taken off a session (so no longer in the timetable) still hears of it.
    const trainerAuth = await t.authFor(trainer);
    expect((await mailsTo(trainer.email))[0]?.text).toContain(`/pelatihan/${b.id}/jadwal`);
    await t.http().post('/api/my/notifications/read-all').set('Authorization', trainerAuth).expect(204);
    await t.http().patch(`/api/batches/timetable/sessions/${first.id}`).set('Authorization', organizer).send({ trainerIds: [] }).expect(200);
    expect((await inbox(trainerAuth, '?unread=true')).items.map((n) => [n.kind, n.batchId])).toEqual([['timetable.changed', b.id]]);
    const stranger = await t.authFor(await t.person({ roles: ['trainer'], agencyId }));
    expect((await inbox(stranger)).items).toHaveLength(0);
  });

  it('says nothing about a refused change or a draft batch’s timetable', async () => {
    const b = await batch(5);
    const p = await participant();
    await register(b.id, p.auth);
    const outside = await session(b.id, { kind: 'LECTURE', title: 'Di luar tanggal', startsAt: at(dayFromNow(200), '08:00'), endsAt: at(dayFromNow(200), '09:00') }).expect(409);
    expect((outside.body as ErrorBody).code).toBe('TIMETABLE_CONFLICT');
    expect((await inbox(p.auth)).items.filter((n) => n.kind === 'timetable.changed')).toHaveLength(0);

    const draft = await batch(5, true);
    const before = (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification'))[0]?.n;
    await t.http().post(`/api/batches/${draft.id}/timetable/fill`).set('Authorization', organizer).send({ includeWeekends: true }).expect(201);
    expect((await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification'))[0]?.n).toBe(before);
  });

  it('welcomes people enrolled from a spreadsheet and tells them how to choose a password', async () => {
    const b = await batch(1);
    const nik = (serial: number) => composeNik({ regionCode: '137101', birthDate: '1990-01-05', gender: 'female', serial });
    const file = Buffer.from(['NIK;Nama;Email', `${nik(1)};Sari Wulandari;sari@padang.go.id`, `${nik(2)};Dedi Kurniawan;dedi@padang.go.id`].join('\r\n'));
    await t.http().post(`/api/batches/${b.id}/roster`).set('Authorization', organizer).attach('file', file, 'peserta.csv').expect(201);
    const [sari] = await mailsTo('sari@padang.go.id');
    expect(sari?.subject).toMatch(/Anda terdaftar sebagai peserta/);
    expect(sari?.text).toContain('/lupa-sandi');
    const [dedi] = await mailsTo('dedi@padang.go.id');
    expect(dedi?.text).toMatch(/daftar tunggu pada urutan ke-1/);
  });
});

describe('my sessions (the home screen and the trainer’s agenda)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => t.stop());

  it('lists the sessions a person attends or teaches, by local date, and nobody else’s', async () => {
    const agencyId = (await t.agency('BKPSDM Kota Padang')).agency.id;
    const organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    const program = await t.program(organizer, { title: 'Bimtek Jurnalistik' });
    const start = dayFromNow(3);
    const b = (await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity: 5, startDate: start, endDate: dayFromNow(4), requiresApproval: false, timeZone: 'Asia/Makassar' }).expect(201)).body as BatchView;
    await t.http().post(`/api/batches/${b.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);
    const trainer = await t.person({ roles: ['trainer'], agencyId });
    // 07:30 WITA is 23:30 UTC the day before: it still belongs to the first day.
    await t.http().post(`/api/batches/${b.id}/timetable/sessions`).set('Authorization', organizer).send({ kind: 'OPENING', title: 'Pembukaan', startsAt: `${start}T07:30:00+08:00`, endsAt: `${start}T08:00:00+08:00` }).expect(201);
    await t.http().post(`/api/batches/${b.id}/timetable/sessions`).set('Authorization', organizer).send({ kind: 'LECTURE', title: 'Menulis berita', startsAt: `${dayFromNow(4)}T08:00:00+08:00`, endsAt: `${dayFromNow(4)}T10:15:00+08:00`, trainerIds: [trainer.id] }).expect(201);

    const attendee = await t.person({ agencyId });
    const attendeeAuth = await t.authFor(attendee);
    const stranger = await t.authFor(await t.person({ agencyId }));
    await t.http().post(`/api/catalog/${b.id}/enrollment`).set('Authorization', attendeeAuth).expect(201);

    const mine = (await t.http().get(`/api/my/sessions?from=${start}&to=${start}`).set('Authorization', attendeeAuth).expect(200)).body as AgendaSessionView[];
    expect(mine.map((s) => [s.title, s.date, s.role, s.timeZone])).toEqual([['Pembukaan', start, 'participant', 'Asia/Makassar']]);
    const week = (await t.http().get('/api/my/sessions').set('Authorization', attendeeAuth).expect(200)).body as AgendaSessionView[];
    expect(week.map((s) => s.title)).toEqual(['Pembukaan', 'Menulis berita']);
    expect(week[1]).toMatchObject({ batchName: 'Angkatan I', programTitle: 'Bimtek Jurnalistik', trainers: [{ id: trainer.id }] });

    const teaching = (await t.http().get('/api/my/sessions?role=trainer').set('Authorization', await t.authFor(trainer)).expect(200)).body as AgendaSessionView[];
    expect(teaching.map((s) => [s.title, s.role])).toEqual([['Menulis berita', 'trainer']]);
    expect(((await t.http().get('/api/my/sessions?role=trainer').set('Authorization', attendeeAuth).expect(200)).body as AgendaSessionView[])).toEqual([]);
    expect(((await t.http().get('/api/my/sessions').set('Authorization', stranger).expect(200)).body as AgendaSessionView[])).toEqual([]);

    // A trainer reads the timetable of a batch they teach, although they are not enrolled in it.
    await t.http().post(`/api/batches/${b.id}/status`).set('Authorization', organizer).send({ status: 'running' }).expect(201);
    await t.http().get(`/api/catalog/${b.id}/timetable`).set('Authorization', await t.authFor(trainer)).expect(200);
    await t.http().get(`/api/catalog/${b.id}/timetable`).set('Authorization', stranger).expect(404);
  });

  it('refuses a range that runs backwards or longer than a year, and dates that are not YYYY-MM-DD', async () => {
    const auth = await t.authFor(await t.person());
    for (const bad of ['20261207', '2026-W01', '2026-12-07T10:00', '2026', '2026-02-30']) {
      const res = await t.http().get(`/api/my/sessions?from=${bad}`).set('Authorization', auth).expect(400);
      expect((res.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'from', code: 'isIsoDate' });
    }
    const backwards = await t.http().get('/api/my/sessions?from=2026-05-02&to=2026-05-01').set('Authorization', auth).expect(400);
    expect((backwards.body as ErrorBody).errors?.[0]?.field).toBe('to');
    await t.http().get('/api/my/sessions?from=2026-01-01&to=2027-06-01').set('Authorization', auth).expect(400);
    await t.http().get('/api/my/sessions?from=kemarin').set('Authorization', auth).expect(400);
    await t.http().get('/api/my/sessions?role=organizer').set('Authorization', auth).expect(400);
  });
});
