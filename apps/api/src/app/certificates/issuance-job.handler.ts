import type { CertificateKind } from '@bimtek/contracts';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { JobContext, JobHandler } from '../jobs/job-handler';
import type { Job } from '../jobs/job.entity';
import { JobWorker } from '../jobs/job-worker.service';
import { FileStorage } from '../storage/file-storage';
import { certificateFileKey, verificationUrl } from './certificate-files';
import { numberCertificates, type NumberingRequest } from './certificate-numbering';
import { CertificateRenderer } from './certificate-renderer.service';
import { loadIssueContext } from './certificate-snapshot';
import { loadLayout, loadTemplate } from './certificate-templates';
import { Certificate } from './certificate.entity';

export const ISSUANCE_JOB = 'certificates.issue';

export interface IssuancePayload {
  batchId: string;
  /** YYYY-MM-DD, the date printed on the certificates. */
  issuedOn: string;
  recipients: { userId: string; kind: CertificateKind; finalScore: number | null; predicate: string | null }[];
}

/** How many people are numbered per transaction: short locks on the agency's sequence. */
const NUMBERING_CHUNK = 100;

/**
 * Issues a batch's certificates: numbers every recipient (in chunks, each its own transaction),
 * then renders every pending certificate of the batch outside any transaction. Resumable at any
 * point: numbering skips people who already have a certificate, rendering picks up what is pending.
 */
@Injectable()
export class IssuanceJobHandler implements JobHandler, OnModuleInit {
  readonly kind = ISSUANCE_JOB;
  private readonly logger = new Logger(IssuanceJobHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly worker: JobWorker,
    private readonly renderer: CertificateRenderer,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async run(job: Job, context: JobContext): Promise<void> {
    const payload = job.payload as unknown as IssuancePayload;
    const issue = await loadIssueContext(this.dataSource.manager, payload.batchId);
    const template = await loadTemplate(this.dataSource.manager, issue.programId);

    for (let start = 0; start < payload.recipients.length; start += NUMBERING_CHUNK) {
      if (context.stopping) return;
      const chunk: NumberingRequest[] = payload.recipients.slice(start, start + NUMBERING_CHUNK);
      await this.dataSource.transaction((manager) => numberCertificates(manager, chunk, { context: issue, template: template.input, issuedOn: payload.issuedOn, jobId: job.id }));
      await context.progress(0);
    }
    await this.renderPending(job, payload.batchId, issue.programId, template, context);
  }

  /** Renders until nothing of the batch is pending: a reissue may add one while this runs. */
  private async renderPending(job: Job, batchId: string, programId: string, template: Awaited<ReturnType<typeof loadTemplate>>, context: JobContext): Promise<void> {
    const layout = await loadLayout(this.dataSource.manager, this.storage, programId, template);
    const repository = this.dataSource.getRepository(Certificate);
    let done = await repository.count({ where: { jobId: job.id, status: 'valid' } });
    for (;;) {
      const pending = await repository.find({ where: { batchId, status: 'pending' }, order: { seq: 'ASC' } });
      if (pending.length === 0 || context.stopping) return;
      const total = done + pending.length;
      await context.progress(done, total);
      // Keep every render thread busy while files are written.
      const inFlight = Math.max(2, this.config.certificateRenderThreads * 2);
      let next = 0;
      let lastReport = Date.now();
      let failures = 0;
      const lane = async (): Promise<void> => {
        while (next < pending.length && !context.stopping) {
          const certificate = pending[next++];
          // One certificate that cannot be rendered or stored must not stop the others.
          try {
            await this.renderOne(certificate, layout);
            done += 1;
          } catch (error) {
            failures += 1;
            this.logger.error(`Certificate ${certificate.id} (${certificate.number}) could not be issued: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (Date.now() - lastReport > 500) {
            lastReport = Date.now();
            await context.progress(done, total);
          }
        }
      };
      await Promise.all(Array.from({ length: inFlight }, lane));
      await context.progress(done, total);
      // The job is retried later (with a backoff) for what is still pending.
      if (failures > 0) throw new Error(`${failures} certificate(s) could not be issued; they stay pending`);
    }
  }

  private async renderOne(certificate: Certificate, layout: Awaited<ReturnType<typeof loadLayout>>): Promise<void> {
    const pdf = await this.renderer.render({ layout, snapshot: certificate.snapshot, verifyUrl: verificationUrl(this.config.publicUrl, certificate.code) });
    const fileKey = certificateFileKey(certificate);
    await this.storage.put(fileKey, pdf);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    // Only a pending row becomes valid: one revoked meanwhile, or issued by another worker, keeps its file.
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE certificate SET status = 'valid', file_key = $2, sha256 = $3, size_bytes = $4, signed = $5, issued_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [certificate.id, fileKey, sha256, pdf.length, this.renderer.signs],
    );
    if (count === 0) await this.storage.delete(fileKey);
  }
}
