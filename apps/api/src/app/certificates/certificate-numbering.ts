import type { CertificateKind, CertificateTemplateInput } from '@bimtek/contracts';
import { formatCertificateNumber } from '@bimtek/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { buildSnapshot, loadPeople, type BatchIssueContext } from './certificate-snapshot';
import { Certificate } from './certificate.entity';

export interface NumberingRequest {
  userId: string;
  kind: CertificateKind;
  finalScore: number | null;
  predicate: string | null;
}

export interface NumberingOptions {
  context: BatchIssueContext;
  template: CertificateTemplateInput;
  /** YYYY-MM-DD; its year picks the sequence. */
  issuedOn: string;
  jobId: string | null;
  /** Ids for the new rows when the caller must know them beforehand (a reissue links to it). */
  ids?: string[];
}

/** 128 random bits: the verification code cannot be guessed or enumerated. */
export function newVerificationCode(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Numbers certificates for those of `requests` who have no current certificate of the batch and
 * inserts them as pending. Must run inside the caller's transaction: the agency-year sequence row
 * stays locked until it commits, so concurrent issuances take turns and a rollback returns the
 * numbers — no duplicates and no gaps.
 */
export async function numberCertificates(manager: EntityManager, requests: readonly NumberingRequest[], options: NumberingOptions): Promise<Certificate[]> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('numberCertificates must run in a transaction');
  const { context, template, issuedOn } = options;
  const year = Number(issuedOn.slice(0, 4));
  await manager.query(`INSERT INTO certificate_sequence (agency_id, year, last_seq) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [context.agencyId, year]);
  const [sequence] = await manager.query<{ last_seq: number }[]>(
    `SELECT last_seq FROM certificate_sequence WHERE agency_id = $1 AND year = $2 FOR UPDATE`,
    [context.agencyId, year],
  );
  // Read under the lock: every numbering of this agency holds it, so nobody adds one meanwhile.
  const holders = await manager.query<{ user_id: string }[]>(
    `SELECT user_id FROM certificate WHERE batch_id = $1 AND status <> 'revoked' AND user_id = ANY($2::uuid[])`,
    [context.batchId, requests.map((r) => r.userId)],
  );
  const holding = new Set(holders.map((h) => h.user_id));
  const todo = requests.filter((r) => !holding.has(r.userId));
  if (todo.length === 0) return [];

  const people = await loadPeople(manager, todo.map((r) => r.userId));
  let seq = sequence.last_seq;
  const rows = todo.flatMap((request, index) => {
    const person = people.get(request.userId);
    if (!person) return [];
    seq += 1;
    const number = formatCertificateNumber(template.numberPattern, {
      seq,
      unit: context.agencyCode,
      year,
      month: Number(issuedOn.slice(5, 7)),
      batch: context.batchNumber,
    });
    return [
      manager.create(Certificate, {
        id: options.ids?.[index] ?? randomUUID(),
        code: newVerificationCode(),
        batchId: context.batchId,
        userId: request.userId,
        agencyId: context.agencyId,
        year,
        seq,
        number,
        kind: request.kind,
        status: 'pending',
        snapshot: buildSnapshot({ context, template, person, kind: request.kind, number, issuedOn, finalScore: request.finalScore, predicate: request.predicate }),
        jobId: options.jobId,
      }),
    ];
  });
  await manager.insert(Certificate, rows);
  await manager.query(`UPDATE certificate_sequence SET last_seq = $3 WHERE agency_id = $1 AND year = $2`, [context.agencyId, year, seq]);
  return rows;
}
