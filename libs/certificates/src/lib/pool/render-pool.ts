import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderCertificate } from '../render-certificate';
import type { RenderJob, SigningKey } from '../render-job';
import { PdfSigner } from '../signing/pdf-signer';
import { WORKER_LAYOUT_CAPACITY, type RenderReply, type RenderRequest, type WorkerSetup } from './worker-protocol';

export interface CertificateRenderPoolOptions {
  /** Worker threads; 0 renders in the calling thread (tests, code run from TypeScript sources). */
  threads: number;
  /** The bundled worker; by default `certificate-render.worker.js` beside the running bundle. */
  workerPath?: string;
  /** Sign every PDF with this key. */
  signing?: SigningKey | null;
}

/** Jobs a worker holds at once: one rendering, one waiting, so it never idles between jobs and a crash loses little. */
const JOBS_PER_WORKER = 2;

interface Pending {
  job: RenderJob;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/** The keys of the layouts a worker holds, in the order it last used them: a mirror of its LayoutCache. */
class RecentKeys {
  private readonly keys = new Set<string>();

  /** Marks the key as just used; false when the worker did not hold it (it will prepare it now). */
  use(key: string): boolean {
    const known = this.keys.delete(key);
    this.keys.add(key);
    while (this.keys.size > WORKER_LAYOUT_CAPACITY) this.keys.delete(this.keys.values().next().value as string);
    return known;
  }
}

interface Slot {
  worker: Worker;
  layouts: RecentKeys;
  jobs: Map<number, Pending>;
  alive: boolean;
}

/**
 * Renders certificates on worker threads. Each job goes to the least busy worker; a layout is sent
 * to a worker only the first time it needs it (workers keep a few prepared layouts). A worker that
 * dies is replaced and the jobs it held are rejected; the others carry on.
 */
export class CertificateRenderPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private readonly unsettled = new Set<Promise<Buffer>>();
  private readonly workerPath: string;
  private readonly signing: SigningKey | null;
  /** Signs in this thread when there are no workers. */
  private readonly signer: PdfSigner | null;
  private nextId = 1;
  /** Worker deaths since the last finished job; a worker that cannot even start is not restarted forever. */
  private failuresInARow = 0;
  private broken: Error | null = null;
  private closed = false;

  constructor(private readonly options: CertificateRenderPoolOptions) {
    this.workerPath = options.workerPath ?? join(__dirname, 'certificate-render.worker.js');
    this.signing = options.signing ?? null;
    // Made here even for the workers' sake: a wrong passphrase fails now, not in every worker.
    const signer = this.signing && new PdfSigner(this.signing);
    this.signer = options.threads === 0 ? signer : null;
    for (let i = 0; i < options.threads; i++) this.slots.push(this.spawn());
  }

  render(job: RenderJob): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The certificate render pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    const promise = this.options.threads === 0 ? this.renderHere(job) : new Promise<Buffer>((resolve, reject) => this.queue.push({ job, resolve, reject }));
    this.unsettled.add(promise);
    const forget = () => this.unsettled.delete(promise);
    promise.then(forget, forget);
    this.dispatch();
    return promise;
  }

  /** Waits for the jobs already given, then stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.unsettled]);
    for (const slot of this.slots) slot.alive = false;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private async renderHere(job: RenderJob): Promise<Buffer> {
    const pdf = renderCertificate(job);
    return this.signer ? this.signer.sign(pdf) : pdf;
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.filter((candidate) => candidate.alive && candidate.jobs.size < JOBS_PER_WORKER).sort((a, b) => a.jobs.size - b.jobs.size)[0];
      if (!slot) return;
      this.send(slot, this.queue.shift() as Pending);
    }
  }

  private send(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const { layout, snapshot, verifyUrl } = pending.job;
    const request: RenderRequest = { id, key: layout.key, layout: slot.layouts.use(layout.key) ? undefined : layout, snapshot, verifyUrl };
    // An idle pool must not keep the process alive; a worker with jobs must.
    if (slot.jobs.size === 0) slot.worker.ref();
    slot.jobs.set(id, pending);
    slot.worker.postMessage(request);
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { role: 'certificate-render', signing: this.signing };
    const slot: Slot = { worker: new Worker(this.workerPath, { workerData: setup }), layouts: new RecentKeys(), jobs: new Map(), alive: true };
    slot.worker.unref();
    slot.worker.on('message', (reply: RenderReply) => this.settle(slot, reply));
    slot.worker.on('error', (error) => this.fail(slot, error));
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`A certificate render worker stopped (exit code ${code})`)));
    return slot;
  }

  private settle(slot: Slot, reply: RenderReply): void {
    const pending = slot.jobs.get(reply.id);
    if (!pending) return;
    slot.jobs.delete(reply.id);
    if (slot.jobs.size === 0) slot.worker.unref();
    this.failuresInARow = 0;
    if ('pdf' in reply) pending.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else pending.reject(new Error(reply.error));
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    if (!slot.alive) return;
    slot.alive = false;
    for (const pending of slot.jobs.values()) pending.reject(error);
    slot.jobs.clear();
    if (this.closed) return;
    void slot.worker.terminate();
    if (++this.failuresInARow > this.slots.length + 1) {
      this.broken = error;
      for (const pending of this.queue.splice(0)) pending.reject(error);
      return;
    }
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.dispatch();
  }
}
