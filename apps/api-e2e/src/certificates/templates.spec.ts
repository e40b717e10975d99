import type { BatchCertificatesView, CertificateTemplateInput, CertificateTemplateView, CertificateVerification, ErrorBody, TemplateImageView } from '@bimtek/contracts';
import { verifyPdfSignature } from '@bimtek/certificates';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { JobWorker } from '../../../api/src/app/jobs/job-worker.service';
import { download } from '../support/download';
import { attend, finishedBatch, type FinishedBatch } from '../support/finished-batch';
import { readPdf } from '../support/read-pdf';
import { TestApp } from '../support/test-app';

/** A throwaway self-signed key and certificate as PKCS#12, like the one a PSrE would issue. */
function makeP12(dir: string): string {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const p12 = join(dir, 'signer.p12');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=Kepala BKPSDM Uji/O=Pemerintah Kota Uji']);
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', key, '-in', cert, '-out', p12, '-passout', 'pass:rahasia']);
  return p12;
}

describe('certificate templates, preview and signed PDFs', () => {
  let t: TestApp;
  let f: FinishedBatch;
  let base: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bimtek-p12-'));
    t = await TestApp.start({ JOB_WORKER: 'false', CERT_SIGN_P12: makeP12(dir), CERT_SIGN_PASSPHRASE: 'rahasia' });
    f = await finishedBatch(t);
    base = `/api/programs/${f.program.id}/certificate-template`;
  });
  afterAll(async () => t.stop());

  const template = async () => (await t.http().get(base).set('Authorization', f.organizer).expect(200)).body as CertificateTemplateView;
  /** The editable part of the view, as the editor sends it back. */
  const input = async (): Promise<CertificateTemplateInput> => {
    const { programId: _programId, saved: _saved, updatedAt: _updatedAt, ...editable } = await template();
    return editable;
  };
  const upload = (content: Buffer, name = 'logo.png') => t.http().post(`${base}/images`).set('Authorization', f.organizer).attach('file', content, name);

  it('starts from a default made from the agency', async () => {
    const view = await template();
    expect(view).toMatchObject({ saved: false, numberPattern: '800/{seq}/{unit}/{year}', place: 'Padang', orientation: 'landscape', modulesPage: true });
    expect(view.body).toContain('{pelatihan}');
  });

  it('refuses a number pattern without one {seq}, too many signers and images of another programme', async () => {
    const current = await input();
    const put = async (body: object) => ((await t.http().put(base).set('Authorization', f.organizer).send(body).expect(400)).body as ErrorBody).errors?.[0];
    expect(await put({ ...current, numberPattern: '800/{unit}/{year}' })).toMatchObject({ field: 'numberPattern', code: 'numberPattern' });
    // Without the year, next January's numbers would repeat this year's.
    expect(await put({ ...current, numberPattern: '800/{seq}/{unit}' })).toMatchObject({ field: 'numberPattern', code: 'numberPattern' });
    expect(await put({ ...current, numberPattern: `${'{unit}/'.repeat(12)}{seq}/{year}` })).toMatchObject({ field: 'numberPattern', code: 'numberTooLong' });
    const signer = { name: 'A', title: 'B', nip: null, signatureImageId: null };
    expect(await put({ ...current, signers: [signer, signer, signer, signer] })).toMatchObject({ field: 'signers' });
    expect(await put({ ...current, logoImageId: '0b5e9a52-0000-4000-8000-000000000000' })).toMatchObject({ field: 'logoImageId', code: 'imageNotFound' });
    expect(await put({ ...current, signers: [{ ...signer, nip: '12345' }] })).toMatchObject({ field: 'signers.0.nip' });
  });

  it('accepts PNG and JPEG images only, read from their bytes', async () => {
    const png = await sharp({ create: { width: 120, height: 120, channels: 4, background: '#0a5' } }).png().toBuffer();
    const logo = (await upload(png).expect(201)).body as TemplateImageView;
    expect(logo).toMatchObject({ contentType: 'image/png', width: 120, height: 120 });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(((await upload(svg, 'logo.png').expect(400)).body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'imageType' });
    expect(((await upload(png.subarray(0, 60), 'cut.png').expect(400)).body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'imageUnreadable' });
    // A few KB that would decode to 64 million pixels in every render thread.
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(((await upload(huge, 'huge.png').expect(400)).body as ErrorBody).errors?.[0]).toMatchObject({ field: 'file', code: 'imageDimensions' });
    const image = await download(t.http().get(`${base}/images/${logo.id}`).set('Authorization', f.organizer)).expect(200);
    expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
  });

  it('previews the template as typed, before it is saved', async () => {
    const edited = { ...(await input()), title: 'PIAGAM PENGHARGAAN' };
    const res = await download(t.http().post(`${base}/preview`).set('Authorization', f.organizer).send(edited)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await readPdf(res.body as Buffer)).pages.join(' ');
    expect(text).toContain('PIAGAM PENGHARGAAN');
    expect(text).toContain('Bimtek Pengelolaan Media Sosial');
    expect((await template()).saved).toBe(false);
    const [participant] = await t.participants(f.batch.id, 1, { agencyId: f.agencyId });
    await t.http().post(`${base}/preview`).set('Authorization', participant.auth).send(edited).expect(403);
  });

  it('issues with the saved template and signs every PDF when a key is configured', async () => {
    const png = await sharp({ create: { width: 200, height: 80, channels: 3, background: '#123' } }).jpeg().toBuffer();
    const signature = (await upload(png, 'ttd.jpg').expect(201)).body as TemplateImageView;
    const edited: CertificateTemplateInput = {
      ...(await input()),
      title: 'SERTIFIKAT KOMPETENSI',
      numberPattern: '800.1/{seq:3}/{unit}/{month}/{year}',
      signers: [{ name: 'Drs. Andree Algamar, M.M.', title: 'Kepala BKPSDM Kota Padang', nip: '197001011995031001', signatureImageId: signature.id }],
    };
    const saved = (await t.http().put(base).set('Authorization', f.organizer).send(edited).expect(200)).body as CertificateTemplateView;
    expect(saved).toMatchObject({ saved: true, title: 'SERTIFIKAT KOMPETENSI' });

    const [person] = await t.participants(f.batch.id, 1, { agencyId: f.agencyId, unitId: f.unitId });
    await attend(t, f, person.user, 2);
    await t.dataSource.query(`DELETE FROM enrollment WHERE batch_id = $1 AND user_id <> $2`, [f.batch.id, person.user.id]);
    await t.http().post(`/api/batches/${f.batch.id}/certificates/issue`).set('Authorization', f.organizer).send({ includeAttendance: false }).expect(202);
    await t.app.get(JobWorker).drain();
    const [certificate] = ((await t.http().get(`/api/batches/${f.batch.id}/certificates`).set('Authorization', f.organizer).expect(200)).body as BatchCertificatesView).certificates;
    expect(certificate.number).toMatch(/^800\.1\/001\/BKPSDM[A-Z0-9]+\/[IVX]+\/\d{4}$/);
    expect(certificate.signed).toBe(true);

    const pdf = (await download(t.http().get(`/api/certificates/${certificate.id}/file`).set('Authorization', f.organizer)).expect(200)).body as Buffer;
    expect(verifyPdfSignature(pdf)).toMatchObject({ signed: true, intact: true });
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('SERTIFIKAT KOMPETENSI') > 0 ? tampered.indexOf('SERTIFIKAT KOMPETENSI') : 200;
    tampered[at] ^= 0x01;
    expect(verifyPdfSignature(tampered).intact).toBe(false);
    const text = (await readPdf(pdf)).pages.join(' ');
    expect(text).toContain('SERTIFIKAT KOMPETENSI');
    expect(text).toContain('Drs. Andree Algamar, M.M.');
    expect(((await t.http().get(`/api/verify/${certificate.code}`).expect(200)).body as CertificateVerification).signed).toBe(true);
  });
});
