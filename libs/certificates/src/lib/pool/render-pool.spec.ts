import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { jobFor, padangTemplate } from '../../test/fixtures';
import { readPdf } from '../../test/read-pdf';
import { throwawaySigningKey } from '../../test/signing-key';
import { renderCertificate } from '../render-certificate';
import type { RenderJob } from '../render-job';
import { verifyPdfSignature } from '../signing/verify-signature';
import { CertificateRenderPool } from './render-pool';
import type { RenderRequest } from './worker-protocol';

const workerPath = join(__dirname, '../../test/test-render-worker.js');

const participant = (job: RenderJob, i: number): RenderJob => ({
  ...job,
  snapshot: { ...job.snapshot, number: `800/${i}/BKPSDM/2026`, participant: { ...job.snapshot.participant, name: `Peserta Nomor ${i}` } },
});

describe(CertificateRenderPool.name, () => {
  describe('without threads', () => {
    it('renders what renderCertificate renders', async () => {
      const pool = new CertificateRenderPool({ threads: 0 });
      const job = jobFor(padangTemplate());
      const [pooled, direct] = await Promise.all([pool.render(job).then(readPdf), readPdf(renderCertificate(job))]);
      expect(pooled.pages).toEqual(direct.pages);
      await pool.close();
    });

    it('signs when given a key', async () => {
      const pool = new CertificateRenderPool({ threads: 0, signing: throwawaySigningKey('BKPSDM Kota Padang') });
      expect(verifyPdfSignature(await pool.render(jobFor(padangTemplate())))).toEqual({ signed: true, intact: true, signerName: 'BKPSDM Kota Padang' });
      await pool.close();
    });

    it('refuses a signing key with the wrong passphrase at once', () => {
      expect(() => new CertificateRenderPool({ threads: 2, signing: { ...throwawaySigningKey('BKPSDM Kota Padang'), passphrase: 'salah' } })).toThrow();
    });

    it('refuses jobs once closed', async () => {
      const pool = new CertificateRenderPool({ threads: 0 });
      await pool.close();
      await expect(pool.render(jobFor(padangTemplate()))).rejects.toThrow('closed');
    });
  });

  describe('with worker threads', () => {
    jest.setTimeout(60_000);
    let postMessage: jest.SpyInstance;

    beforeEach(() => {
      postMessage = jest.spyOn(Worker.prototype, 'postMessage');
    });
    afterEach(() => postMessage.mockRestore());

    const requests = () => postMessage.mock.calls.map(([request]) => request as RenderRequest);

    it('renders in the workers what renderCertificate renders, sending each layout to a worker once', async () => {
      const pool = new CertificateRenderPool({ threads: 2, workerPath });
      const first = jobFor(padangTemplate());
      const jobs = Array.from({ length: 8 }, (_, i) => participant(first, i));
      const pdfs = await Promise.all(jobs.map((job) => pool.render(job)));

      expect((await readPdf(pdfs[5])).pages).toEqual((await readPdf(renderCertificate(jobs[5]))).pages);
      expect(requests()).toHaveLength(8);
      expect(requests().filter((request) => request.layout).length).toBeLessThanOrEqual(2);

      const other = jobFor({ ...padangTemplate(), title: 'PIAGAM PENGHARGAAN' });
      const [pdf] = await Promise.all([pool.render(other), pool.render(participant(first, 9))]);
      expect((await readPdf(pdf)).pages[0]).toContain('PIAGAM PENGHARGAAN');
      expect(requests().filter((request) => request.layout?.key === other.layout.key)).toHaveLength(1);
      await pool.close();
    });

    it('signs in the workers', async () => {
      const pool = new CertificateRenderPool({ threads: 1, workerPath, signing: throwawaySigningKey('BKPSDM Kota Padang') });
      expect(verifyPdfSignature(await pool.render(jobFor(padangTemplate())))).toMatchObject({ signed: true, intact: true });
      await pool.close();
    });

    it('rejects the jobs of a worker that dies, replaces it and carries on', async () => {
      const pool = new CertificateRenderPool({ threads: 1, workerPath });
      const job = jobFor(padangTemplate());
      const crashing = pool.render({ ...job, verifyUrl: 'https://bimtek.padang.go.id/v/crash' });
      const queuedBehind = pool.render(participant(job, 1));
      await expect(crashing).rejects.toThrow('exit code 3');
      await expect(queuedBehind).rejects.toThrow('exit code 3');

      const pdf = await pool.render(participant(job, 2));
      expect((await readPdf(pdf)).pages[0]).toContain('Peserta Nomor 2');
      // The new worker had never seen the layout, so it was sent again.
      expect(requests().filter((request) => request.layout)).toHaveLength(2);
      await pool.close();
    });

    it('reports a render error for that job only', async () => {
      const pool = new CertificateRenderPool({ threads: 1, workerPath });
      const broken = jobFor(padangTemplate(), {}, { logo: Buffer.from('GIF89a not an image') });
      await expect(pool.render(broken)).rejects.toThrow('Template images must be PNG or JPEG');
      await expect(pool.render(jobFor(padangTemplate()))).resolves.toBeInstanceOf(Buffer);
      await pool.close();
    });

    it('stops restarting a worker that cannot start', async () => {
      const pool = new CertificateRenderPool({ threads: 1, workerPath: join(__dirname, 'no-such-worker.js') });
      await expect(pool.render(jobFor(padangTemplate()))).rejects.toThrow();
      await expect(pool.render(jobFor(padangTemplate()))).rejects.toThrow();
      await pool.close();
    });
  });
});
