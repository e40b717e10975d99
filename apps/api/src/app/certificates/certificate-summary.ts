import type { CertificateSummary } from '@bimtek/contracts';
import type { EntityManager } from 'typeorm';
import type { Batch } from '../batches/batch.entity';
import { localDate } from '../timetable/local-time';
import { Certificate } from './certificate.entity';

/** Certificates are issued once the batch's last day is over where it took place. */
export function batchFinished(batch: Pick<Batch, 'endDate' | 'timeZone'>, now = new Date()): boolean {
  return batch.endDate < localDate(now, batch.timeZone);
}

export function toSummary(certificate: Certificate): CertificateSummary {
  return {
    id: certificate.id,
    userId: certificate.userId,
    name: certificate.snapshot.participant.name,
    number: certificate.number,
    kind: certificate.kind,
    status: certificate.status,
    code: certificate.code,
    predicate: certificate.snapshot.result.predicate,
    issuedAt: certificate.issuedAt?.toISOString() ?? null,
    sizeBytes: certificate.sizeBytes,
    sha256: certificate.sha256,
    signed: certificate.signed,
    revokedAt: certificate.revokedAt?.toISOString() ?? null,
    revokeReason: certificate.revokeReason,
    replacedById: certificate.replacedById,
  };
}

/** Each participant's current (not revoked) certificate of the batch. */
export async function currentCertificates(manager: EntityManager, batchId: string): Promise<Map<string, CertificateSummary>> {
  const rows = await manager
    .createQueryBuilder(Certificate, 'c')
    .where('c.batchId = :batchId', { batchId })
    .andWhere(`c.status <> 'revoked'`)
    .getMany();
  return new Map(rows.map((c) => [c.userId, toSummary(c)]));
}
