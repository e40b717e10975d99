import type { BatchCertificatesView, CertificateSummary, IssueCertificatesRequest, JobView, MyCertificate } from '@bimtek/contracts';
import { ErrorCode, type TimeZone } from '@bimtek/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { AppException, notFound } from '../common/errors/app-exception';
import { fileSlug } from '../common/file-name';
import type { Principal, RequestOrigin } from '../common/request-context';
import { computeCompletion } from '../completion/compute-completion';
import { JobQueue } from '../jobs/job-queue.service';
import { Job } from '../jobs/job.entity';
import { toJobView } from '../jobs/job-view';
import { localDate } from '../timetable/local-time';
import { loadManagedBatch } from './certificate-access';
import { numberCertificates } from './certificate-numbering';
import { loadIssueContext } from './certificate-snapshot';
import { batchFinished, toSummary } from './certificate-summary';
import { loadTemplate } from './certificate-templates';
import { Certificate } from './certificate.entity';
import { ISSUANCE_JOB, type IssuancePayload } from './issuance-job.handler';

@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /**
   * Starts (or joins) the batch's issuance job: a certificate for everyone who passed and, if asked,
   * one of attendance for the others, leaving out whoever already has one.
   */
  async issue(batchId: string, request: IssueCertificatesRequest, principal: Principal, origin: RequestOrigin): Promise<JobView> {
    const context = await loadManagedBatch(this.dataSource.manager, principal, batchId);
    const batch = await this.dataSource.manager.findOneByOrFail(Batch, { id: batchId });
    if (!batchFinished(batch)) throw new AppException(HttpStatus.CONFLICT, ErrorCode.BatchNotFinished, undefined, [batch.endDate]);
    const results = await computeCompletion(this.dataSource.manager, batchId);
    const holders = new Set(
      (await this.dataSource.query<{ user_id: string }[]>(`SELECT user_id FROM certificate WHERE batch_id = $1 AND status <> 'revoked'`, [batchId])).map((r) => r.user_id),
    );
    const recipients: IssuancePayload['recipients'] = results
      .filter((r) => !holders.has(r.userId) && (r.passed || request.includeAttendance))
      .map((r) => ({ userId: r.userId, kind: r.passed ? 'completion' : 'attendance', finalScore: r.passed ? r.final : null, predicate: r.passed ? r.predicate : null }));
    const [{ pending }] = await this.dataSource.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM certificate WHERE batch_id = $1 AND status = 'pending'`,
      [batchId],
    );
    if (recipients.length === 0 && pending === 0) throw new AppException(HttpStatus.CONFLICT, ErrorCode.NothingToIssue);

    const payload: IssuancePayload = { batchId, issuedOn: localDate(new Date(), batch.timeZone), recipients };
    const { job, created } = await this.dataSource.transaction(async (manager) => {
      const enqueued = await this.queue.enqueue(ISSUANCE_JOB, { ...payload }, { dedupeKey: `certificates:${batchId}`, total: recipients.length + pending, createdById: principal.id, agencyId: context.agencyId }, manager);
      if (enqueued.created) {
        await this.audit.record(
          { action: 'certificate.issuance_started', actorId: principal.id, origin, details: { batchId, jobId: enqueued.job.id, completion: recipients.filter((r) => r.kind === 'completion').length, attendance: recipients.filter((r) => r.kind === 'attendance').length } },
          manager,
        );
      }
      return enqueued;
    });
    if (created) {
      this.queue.notify();
    } else {
      // Joining the running issuance is fine only when it already covers everyone asked for now.
      const running = new Set(((job.payload as unknown as IssuancePayload).recipients ?? []).map((r) => r.userId));
      if (recipients.some((r) => !running.has(r.userId))) throw new AppException(HttpStatus.CONFLICT, ErrorCode.IssuanceRunning);
    }
    return toJobView(job);
  }

  async batchCertificates(batchId: string, principal: Principal): Promise<BatchCertificatesView> {
    await loadManagedBatch(this.dataSource.manager, principal, batchId);
    const certificates = await this.dataSource.getRepository(Certificate).find({ where: { batchId }, order: { seq: 'ASC' } });
    const job = await this.dataSource
      .getRepository(Job)
      .createQueryBuilder('j')
      .where('j.dedupeKey = :key', { key: `certificates:${batchId}` })
      .orderBy(`CASE WHEN j.status IN ('queued', 'running') THEN 0 ELSE 1 END`)
      .addOrderBy('j.createdAt', 'DESC')
      .getOne();
    return { batchId, certificates: certificates.map(toSummary), job: job ? toJobView(job) : null };
  }

  /** A certificate the person manages (its batch's agency); 404 for anything else. */
  async managed(id: string, principal: Principal): Promise<Certificate> {
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ id });
    if (!certificate) throw notFound();
    await loadManagedBatch(this.dataSource.manager, principal, certificate.batchId);
    return certificate;
  }

  async revoke(id: string, reason: string, principal: Principal, origin: RequestOrigin): Promise<CertificateSummary> {
    await this.managed(id, principal);
    return this.dataSource.transaction(async (manager) => {
      const certificate = await manager.findOneOrFail(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // A pending one can be withdrawn too (one that cannot be rendered must not block its batch).
      if (certificate.status === 'revoked') throw new AppException(HttpStatus.CONFLICT, ErrorCode.CertificateNotValid);
      Object.assign(certificate, { status: 'revoked', revokedAt: new Date(), revokeReason: reason, revokedById: principal.id });
      await manager.save(certificate);
      await this.audit.record({ action: 'certificate.revoked', actorId: principal.id, subjectId: certificate.userId, origin, details: { certificateId: id, number: certificate.number, reason } }, manager);
      return toSummary(certificate);
    });
  }

  /**
   * A correction: the old certificate is revoked and points to a new one, numbered now from the
   * participant's current data; a job renders it.
   */
  async reissue(id: string, reason: string, principal: Principal, origin: RequestOrigin): Promise<CertificateSummary> {
    const old = await this.managed(id, principal);
    const context = await loadIssueContext(this.dataSource.manager, old.batchId);
    const template = await loadTemplate(this.dataSource.manager, context.programId);
    const [result] = await computeCompletion(this.dataSource.manager, old.batchId, old.userId);
    // Someone no longer enrolled (or whose place was withdrawn) cannot be given a new one.
    if (!result) throw new AppException(HttpStatus.CONFLICT, ErrorCode.Conflict);
    const created = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(Certificate, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (locked.status !== 'valid') throw new AppException(HttpStatus.CONFLICT, ErrorCode.CertificateNotValid);
      const newId = randomUUID();
      await manager.update(Certificate, { id }, { status: 'revoked', revokedAt: new Date(), revokeReason: reason, revokedById: principal.id });
      // The correction reflects today's outcome: an override may have turned a fail into a pass, or back.
      const request = result.passed
        ? { userId: locked.userId, kind: 'completion' as const, finalScore: result.final, predicate: result.predicate }
        : { userId: locked.userId, kind: 'attendance' as const, finalScore: null, predicate: null };
      const [fresh] = await numberCertificates(manager, [request], {
        context,
        template: template.input,
        issuedOn: localDate(new Date(), context.timeZone as TimeZone),
        jobId: null,
        ids: [newId],
      });
      await manager.update(Certificate, { id }, { replacedById: newId });
      // Its own job (not joined to a running issuance, which might be finishing): it renders whatever of the batch is pending.
      const { job } = await this.queue.enqueue(ISSUANCE_JOB, { batchId: old.batchId, issuedOn: fresh.snapshot.issuedOn, recipients: [] }, { dedupeKey: `certificates:reissue:${newId}`, total: 1, createdById: principal.id, agencyId: context.agencyId }, manager);
      await manager.update(Certificate, { id: newId }, { jobId: job.id });
      await this.audit.record(
        { action: 'certificate.reissued', actorId: principal.id, subjectId: locked.userId, origin, details: { certificateId: id, number: locked.number, newCertificateId: newId, newNumber: fresh.number, reason } },
        manager,
      );
      return manager.findOneByOrFail(Certificate, { id: newId });
    });
    this.queue.notify();
    return toSummary(created);
  }

  /** The batch's valid certificates in number order, for the ZIP. */
  async archive(batchId: string, principal: Principal): Promise<{ filename: string; certificates: Certificate[] }> {
    const batch = await loadManagedBatch(this.dataSource.manager, principal, batchId);
    const certificates = await this.dataSource.getRepository(Certificate).find({ where: { batchId, status: 'valid' }, order: { seq: 'ASC' } });
    return { filename: `sertifikat-${fileSlug(`${batch.programTitle} ${batch.name}`)}.zip`, certificates };
  }

  async mine(userId: string): Promise<MyCertificate[]> {
    const rows = await this.dataSource.getRepository(Certificate).find({ where: { userId }, order: { createdAt: 'DESC' } });
    return rows.map((c) => ({
      ...toSummary(c),
      batchId: c.batchId,
      programTitle: c.snapshot.training.title,
      batchNumber: c.snapshot.training.batchNumber,
      startDate: c.snapshot.training.startDate,
      endDate: c.snapshot.training.endDate,
      jp: c.snapshot.training.jp,
    }));
  }

  /** The participant's own certificate; someone else's is "not found", never "forbidden". */
  async mineOne(id: string, userId: string): Promise<Certificate> {
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ id, userId });
    if (!certificate) throw notFound();
    return certificate;
  }
}
