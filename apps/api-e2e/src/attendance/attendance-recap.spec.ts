import type { AttendanceGridView, AttendanceRecordView, AttendanceUnitSheet, BatchView, EnrollmentView, ProgramView, SessionView } from '@bimtek/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { readPdf } from '../support/read-pdf';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

type User = Awaited<ReturnType<TestApp['person']>>;

const UUID = '00000000-0000-4000-8000-000000000000';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LETTER = { hadir: 'H', terlambat: 'T', izin: 'I', sakit: 'S', alpa: 'A' } as const;
const WORD = { hadir: 'Hadir', terlambat: 'Terlambat', izin: 'Izin', sakit: 'Sakit', alpa: 'Alpa' } as const;


async function workbook(content: Buffer): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  return book;
}

/** Rows under the header row (the one whose second cell is "Nama"), as arrays from column 1, up to the first empty row. */
function tableOf(sheet: Worksheet): { header: unknown[]; rows: { values: unknown[]; nipType: number }[] } {
  let headerAt = 0;
  sheet.eachRow((row, i) => {
    if (!headerAt && row.getCell(2).value === 'Nama') headerAt = i;
  });
  expect(headerAt).toBeGreaterThan(0);
  const values = (i: number) => (sheet.getRow(i).values as unknown[]).slice(1);
  const rows: { values: unknown[]; nipType: number }[] = [];
  for (let i = headerAt + 1; i <= sheet.rowCount && sheet.getRow(i).getCell(1).value !== null && sheet.getRow(i).getCell(1).value !== ''; i++) {
    rows.push({ values: values(i), nipType: sheet.getRow(i).getCell(3).type });
  }
  return { header: values(headerAt), rows };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "88,8 %" as the recap prints the grid's rate. */
const rate = (value: number) => `${value.toFixed(1).replace('.', ',')} %`;

describe('attendance recaps (daftar hadir, rekap, badges)', () => {
  let t: TestApp;
  let organizer: string;
  let program: ProgramView;
  let batch: BatchView;
  let sessions: SessionView[];
  let people: User[];
  let grid: AttendanceGridView;

  const names = ['Andi Pratama', 'Ni Luh Ārya Dewi', 'Budi Santoso', 'Citra Lestari', 'Dewi Kartika', 'Eko Saputra', 'Fajar Nugroho', 'Gita Permata', 'Hendra Wijaya', 'Indah Sari'];
  const get = (path: string, auth = organizer) => download(t.http().get(path).set('Authorization', auth));

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency, unit } = await t.agency('BKPSDM Kota Makassar');
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: agency.id }));
    program = await t.program(organizer, { title: 'Bimtek Kehumasan Digital', year: 2026 });
    batch = (
      await t
        .http()
        .post(`/api/programs/${program.id}/batches`)
        .set('Authorization', organizer)
        .send({ capacity: 30, startDate: '2026-12-07', endDate: '2026-12-08', timeZone: 'Asia/Makassar', venue: 'Hotel Santika Makassar' })
        .expect(201)
    ).body as BatchView;
    sessions = [];
    for (const [title, startsAt, endsAt] of [
      ['Pembukaan dan Kebijakan Kehumasan', '2026-12-07T08:00:00+08:00', '2026-12-07T09:30:00+08:00'],
      ['Menulis Siaran Pers', '2026-12-07T10:00:00+08:00', '2026-12-07T11:30:00+08:00'],
      ['Fotografi Kegiatan', '2026-12-08T08:00:00+08:00', '2026-12-08T09:30:00+08:00'],
    ]) {
      const res = await t.http().post(`/api/batches/${batch.id}/timetable/sessions`).set('Authorization', organizer).send({ kind: 'LECTURE', title, startsAt, endsAt }).expect(201);
      sessions.push(res.body as SessionView);
    }
    await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);

    // Ten participants register and are approved; the last is not a civil servant (no NIP).
    people = [];
    for (const [i, fullName] of names.entries()) {
      const user = await t.person({ fullName, agencyId: agency.id, unitId: unit.id, ...(i === names.length - 1 ? { employmentType: 'NON_ASN' as const } : {}) });
      const enrollment = (await t.http().post(`/api/catalog/${batch.id}/enrollment`).set('Authorization', await t.authFor(user)).expect(201)).body as EnrollmentView;
      await t.http().post(`/api/enrollments/${enrollment.id}/approve`).set('Authorization', organizer).expect(201);
      people.push(user);
    }
    const [andi, niLuh, budi, citra, dewi, eko, fajar, gita, hendra, indah] = people;
    const mark = (unitKey: string, users: User[], status: string, reason?: string) =>
      t
        .http()
        .post(`/api/batches/${batch.id}/attendance/units/${unitKey}/mark`)
        .set('Authorization', organizer)
        .send({ userIds: users.map((u) => u.id), status, ...(reason ? { reason } : {}) })
        .expect(200);
    const [first, second, third] = sessions.map((s) => s.id);
    await mark(first, [andi, niLuh, budi, citra, dewi], 'hadir');
    await mark(first, [eko], 'terlambat');
    await mark(first, [fajar], 'izin', 'Rapat koordinasi di kantor Wali Kota');
    await mark(first, [gita], 'alpa');
    // A correction with its reason: present after all, then sick.
    await t.http().put(`/api/batches/${batch.id}/attendance/units/${first}/records/${dewi.id}`).set('Authorization', organizer).send({ status: 'sakit', reason: 'Demam, surat dokter menyusul' }).expect(200);
    await mark(second, [andi, niLuh, budi, citra, eko, fajar, gita, hendra, indah], 'hadir');
    await mark(second, [dewi], 'sakit', 'Demam');
    await mark(third, [andi, niLuh], 'hadir');
    await mark(third, [budi], 'terlambat');
    // Hendra and Indah have nothing for the first session, the others nothing for the third.

    grid = (await t.http().get(`/api/batches/${batch.id}/attendance`).set('Authorization', organizer).expect(200)).body as AttendanceGridView;
    expect(grid.people).toHaveLength(10);
    expect(grid.units.map((u) => u.key)).toEqual([first, second, third]);
  });
  afterAll(async () => t.stop());

  it('prints the rekap as PDF with each person’s rate exactly as the grid on screen has it, and a signature block', async () => {
    const res = await get(`/api/batches/${batch.id}/attendance.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rekap-kehadiran-bimtek-kehumasan-digital-angkatan-i.pdf"');
    const pdf = await readPdf(res.body as Buffer);
    const all = pdf.pages.join('\n');
    expect(pdf.pages[0]).toContain('Rekap Kehadiran');
    expect(pdf.pages[0]).toContain('Bimtek Kehumasan Digital · Angkatan I');
    expect(pdf.pages[0]).toContain('7–8 Desember 2026');
    expect(pdf.pages[0]).toContain('Hotel Santika Makassar');
    expect(pdf.pages[0]).toContain('per sesi (3 sesi)');

    // One row a person: number, name, a letter per unit, attended and the rate, in the grid's order.
    grid.people.forEach((person, i) => {
      const letters = person.cells.map((c) => (c ? LETTER[c.status] : '–')).join('\\s+');
      expect(all).toMatch(new RegExp(`${i + 1}\\s+${escape(person.fullName)}\\s+${letters}\\s+${person.attended}\\s+${escape(rate(person.rate))}`));
    });
    expect(grid.people.find((p) => p.fullName === 'Andi Pratama')?.rate).toBe(100);
    expect(all).toContain('100,0 %');
    expect(grid.people.find((p) => p.fullName === 'Dewi Kartika')?.rate).toBe(0);
    expect(all).toMatch(/Andi Pratama\s+H\s+H\s+H\s+3\s+100,0 %/);
    // 2 of 3 planned sessions: 66.6 (the rate is floored to one decimal, never rounded up).
    expect(grid.people.find((p) => p.fullName === 'Citra Lestari')?.rate).toBe(66.6);
    expect(all).toMatch(/Citra Lestari\s+H\s+H\s+–\s+2\s+66,6 %/);
    expect(all).toContain('Non-ASN');

    // Present per unit, then the legend with each unit's date, time and counts.
    const present = grid.units.map((u) => u.counts.hadir + u.counts.terlambat);
    expect(present).toEqual([5, 9, 3]);
    expect(all).toMatch(/Jumlah hadir\s+5\s+9\s+3/);
    expect(all).toContain('Keterangan nomor sesi');
    expect(all).toMatch(/1\s+Senin, 7 Desember 2026\s+08\.00–09\.30\s+Pembukaan dan Kebijakan Kehumasan\s+4\s+1\s+1\s+1\s+1\s+2/);
    expect(all).toMatch(/3\s+Selasa, 8 Desember 2026\s+08\.00–09\.30\s+Fotografi Kegiatan\s+2\s+1\s+0\s+0\s+0\s+7/);

    // The committee signs at the end, on the batch's last day.
    expect(all).toContain('………………, 8 Desember 2026');
    expect(all).toMatch(/Panitia Penyelenggara\s+NIP\./);
    const last = pdf.pages[pdf.pages.length - 1];
    expect(last).toContain('Panitia Penyelenggara');
    pdf.pages.forEach((page, i) => expect(page).toContain(`Halaman ${i + 1} dari ${pdf.pages.length}`));
    expect(pdf.raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  });

  it('exports the rekap as XLSX with the grid’s cells, NIP as text, and the units on a sheet of their own', async () => {
    const res = await get(`/api/batches/${batch.id}/attendance.xlsx`).expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="rekap-kehadiran-bimtek-kehumasan-digital-angkatan-i.xlsx"');
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Rekap', 'Sesi']);

    const rekap = tableOf(book.getWorksheet('Rekap')!);
    expect(rekap.header).toEqual(['No', 'Nama', 'NIP', 'OPD', 1, 2, 3, 'Hadir', '%']);
    expect(rekap.rows).toHaveLength(grid.people.length);
    grid.people.forEach((person, i) => {
      const { values, nipType } = rekap.rows[i];
      expect(values).toEqual([
        i + 1,
        person.fullName,
        person.nip ?? '',
        'Dinas Komunikasi dan Informatika',
        ...person.cells.map((c: AttendanceRecordView | null) => (c ? LETTER[c.status] : '–')),
        person.attended,
        person.rate,
      ]);
      // 18 digits survive only as text (ValueType.String).
      if (person.nip) {
        expect(typeof values[2]).toBe('string');
        expect(values[2]).toMatch(/^\d{18}$/);
        expect(nipType).toBe(3);
      }
    });
    const sheet = book.getWorksheet('Rekap')!;
    const totals = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(1);
    expect(totals).toEqual(['', 'Jumlah hadir', '', '', 5, 9, 3]);

    const units = book.getWorksheet('Sesi')!;
    expect((units.getRow(1).values as unknown[]).slice(1)).toEqual(['No', 'Hari, tanggal', 'Waktu (WITA)', 'Sesi', 'H', 'T', 'I', 'S', 'A', '–']);
    expect((units.getRow(2).values as unknown[]).slice(1)).toEqual([1, 'Senin, 7 Desember 2026', '08.00–09.30', 'Pembukaan dan Kebijakan Kehumasan', 4, 1, 1, 1, 1, 2]);
    expect((units.getRow(4).values as unknown[]).slice(1)).toEqual([3, 'Selasa, 8 Desember 2026', '08.00–09.30', 'Fotografi Kegiatan', 2, 1, 0, 0, 0, 7]);
    expect(units.rowCount).toBe(4);
  });

  it('prints the daftar hadir of one session with the statuses of that session, the counts and a signature block', async () => {
    const unitKey = sessions[0].id;
    const sheet = (await t.http().get(`/api/batches/${batch.id}/attendance/units/${unitKey}`).set('Authorization', organizer).expect(200)).body as AttendanceUnitSheet;
    const res = await get(`/api/batches/${batch.id}/attendance/units/${unitKey}/daftar-hadir.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="daftar-hadir-bimtek-kehumasan-digital-angkatan-i-2026-12-07-0800.pdf"');
    const pdf = await readPdf(res.body as Buffer);
    const all = pdf.pages.join('\n');
    expect(pdf.pages[0]).toContain('Daftar Hadir');
    expect(pdf.pages[0]).toContain('Bimtek Kehumasan Digital · Angkatan I');
    expect(pdf.pages[0]).toContain('Pembukaan dan Kebijakan Kehumasan');
    expect(pdf.pages[0]).toContain('Senin, 7 Desember 2026');
    expect(pdf.pages[0]).toContain('08.00–09.30 WITA');
    expect(pdf.pages[0]).toMatch(/No\s+Nama\s+NIP\s+OPD\s+Status\s+Jam\s+\(WITA\)\s+Keterangan/);

    sheet.people.forEach((person, i) => {
      const status = person.record ? WORD[person.record.status] : '–';
      expect(all).toMatch(new RegExp(`${i + 1}\\s+${escape(person.fullName)}\\s+${escape(person.nip ?? 'Non-ASN')}\\s+Dinas Komunikasi dan\\s+(Informatika\\s+)?${escape(status)}`));
    });
    expect(all).toMatch(/Dewi Kartika\s+\d{18}\s+Dinas Komunikasi dan\s+(Informatika\s+)?Sakit\s+–\s+Demam,\s+surat\s+dokter\s+menyusul/);
    expect(all).toMatch(/Fajar Nugroho\s+\d{18}\s+Dinas Komunikasi dan\s+(Informatika\s+)?Izin\s+–\s+Rapat\s+koordinasi\s+di\s+kantor\s+Wali\s+Kota/);
    expect(all).toMatch(/Andi Pratama\s+\d{18}\s+Dinas Komunikasi dan\s+(Informatika\s+)?Hadir\s+\d\d\.\d\d/);
    // Counts: hadir, terlambat, izin, sakit, alpa, not recorded, expected.
    expect(sheet.counts).toEqual({ hadir: 4, terlambat: 1, izin: 1, sakit: 1, alpa: 1, none: 2 });
    expect(all).toMatch(/Hadir\s+Terlambat\s+Izin\s+Sakit\s+Alpa\s+Belum tercatat\s+Jumlah peserta\s+4\s+1\s+1\s+1\s+1\s+2\s+10/);
    expect(all).toContain('………………, 7 Desember 2026');
    expect(pdf.pages[pdf.pages.length - 1]).toMatch(/Panitia Penyelenggara\s+NIP\./);
  });

  it('exports the daftar hadir as one sheet with the same statuses', async () => {
    const unitKey = sessions[0].id;
    const sheet = (await t.http().get(`/api/batches/${batch.id}/attendance/units/${unitKey}`).set('Authorization', organizer).expect(200)).body as AttendanceUnitSheet;
    const res = await get(`/api/batches/${batch.id}/attendance/units/${unitKey}/daftar-hadir.xlsx`).expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="daftar-hadir-bimtek-kehumasan-digital-angkatan-i-2026-12-07-0800.xlsx"');
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Daftar Hadir']);
    const table = tableOf(book.worksheets[0]);
    expect(table.header).toEqual(['No', 'Nama', 'NIP', 'OPD', 'Status', 'Jam (WITA)', 'Keterangan']);
    expect(table.rows.map((r) => [r.values[1], r.values[2], r.values[4]])).toEqual(sheet.people.map((p) => [p.fullName, p.nip ?? '', p.record ? WORD[p.record.status] : '–']));
    for (const row of table.rows.filter((r) => r.values[2] !== '')) expect(row.nipType).toBe(3);
    const dewi = table.rows.find((r) => r.values[1] === 'Dewi Kartika')!;
    expect(dewi.values.slice(4)).toEqual(['Sakit', '', 'Demam, surat dokter menyusul']);
    const andi = table.rows.find((r) => r.values[1] === 'Andi Pratama')!;
    expect(andi.values[5]).toMatch(/^\d\d\.\d\d$/);
  });

  it('prints badge sheets: eight to a page, each with the participant’s name, NIP and QR', async () => {
    const res = await get(`/api/batches/${batch.id}/badges.pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="kartu-peserta-bimtek-kehumasan-digital-angkatan-i.pdf"');
    const pdf = await readPdf(res.body as Buffer);
    expect(pdf.pages).toHaveLength(2);
    // Long names wrap on a badge: compare with single spaces.
    const [first, second] = pdf.pages.map((page) => page.replace(/\s+/g, ' '));
    for (const person of people) expect(`${first} ${second}`).toContain(person.fullName);
    for (const person of people.filter((p) => p.nip)) expect(`${first} ${second}`).toContain(`NIP ${person.nip}`);
    expect(second).toContain('Non-ASN');
    expect(first).toContain('Bimtek Kehumasan Digital');
    expect(first).toContain('Angkatan I');
    expect(first).toContain('KARTU PESERTA');
    // In the grid's order (by name): eight on the first page, the last two on the second.
    const order = grid.people.map((p) => p.fullName);
    for (const name of order.slice(0, 8)) expect(second).not.toContain(name);
    for (const name of order.slice(8)) expect(second).toContain(name);
    expect(second).toContain('Halaman 2 dari 2');
  });

  it('speaks English to a caller who asks for it', async () => {
    const res = await download(t.http().get(`/api/batches/${batch.id}/attendance.pdf`).set('Authorization', organizer).set('Accept-Language', 'en')).expect(200);
    const pdf = await readPdf(res.body as Buffer);
    const all = pdf.pages.join('\n');
    expect(all).toContain('Attendance summary');
    expect(all).toMatch(/Andi Pratama\s+P\s+P\s+P\s+3\s+100\.0%/);
    expect(all).toContain('Organizing committee');
  });

  it('prints a per-day batch with days as units', async () => {
    const daily = (
      await t
        .http()
        .post(`/api/programs/${program.id}/batches`)
        .set('Authorization', organizer)
        .send({ capacity: 30, startDate: '2026-12-14', endDate: '2026-12-15', timeZone: 'Asia/Jakarta' })
        .expect(201)
    ).body as BatchView;
    for (const [title, startsAt, endsAt] of [
      ['Kebijakan Kehumasan', '2026-12-14T08:00:00+07:00', '2026-12-14T10:00:00+07:00'],
      ['Praktik Media Sosial', '2026-12-14T13:00:00+07:00', '2026-12-14T15:00:00+07:00'],
      ['Rencana Aksi', '2026-12-15T08:00:00+07:00', '2026-12-15T10:00:00+07:00'],
    ]) {
      await t.http().post(`/api/batches/${daily.id}/timetable/sessions`).set('Authorization', organizer).send({ kind: 'LECTURE', title, startsAt, endsAt }).expect(201);
    }
    await t.http().patch(`/api/batches/${daily.id}/attendance/settings`).set('Authorization', organizer).send({ mode: 'day' }).expect(200);
    await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) VALUES ($1, $2, 'approved'), ($1, $3, 'approved')`, [daily.id, people[0].id, people[1].id]);
    await t.http().post(`/api/batches/${daily.id}/attendance/units/2026-12-14/mark`).set('Authorization', organizer).send({ userIds: [people[0].id], status: 'hadir' }).expect(200);

    const res = await get(`/api/batches/${daily.id}/attendance/units/2026-12-14/daftar-hadir.pdf`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="daftar-hadir-bimtek-kehumasan-digital-angkatan-ii-2026-12-14.pdf"');
    const day = (await readPdf(res.body as Buffer)).pages.join('\n');
    expect(day).toContain('Senin, 14 Desember 2026');
    expect(day).toContain('08.00–15.00 WIB');
    expect(day).toMatch(/Andi Pratama\s+\d{18}\s+Dinas Komunikasi dan\s+(Informatika\s+)?Hadir\s+\d\d\.\d\d/);
    expect(day).toContain('Kebijakan Kehumasan · Praktik Media Sosial');

    const rekap = (await readPdf((await get(`/api/batches/${daily.id}/attendance.pdf`).expect(200)).body as Buffer)).pages.join('\n');
    expect(rekap).toContain('per hari (2 sesi)');
    expect(rekap).toMatch(/Andi Pratama\s+H\s+–\s+1\s+50,0 %/);
  });

  it('is for organizers of the batch’s agency only, and refuses unknown units and batches', async () => {
    const participant = await t.authFor(people[0]);
    const other = await t.agency('Diskominfo Kabupaten Gowa');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    const unitKey = sessions[0].id;
    const paths = [
      `/api/batches/${batch.id}/attendance/units/${unitKey}/daftar-hadir.pdf`,
      `/api/batches/${batch.id}/attendance/units/${unitKey}/daftar-hadir.xlsx`,
      `/api/batches/${batch.id}/attendance.pdf`,
      `/api/batches/${batch.id}/attendance.xlsx`,
      `/api/batches/${batch.id}/badges.pdf`,
    ];
    for (const path of paths) {
      await t.http().get(path).set('Authorization', participant).expect(403);
      await t.http().get(path).set('Authorization', stranger).expect(403);
      await t.http().get(path).expect(401);
    }

    await t.http().get(`/api/batches/${batch.id}/attendance/units/${UUID}/daftar-hadir.pdf`).set('Authorization', organizer).expect(404);
    await t.http().get(`/api/batches/${batch.id}/attendance/units/${UUID}/daftar-hadir.xlsx`).set('Authorization', organizer).expect(404);
    await t.http().get(`/api/batches/${batch.id}/attendance/units/2026-12-09/daftar-hadir.pdf`).set('Authorization', organizer).expect(404);
    await t.http().get(`/api/batches/${batch.id}/attendance/units/not-a-unit/daftar-hadir.pdf`).set('Authorization', organizer).expect(400);
    for (const path of [`/api/batches/${UUID}/attendance.pdf`, `/api/batches/${UUID}/attendance.xlsx`, `/api/batches/${UUID}/badges.pdf`]) {
      await t.http().get(path).set('Authorization', organizer).expect(404);
    }
    await t.http().get('/api/batches/not-a-uuid/attendance.pdf').set('Authorization', organizer).expect(400);
  });
});
