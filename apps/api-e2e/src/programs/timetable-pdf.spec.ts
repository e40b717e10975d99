import type { BatchView, ProgramView, SessionView } from '@bimtek/contracts';
import { readPdf } from '../support/read-pdf';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

/** Twelve modules of 3 JP: more sessions than one landscape page holds. */
const curriculum = {
  title: 'Bimtek Jurnalistik dan Media Sosial',
  kind: 'BIMTEK',
  mode: 'CLASSICAL',
  year: 2026,
  minAttendancePercent: 90,
  passingScore: 70,
  modules: [
    'Jurnalistik Dasar',
    'Menulis Berita Pemerintahan',
    'Fotografi',
    'Videografi',
    'Desain Grafis',
    'Manajemen Media Sosial',
    'Analitik Media Sosial',
    'Literasi Hukum: UU ITE dan UU PDP',
    'Hubungan Media',
    'Krisis Komunikasi',
    'Etika Kehumasan',
    'Rencana Aksi',
  ].map((title) => ({ title, jp: 3 })),
};

const UUID = '00000000-0000-4000-8000-000000000000';


describe('printable timetable (PDF)', () => {
  let t: TestApp;
  let organizer: string;
  let program: ProgramView;
  let batch: BatchView;
  let practice: SessionView;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency } = await t.agency('BKPSDM Kota Makassar');
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: agency.id }));
    const trainer = await t.person({ roles: ['trainer'], fullName: 'Dr. Ni Luh Ārya Dewi, M.Si.', agencyId: agency.id });
    program = (await t.http().post('/api/programs').set('Authorization', organizer).send(curriculum).expect(201)).body as ProgramView;
    batch = (
      await t.http()
        .post(`/api/programs/${program.id}/batches`)
        .set('Authorization', organizer)
        .send({ capacity: 30, startDate: '2026-12-07', endDate: '2026-12-11', timeZone: 'Asia/Makassar', venue: 'Hotel Santika Makassar' })
        .expect(201)
    ).body as BatchView;
    await t.http().post(`/api/batches/${batch.id}/timetable/fill`).set('Authorization', organizer).send({}).expect(201);
    practice = (
      await t.http()
        .post(`/api/batches/${batch.id}/timetable/sessions`)
        .set('Authorization', organizer)
        .send({
          kind: 'PRACTICE',
          title: 'Praktik “siaran pers” · wawancara – studi kasus',
          moduleId: program.modules[1].id,
          startsAt: '2026-12-07T16:00:00+08:00',
          endsAt: '2026-12-07T17:30:00+08:00',
          room: 'Ruang Losari',
          trainerIds: [trainer.id],
        })
        .expect(201)
    ).body as SessionView;
  });
  afterAll(async () => t.stop());

  it('prints the organizer’s timetable day by day in the venue’s time, with the font embedded', async () => {
    const res = await download(t.http().get(`/api/batches/${batch.id}/timetable.pdf`).set('Authorization', organizer)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="jadwal-bimtek-jurnalistik-dan-media-sosial-angkatan-i.pdf"');

    const pdf = await readPdf(res.body as Buffer);
    const [first] = pdf.pages;
    expect(first).toContain('BKPSDM KOTA MAKASSAR');
    expect(first).toContain('Bimtek Jurnalistik dan Media Sosial · Angkatan I');
    expect(first).toContain('7–11 Desember 2026');
    expect(first).toContain('Hotel Santika Makassar');
    expect(first).toContain('WITA (UTC+08:00)');
    expect(first).toContain('Senin, 7 Desember 2026');
    // The opening at 08:00 in Makassar (00:00 UTC, 07:00 in Jakarta).
    expect(first).toMatch(/08\.00–08\.30\s+Pembukaan/);
    expect(first).toContain('Praktik “siaran pers” · wawancara – studi kasus');
    expect(first).toContain('16.00–17.30');
    expect(first).toContain('Dr. Ni Luh Ārya Dewi, M.Si.');
    expect(first).toContain('Ruang Losari');
    expect(practice.jp).toBe(2);

    // Long enough for several pages: "Halaman i dari n" at the foot of each, and the column headers
    // again on every page the sessions go on to.
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pdf.pages.length}`));
    const withSessions = pdf.pages.filter((page) => /\d\d\.\d\d–\d\d\.\d\d/.test(page));
    expect(withSessions.length).toBeGreaterThan(1);
    for (const page of withSessions) expect(page).toMatch(/Waktu \(WITA\)\s+Sesi \/ Materi\s+Jenis\s+Narasumber\s+Ruang\s+JP/);
    const all = pdf.pages.join('\n');
    expect(all).toContain('Jumat, 11 Desember 2026');
    expect(all).toContain('Penutupan');
    expect(all).toMatch(/Jumlah\s+38\s+36/);

    // The glyphs come from the embedded DejaVu Sans, not the Standard-14 Helvetica.
    expect(pdf.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf.raw).toContain('/FontFile2');
    expect(pdf.raw).not.toContain('Helvetica');
  });

  it('speaks English to a caller who asks for it', async () => {
    const res = await download(t.http().get(`/api/batches/${batch.id}/timetable.pdf`).set('Authorization', organizer).set('Accept-Language', 'en')).expect(200);
    const pdf = await readPdf(res.body as Buffer);
    expect(pdf.pages[0]).toContain('Training timetable');
    expect(pdf.pages[0]).toContain('Monday, 7 December 2026');
    expect(pdf.pages[0]).toMatch(/08:00–08:30\s+Pembukaan\s+Opening/);
    expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pages.length}`);
  });

  it('gives participants the PDF exactly when they may see the timetable', async () => {
    const participant = await t.person({});
    const auth = await t.authFor(participant);
    // A draft batch they are not in: hidden, as the JSON timetable is.
    await t.http().get(`/api/catalog/${batch.id}/timetable`).set('Authorization', auth).expect(404);
    await t.http().get(`/api/catalog/${batch.id}/timetable.pdf`).set('Authorization', auth).expect(404);

    await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) VALUES ($1, $2, 'approved')`, [batch.id, participant.id]);
    const res = await download(t.http().get(`/api/catalog/${batch.id}/timetable.pdf`).set('Authorization', auth)).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="jadwal-bimtek-jurnalistik-dan-media-sosial-angkatan-i.pdf"');
    const pdf = await readPdf(res.body as Buffer);
    expect(pdf.pages[0]).toContain('Bimtek Jurnalistik dan Media Sosial · Angkatan I');
    expect(pdf.pages[0]).toContain('Praktik “siaran pers” · wawancara – studi kasus');

    // The organizer's route is not theirs.
    await t.http().get(`/api/batches/${batch.id}/timetable.pdf`).set('Authorization', auth).expect(403);
  });

  it('keeps each agency’s timetables to its own organizers, and refuses bad ids and anonymous callers', async () => {
    const other = await t.agency('Diskominfo Kabupaten Gowa');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    const json = await t.http().get(`/api/batches/${batch.id}/timetable`).set('Authorization', stranger);
    expect(json.status).toBe(403);
    await t.http().get(`/api/batches/${batch.id}/timetable.pdf`).set('Authorization', stranger).expect(json.status);

    await t.http().get('/api/batches/not-a-uuid/timetable.pdf').set('Authorization', organizer).expect(400);
    await t.http().get(`/api/batches/${UUID}/timetable.pdf`).set('Authorization', organizer).expect(404);
    const participant = await t.authFor(await t.person({}));
    await t.http().get('/api/catalog/not-a-uuid/timetable.pdf').set('Authorization', participant).expect(400);
    await t.http().get(`/api/catalog/${UUID}/timetable.pdf`).set('Authorization', participant).expect(404);

    await t.http().get(`/api/batches/${batch.id}/timetable.pdf`).expect(401);
    await t.http().get(`/api/catalog/${batch.id}/timetable.pdf`).expect(401);
  });
});
