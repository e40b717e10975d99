import type { BatchCertificatesView, CertificateSummary, CertificateTemplateView, CertificateVerification, ErrorBody, FileCheckResult, MyCertificate } from '@bimtek/contracts';
import { JobWorker } from '../../../api/src/app/jobs/job-worker.service';
import { download } from '../support/download';
import { attend, finishedBatch, type FinishedBatch } from '../support/finished-batch';
import { readPdf } from '../support/read-pdf';
import { TestApp } from '../support/test-app';

describe('verifying, revoking and reissuing a certificate', () => {
  let t: TestApp;
  let f: FinishedBatch;
  let person: { user: { id: string; fullName: string; nip: string | null }; auth: string };
  let certificate: CertificateSummary;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKER: 'false' });
    f = await finishedBatch(t);
    [person] = await t.participants(f.batch.id, 1, { agencyId: f.agencyId, unitId: f.unitId, fullName: 'Rina Marlina' });
    await attend(t, f, person.user, 2);
    await t.http().post(`/api/batches/${f.batch.id}/certificates/issue`).set('Authorization', f.organizer).send({ includeAttendance: false }).expect(202);
    await t.app.get(JobWorker).drain();
    [certificate] = ((await t.http().get(`/api/batches/${f.batch.id}/certificates`).set('Authorization', f.organizer).expect(200)).body as BatchCertificatesView).certificates;
    pdf = (await download(t.http().get(`/api/certificates/${certificate.id}/file`).set('Authorization', f.organizer)).expect(200)).body as Buffer;
  });
  afterAll(async () => t.stop());

  const verify = async (code: string) => (await t.http().get(`/api/verify/${code}`).expect(200)).body as CertificateVerification;
  const check = async (code: string, content: Buffer) =>
    (await t.http().post(`/api/verify/${code}/check`).attach('file', content, 'sertifikat.pdf').expect(200)).body as FileCheckResult;

  it('puts the public verification address in the QR code, and shows the certificate there without signing in', async () => {
    // The QR code is also a link, so a tap on it in a PDF viewer opens the same page.
    expect((await readPdf(pdf)).raw).toContain(`/URI (http://bimtek.test/v/${certificate.code})`);
    const v = await verify(certificate.code);
    expect(v).toMatchObject({
      status: 'valid',
      number: certificate.number,
      kind: 'completion',
      name: 'Rina Marlina',
      idLabel: 'NIP',
      trainingTitle: 'Bimtek Pengelolaan Media Sosial',
      batchNumber: 1,
      jp: 32,
      predicate: 'Sangat Memuaskan',
      revokedAt: null,
    });
    expect(v.issuer).toMatch(/^BKPSDM Kota Padang/);
    // Only part of the NIP is shown to the public.
    expect(v.idMasked).toBe(`${person.user.nip?.slice(0, 4)}***********${person.user.nip?.slice(-3)}`);
    expect(JSON.stringify(v)).not.toContain(person.user.nip as string);
  });

  it('tells whether an uploaded PDF is the issued file, byte for byte', async () => {
    expect(await check(certificate.code, pdf)).toMatchObject({ matches: true, sha256: certificate.sha256 });
    const edited = Buffer.from(pdf);
    edited[Math.floor(edited.length / 2)] ^= 0x01;
    expect((await check(certificate.code, edited)).matches).toBe(false);
    const none = await t.http().post(`/api/verify/${certificate.code}/check`).expect(400);
    expect((none.body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'fileRequired' });
  });

  it('answers 404 for codes that do not exist or cannot be codes', async () => {
    await t.http().get('/api/verify/AAAAAAAAAAAAAAAAAAAAAA').expect(404);
    await t.http().get(`/api/verify/${encodeURIComponent("' OR 1=1 --")}`).expect(404);
  });

  it('reissues a correction: the old one is revoked and points to the new, which gets the next number', async () => {
    await t.dataSource.query(`UPDATE app_user SET full_name = 'Rina Marlina Putri' WHERE id = $1`, [person.user.id]);
    const noReason = await t.http().post(`/api/certificates/${certificate.id}/reissue`).set('Authorization', f.organizer).send({}).expect(400);
    expect((noReason.body as ErrorBody).errors?.[0].field).toBe('reason');

    const fresh = (await t.http().post(`/api/certificates/${certificate.id}/reissue`).set('Authorization', f.organizer).send({ reason: 'Nama salah ketik' }).expect(200)).body as CertificateSummary;
    expect(fresh).toMatchObject({ status: 'pending', name: 'Rina Marlina Putri', userId: person.user.id });
    expect(fresh.number).toBe(certificate.number.replace('/1/', '/2/'));
    // While it waits to be rendered, its template cannot change under it.
    const { programId: _p, saved: _s, updatedAt: _u, ...template } = (await t.http().get(`/api/programs/${f.program.id}/certificate-template`).set('Authorization', f.organizer).expect(200)).body as CertificateTemplateView;
    const busy = await t.http().put(`/api/programs/${f.program.id}/certificate-template`).set('Authorization', f.organizer).send({ ...template, title: 'PIAGAM' }).expect(409);
    expect((busy.body as ErrorBody).code).toBe('ISSUANCE_RUNNING');
    await t.app.get(JobWorker).drain();

    const old = await verify(certificate.code);
    expect(old).toMatchObject({ status: 'replaced', revokeReason: 'Nama salah ketik', replacedByCode: fresh.code, name: 'Rina Marlina' });
    expect(await verify(fresh.code)).toMatchObject({ status: 'valid', name: 'Rina Marlina Putri' });
    const mine = (await t.http().get('/api/my/certificates').set('Authorization', person.auth).expect(200)).body as MyCertificate[];
    expect(mine.map((c) => c.status).sort()).toEqual(['revoked', 'valid']);
    // The old file still verifies as the file that was issued, now revoked.
    expect((await check(certificate.code, pdf)).matches).toBe(true);
    expect(((await t.http().post(`/api/certificates/${certificate.id}/reissue`).set('Authorization', f.organizer).send({ reason: 'lagi' }).expect(409)).body as ErrorBody).code).toBe('CERTIFICATE_NOT_VALID');
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_entry WHERE action = 'certificate.reissued'`);
    expect(audit.details).toMatchObject({ certificateId: certificate.id, newCertificateId: fresh.id, reason: 'Nama salah ketik' });
  });

  it('revokes with a reason, and the public page says so', async () => {
    const [current] = ((await t.http().get('/api/my/certificates').set('Authorization', person.auth).expect(200)).body as MyCertificate[]).filter((c) => c.status === 'valid');
    await t.http().post(`/api/certificates/${current.id}/revoke`).set('Authorization', person.auth).send({ reason: 'x' }).expect(403);
    const revoked = (await t.http().post(`/api/certificates/${current.id}/revoke`).set('Authorization', f.organizer).send({ reason: 'Peserta tidak memenuhi syarat kehadiran' }).expect(200)).body as CertificateSummary;
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: 'Peserta tidak memenuhi syarat kehadiran', replacedById: null });
    const v = await verify(current.code);
    expect(v).toMatchObject({ status: 'revoked', revokeReason: 'Peserta tidak memenuhi syarat kehadiran', replacedByCode: null });
    expect(v.revokedAt).not.toBeNull();
    await t.http().post(`/api/certificates/${current.id}/revoke`).set('Authorization', f.organizer).send({ reason: 'lagi' }).expect(409);
    // With no current certificate left, the person can be issued one again.
    await t.http().post(`/api/batches/${f.batch.id}/certificates/issue`).set('Authorization', f.organizer).send({ includeAttendance: false }).expect(202);
  });
});
