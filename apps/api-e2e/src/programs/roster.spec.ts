import type { BatchView, ErrorBody, Page, EnrollmentView, ProgramView, RosterImportResult, RosterPreview } from '@bimtek/contracts';
import { composeNik, composeNip } from '@bimtek/domain';
import { Workbook } from 'exceljs';
import { TestApp } from '../support/test-app';

const nip = (serial: number) => composeNip({ birthDate: '1990-01-15', serviceStartYear: 2015, serviceStartMonth: 4, gender: serial % 2 ? 'male' : 'female', serial });

describe('importing participants from a spreadsheet', () => {
  let t: TestApp;
  let organizer: string;
  let agencyId: string;
  let program: ProgramView;

  beforeAll(async () => {
    t = await TestApp.start();
    const { agency } = await t.agency('BKPSDM Kota Padang');
    agencyId = agency.id;
    await t.dataSource.query(`INSERT INTO unit (agency_id, name, code) VALUES ($1, 'Dinas Pendidikan', 'DISDIK'), ($1, 'Kecamatan Kuranji', NULL)`, [agencyId]);
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer);
  });
  afterAll(async () => t.stop());

  let month = 0;
  const batch = async (capacity = 40) => {
    month++;
    const start = `2025-${String(month).padStart(2, '0')}-10`;
    return (await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity, startDate: start, endDate: start }).expect(201)).body as BatchView;
  };
  const csv = (lines: string[]) => Buffer.from(['NIP;NIK;Nama;Email;No HP;OPD;Pangkat/Golongan;Jabatan', ...lines].join('\r\n'));
  const upload = (batchId: string, file: Buffer, name = 'peserta.csv', preview = true) =>
    t.http().post(`/api/batches/${batchId}/roster${preview ? '/preview' : ''}`).set('Authorization', organizer).attach('file', file, name);

  it('previews every row’s problems before writing anything', async () => {
    const b = await batch();
    const file = csv([
      `${nip(1)};;Rina Marlina;rina@padang.go.id;081211112222;Dinas Pendidikan;III/a;Pengelola Media Sosial`,
      `199002302015041002;;NIP Salah;salah@padang.go.id;;DISDIK;;`,
      `${nip(1)};;Rina Lagi;rina2@padang.go.id;;Dinas Pendidikan;;`,
      `${nip(3)};;Tanpa OPD Dikenal;opd@padang.go.id;;Dinas Rahasia;;`,
      `;${composeNik({ regionCode: '137101', birthDate: '1999-03-03', gender: 'male', serial: 7 })};Honorer;honorer@padang.go.id;;Kecamatan Kuranji;;`,
      `;;Tanpa Nomor;kosong@padang.go.id;;;;`,
    ]);
    const preview = (await upload(b.id, file).expect(201)).body as RosterPreview;
    expect(preview).toMatchObject({ total: 6, toCreate: 2, withProblems: 4 });
    const problems = Object.fromEntries(preview.rows.map((r) => [r.row, r.problems.map((p) => p.code)]));
    expect(problems).toEqual({ 2: [], 3: ['isNip.birthDate'], 4: ['duplicateRow'], 5: ['unknownUnit'], 6: [], 7: ['nipOrNikRequired'] });
    expect(preview.rows[3].problems[0].message).toBe('OPD "Dinas Rahasia" tidak dikenal di instansi ini.');
    const [count] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM enrollment WHERE batch_id = $1', [b.id]);
    expect(count?.n).toBe(0);

    // The import refuses the whole file while any row has a problem.
    const refused = await upload(b.id, file, 'peserta.csv', false).expect(400);
    expect((refused.body as ErrorBody).errors?.map((e) => e.field)).toContain('rows.3.nip');
    const [after] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE email = 'rina@padang.go.id'`);
    expect(after?.n).toBe(0);
  });

  it('matches existing accounts, creates the rest, and changes nothing when the same file comes again', async () => {
    const b = await batch(2);
    const known = await t.person({ agencyId, nip: nip(21), email: 'sudah.ada@padang.go.id' });
    const file = csv([
      `${nip(21)};;Nama Lain Di File;;;DISDIK;;`,
      `${nip(22)};;Budi Santoso;budi@padang.go.id;0812 3333 4444;DISDIK;IX;Pranata Humas`,
      `${nip(23)};;Dewi Lestari;dewi@padang.go.id;;Kecamatan Kuranji;III/b;`,
    ]);
    const first = (await upload(b.id, file, 'peserta.csv', false).expect(201)).body as RosterImportResult;
    expect(first).toMatchObject({ toMatch: 1, toCreate: 2, accountsCreated: 2, enrolled: 2, waitlisted: 1 });
    expect(first.rows[0]).toMatchObject({ action: 'match', userId: known.id });

    const again = (await upload(b.id, file, 'peserta.csv', false).expect(201)).body as RosterImportResult;
    expect(again).toMatchObject({ alreadyEnrolled: 3, accountsCreated: 0, enrolled: 0, waitlisted: 0 });
    const [users] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE email IN ('budi@padang.go.id', 'dewi@padang.go.id')`);
    expect(users?.n).toBe(2);
    const [budi] = await t.dataSource.query<{ employment_type: string; rank: string; phone: string }[]>(`SELECT employment_type, rank, phone FROM app_user WHERE email = 'budi@padang.go.id'`);
    expect(budi).toEqual({ employment_type: 'PPPK', rank: 'IX', phone: '0812 3333 4444' });
    const list = (await t.http().get(`/api/batches/${b.id}/enrollments`).set('Authorization', organizer).expect(200)).body as Page<EnrollmentView>;
    expect(list.items.map((e) => e.status).sort()).toEqual(['approved', 'approved', 'waitlisted']);
    // Imported accounts cannot sign in until the person sets a password.
    await t.http().post('/api/auth/login').send({ login: 'budi@padang.go.id', password: '!imported' }).expect(401);
  });

  it('exports the participant list to XLSX with every NIP digit', async () => {
    const b = await batch();
    await upload(b.id, csv([`${nip(41)};;Gilang Pratama;gilang@padang.go.id;;DISDIK;III/a;Pengelola Media Sosial`]), 'peserta.csv', false).expect(201);
    const res = await t.http().get(`/api/batches/${b.id}/roster.xlsx`).set('Authorization', organizer).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-disposition']).toMatch(/peserta-bimtek-media-sosial-angkatan-[ivx]+\.xlsx/);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'No', 'Nama', 'NIP', 'NIK', 'Email', 'Telepon', 'OPD', 'Pangkat/Golongan', 'Jabatan', 'Status']);
    expect(sheet.getRow(2).getCell(3).value).toBe(nip(41));
    expect(sheet.getRow(2).getCell(10).value).toBe('Disetujui');
  });

  it('reads an XLSX workbook as Excel saves it', async () => {
    const b = await batch();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Peserta');
    sheet.addRow(['No', 'Nama Lengkap', 'NIP', 'E-mail', 'Unit Kerja']);
    sheet.addRow([1, 'Fajar Hidayat', nip(31), 'fajar@padang.go.id', 'Dinas Pendidikan']);
    sheet.addRow([2, 'Sari Handayani', nip(32), 'sari@padang.go.id', 'DISDIK']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await upload(b.id, file, 'peserta.xlsx').expect(201)).body as RosterPreview;
    expect(preview).toMatchObject({ total: 2, toCreate: 2, withProblems: 0 });
    expect(preview.rows.map((r) => r.unitName)).toEqual(['Dinas Pendidikan', 'Dinas Pendidikan']);
  });

  it('explains a file it cannot use', async () => {
    const b = await batch();
    const noColumns = await upload(b.id, Buffer.from('Foo;Bar\n1;2')).expect(400);
    expect((noColumns.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'rosterColumnsMissing' });
    const broken = await upload(b.id, Buffer.from('PK\u0003\u0004 not really a workbook'), 'x.xlsx').expect(400);
    expect((broken.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'unreadableFile' });
    await t.http().post(`/api/batches/${b.id}/roster/preview`).set('Authorization', organizer).expect(400);
    const participant = await t.authFor(await t.person({ agencyId }));
    await upload(b.id, csv([])).set('Authorization', participant).expect(403);
  });

  it('says when an account has another NIP without showing it, and takes nobody into a finished batch', async () => {
    const b = await batch(5);
    await t.person({ agencyId, nip: nip(61), email: 'tercatat@padang.go.id' });
    const preview = (await upload(b.id, csv([`${nip(62)};;Salah NIP;tercatat@padang.go.id;;DISDIK;;`])).expect(201)).body as RosterPreview;
    expect(preview.rows[0]?.problems).toEqual([expect.objectContaining({ field: 'nip', code: 'nipMismatch', message: expect.stringMatching(/NIP lain/) })]);
    expect(JSON.stringify(preview)).not.toContain(nip(61));

    const done = await batch(5);
    for (const status of ['registration_open', 'running', 'finished']) {
      await t.http().post(`/api/batches/${done.id}/status`).set('Authorization', organizer).send({ status }).expect(201);
    }
    const file = csv([`${nip(63)};;Terlambat;terlambat@padang.go.id;;DISDIK;;`]);
    expect(((await upload(done.id, file).expect(409)).body as ErrorBody).code).toBe('BATCH_STATE_FORBIDS');
    await upload(done.id, file, 'peserta.csv', false).expect(409);
    const [count] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app_user WHERE email = 'terlambat@padang.go.id'`);
    expect(count?.n).toBe(0);
  });
});
