import type { BatchCertificatesView, ErrorBody, JobView, MyCertificate } from '@bimtek/contracts';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { JobWorker } from '../../../api/src/app/jobs/job-worker.service';
import { download } from '../support/download';
import { attend, finishedBatch, wibDay, type FinishedBatch } from '../support/finished-batch';
import { readPdf } from '../support/read-pdf';
import { TestApp } from '../support/test-app';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('issuing a batch’s certificates', () => {
  let t: TestApp;
  let f: FinishedBatch;
  let people: { user: { id: string; fullName: string }; auth: string }[];

  beforeAll(async () => {
    // The test drives the worker itself (drain), so nothing runs behind its back.
    t = await TestApp.start({ JOB_WORKER: 'false' });
    f = await finishedBatch(t);
    people = await t.participants(f.batch.id, 5, { agencyId: f.agencyId, unitId: f.unitId });
    for (const p of people.slice(0, 3)) await attend(t, f, p.user, 2);
    await attend(t, f, people[3].user, 1);
  });
  afterAll(async () => t.stop());

  const issue = (batchId: string, includeAttendance: boolean, auth = f.organizer) =>
    t.http().post(`/api/batches/${batchId}/certificates/issue`).set('Authorization', auth).send({ includeAttendance });
  const list = async (batchId = f.batch.id, auth = f.organizer) => (await t.http().get(`/api/batches/${batchId}/certificates`).set('Authorization', auth).expect(200)).body as BatchCertificatesView;
  const drain = () => t.app.get(JobWorker).drain();

  it('refuses a batch that has not ended yet', async () => {
    const running = await t.batch(f.organizer, f.program.id, { startDate: wibDay(-1), endDate: wibDay(1) });
    const res = await issue(running.id, false).expect(409);
    expect((res.body as ErrorBody).code).toBe('BATCH_NOT_FINISHED');
  });

  it('issues numbered certificates to those who passed, as a job whose progress can be followed', async () => {
    const res = await issue(f.batch.id, false).expect(202);
    const job = res.body as JobView;
    expect(job).toMatchObject({ status: 'queued', total: 3, done: 0 });
    // Pressing again while it waits gives the same job; asking for more than it covers must wait.
    expect(((await issue(f.batch.id, false).expect(202)).body as JobView).id).toBe(job.id);
    expect(((await issue(f.batch.id, true).expect(409)).body as ErrorBody).code).toBe('ISSUANCE_RUNNING');

    await drain();
    const done = (await t.http().get(`/api/jobs/${job.id}`).set('Authorization', f.organizer).expect(200)).body as JobView;
    expect(done).toMatchObject({ status: 'done', done: 3, total: 3 });

    const { certificates } = await list();
    expect(certificates).toHaveLength(3);
    expect(certificates.every((c) => c.status === 'valid' && c.kind === 'completion' && c.predicate === 'Sangat Memuaskan')).toBe(true);
    const year = wibDay(0).slice(0, 4);
    const agencyCode = (await t.dataSource.query(`SELECT code FROM agency WHERE id = $1`, [f.agencyId]))[0].code as string;
    expect(certificates.map((c) => c.number)).toEqual([1, 2, 3].map((n) => `800/${n}/${agencyCode}/${year}`));
    expect(new Set(people.slice(0, 3).map((p) => p.user.id))).toEqual(new Set(certificates.map((c) => c.userId)));
  });

  it('renders a PDF whose text carries the certificate and whose SHA-256 is the stored one', async () => {
    const { certificates } = await list();
    const first = certificates[0];
    const pdf = (await download(t.http().get(`/api/certificates/${first.id}/file`).set('Authorization', f.organizer)).expect(200)).body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdf)).toBe(first.sha256);
    expect(pdf.length).toBe(first.sizeBytes);
    expect(pdf.length).toBeLessThan(40 * 1024);
    const text = (await readPdf(pdf)).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(first.number);
    expect(text).toContain(first.name);
    expect(text).toContain('Bimtek Pengelolaan Media Sosial');
    expect(text).toContain('Sangat Memuaskan');
    expect(text).toContain('Jurnalistik dasar');
  });

  it('gives certificates of attendance to the others only when asked, and then has nothing left to issue', async () => {
    expect(((await issue(f.batch.id, false).expect(409)).body as ErrorBody).code).toBe('NOTHING_TO_ISSUE');
    await issue(f.batch.id, true).expect(202);
    await drain();
    const { certificates } = await list();
    expect(certificates).toHaveLength(5);
    expect(certificates.slice(3).map((c) => ({ kind: c.kind, predicate: c.predicate }))).toEqual([
      { kind: 'attendance', predicate: null },
      { kind: 'attendance', predicate: null },
    ]);
    const text = (await readPdf((await download(t.http().get(`/api/certificates/${certificates[3].id}/file`).set('Authorization', f.organizer)).expect(200)).body as Buffer)).pages.join(' ');
    expect(text).toContain('SURAT KETERANGAN');
  });

  it('lets each participant download their own certificate, and nobody else’s', async () => {
    const [mine] = (await t.http().get('/api/my/certificates').set('Authorization', people[0].auth).expect(200)).body as MyCertificate[];
    expect(mine).toMatchObject({ userId: people[0].user.id, status: 'valid', programTitle: 'Bimtek Pengelolaan Media Sosial', jp: 32, batchId: f.batch.id });
    const pdf = (await download(t.http().get(`/api/my/certificates/${mine.id}/file`).set('Authorization', people[0].auth)).expect(200)).body as Buffer;
    expect(sha256(pdf)).toBe(mine.sha256);
    await t.http().get(`/api/my/certificates/${mine.id}/file`).set('Authorization', people[1].auth).expect(404);
    await t.http().get(`/api/certificates/${mine.id}/file`).set('Authorization', people[1].auth).expect(403);
    const other = await t.agency('BKPSDM Lain');
    const stranger = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
    await t.http().get(`/api/certificates/${mine.id}/file`).set('Authorization', stranger).expect(403);
    await t.http().get(`/api/batches/${f.batch.id}/certificates/archive`).set('Authorization', stranger).expect(403);
    await t.http().get(`/api/my/certificates`).expect(401);
  });

  it('streams the batch as one ZIP of the issued PDFs, byte for byte', async () => {
    const res = await download(t.http().get(`/api/batches/${f.batch.id}/certificates/archive`).set('Authorization', f.organizer)).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const names = Object.keys(zip.files).sort();
    const { certificates } = await list();
    expect(names).toHaveLength(certificates.length);
    for (const certificate of certificates) {
      const name = names.find((n) => n.startsWith(certificate.number.replace(/\//g, '-')));
      expect(name).toBeDefined();
      expect(sha256(await zip.files[name as string].async('nodebuffer'))).toBe(certificate.sha256);
    }
  });

  it('numbers without duplicates or gaps when two organizers issue at the same moment', async () => {
    const secondOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: f.agencyId }));
    const batches = [];
    for (let i = 0; i < 3; i++) {
      const other = await finishedBatch(t, { agency: { id: f.agencyId, unitId: f.unitId }, organizer: f.organizer });
      const crowd = await t.participants(other.batch.id, 12, { agencyId: f.agencyId });
      for (const p of crowd) await attend(t, other, p.user, 2);
      batches.push(other);
    }
    // Two organizers press at once on the same batch, and on two others.
    const responses = await Promise.all([
      issue(batches[0].batch.id, false, f.organizer),
      issue(batches[0].batch.id, false, secondOrganizer),
      issue(batches[1].batch.id, false, f.organizer),
      issue(batches[2].batch.id, false, secondOrganizer),
    ]);
    expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202]);
    expect(responses[0].body.id).toBe(responses[1].body.id);
    // Two workers on the same database, like two replicas.
    const second = await TestApp.attach(t);
    await Promise.all([drain(), second.app.get(JobWorker).drain()]);
    await second.close();

    const rows = await t.dataSource.query<{ seq: number; user_id: string; batch_id: string }[]>(`SELECT seq, user_id, batch_id FROM certificate WHERE agency_id = $1 ORDER BY seq`, [f.agencyId]);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows).toHaveLength(5 + 36);
    expect(new Set(rows.map((r) => `${r.batch_id}:${r.user_id}`)).size).toBe(rows.length);
    const [{ last_seq }] = await t.dataSource.query(`SELECT last_seq FROM certificate_sequence WHERE agency_id = $1`, [f.agencyId]);
    expect(last_seq).toBe(rows.length);
  });
});
