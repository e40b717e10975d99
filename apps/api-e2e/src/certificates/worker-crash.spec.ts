import type { BatchCertificatesView, JobView } from '@bimtek/contracts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { JobWorker } from '../../../api/src/app/jobs/job-worker.service';
import { download } from '../support/download';
import { attend, finishedBatch, type FinishedBatch } from '../support/finished-batch';
import { TestApp } from '../support/test-app';

const root = join(__dirname, '..', '..', '..', '..');
const PEOPLE = 60;

/** Starts the API with its worker in a child process; resolves once it is ready. */
function startWorker(t: TestApp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'support', 'worker-child.ts')], {
    cwd: root,
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(root, 'apps/api/tsconfig.app.json'),
      DATABASE_URL: t.databaseUrl,
      JWT_SECRET: t.config.jwtSecret,
      PUBLIC_URL: t.config.publicUrl,
      DATA_DIR: t.config.dataDir,
      BIMTEK_DEMO: 'false',
      PORT: '0',
      JOB_WORKER: 'true',
      JOB_LEASE_SECONDS: '3',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) resolve(child);
      if (out.includes('FAILED')) reject(new Error(out));
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${out}`)));
  });
}

describe('a worker killed in the middle of an issuance', () => {
  let t: TestApp;
  let f: FinishedBatch;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKER: 'false', JOB_LEASE_SECONDS: '3' });
    f = await finishedBatch(t);
    const people = await t.participants(f.batch.id, PEOPLE, { agencyId: f.agencyId, unitId: f.unitId });
    for (const p of people) await attend(t, f, p.user, 2);
  }, 60_000);
  afterAll(async () => t.stop());

  it('is finished by the next worker with no duplicate and nothing missing', async () => {
    const job = (await t.http().post(`/api/batches/${f.batch.id}/certificates/issue`).set('Authorization', f.organizer).send({ includeAttendance: false }).expect(202)).body as JobView;
    const worker = await startWorker(t);
    // Kill it once it has rendered some certificates but not all.
    for (;;) {
      const [{ valid }] = await t.dataSource.query(`SELECT count(*)::int AS valid FROM certificate WHERE batch_id = $1 AND status = 'valid'`, [f.batch.id]);
      if (valid >= 5) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));

    const [state] = await t.dataSource.query(`SELECT status, attempts FROM job WHERE id = $1`, [job.id]);
    expect(state).toMatchObject({ status: 'running', attempts: 1 });
    const [{ valid: before }] = await t.dataSource.query(`SELECT count(*)::int AS valid FROM certificate WHERE batch_id = $1 AND status = 'valid'`, [f.batch.id]);
    expect(before).toBeLessThan(PEOPLE);

    // The dead worker's lease runs out; this process's worker takes the job over.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await t.app.get(JobWorker).drain();

    const done = (await t.http().get(`/api/jobs/${job.id}`).set('Authorization', f.organizer).expect(200)).body as JobView;
    expect(done).toMatchObject({ status: 'done', done: PEOPLE, total: PEOPLE });
    const { certificates } = (await t.http().get(`/api/batches/${f.batch.id}/certificates`).set('Authorization', f.organizer).expect(200)).body as BatchCertificatesView;
    expect(certificates).toHaveLength(PEOPLE);
    expect(new Set(certificates.map((c) => c.userId)).size).toBe(PEOPLE);
    expect(certificates.every((c) => c.status === 'valid')).toBe(true);
    const seqs = (await t.dataSource.query<{ seq: number }[]>(`SELECT seq FROM certificate WHERE batch_id = $1 ORDER BY seq`, [f.batch.id])).map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: PEOPLE }, (_, i) => i + 1));
    // Every stored file is the one whose hash was recorded.
    for (const certificate of certificates.slice(0, 10)) {
      const pdf = (await download(t.http().get(`/api/certificates/${certificate.id}/file`).set('Authorization', f.organizer)).expect(200)).body as Buffer;
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(certificate.sha256);
    }
  }, 120_000);
});
