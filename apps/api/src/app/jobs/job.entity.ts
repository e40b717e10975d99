import type { JobStatus } from '@bimtek/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A durable background job. A worker owns a running job while its lease (`locked_until`) is in the
 * future and renews it as it goes; a job whose worker died is taken over once the lease runs out.
 * Handlers are written to be resumed: they look at what is already done before doing more.
 */
@Entity('job')
@Index('ix_job_claim', ['status', 'createdAt'])
// One active job per key (e.g. one issuance per batch): a second request gets the running one.
@Index('uq_job_active_key', ['dedupeKey'], { unique: true, where: `"status" IN ('queued', 'running')` })
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: JobStatus;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 120, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'integer', default: 0 })
  done!: number;

  @Column({ type: 'integer', default: 0 })
  total!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** The agency whose organizers may follow the job. */
  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
