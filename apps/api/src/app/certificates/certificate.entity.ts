import type { CertificateKind, CertificateSnapshot, CertificateStatus } from '@bimtek/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';

/** The column's length; a template's number pattern is checked against it. */
export const CERTIFICATE_NUMBER_MAX_LENGTH = 120;

/**
 * An issued certificate. What it says is frozen in `snapshot` when it is numbered; the PDF is
 * rendered afterwards (status pending → valid). It is never edited: a correction revokes it and
 * issues a new one (`replaced_by_id`).
 */
@Entity('certificate')
@Index('uq_certificate_seq', ['agencyId', 'year', 'seq'], { unique: true })
@Index('uq_certificate_number', ['agencyId', 'number'], { unique: true })
// One current certificate per person and batch: a resumed or repeated issuance cannot make a second.
@Index('uq_certificate_current', ['batchId', 'userId'], { unique: true, where: `"status" <> 'revoked'` })
@Index('ix_certificate_user', ['userId'])
@Index('ix_certificate_batch_status', ['batchId', 'status'])
@Index('ix_certificate_job', ['jobId'])
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The unguessable verification code in the QR (128 random bits, base32). */
  @Index('uq_certificate_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_certificate_batch' })
  batch?: Batch;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_certificate_user' })
  user?: User;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_certificate_agency' })
  agency?: Agency;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: CERTIFICATE_NUMBER_MAX_LENGTH })
  number!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: CertificateKind;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: CertificateStatus;

  @Column({ type: 'jsonb' })
  snapshot!: CertificateSnapshot;

  @Column({ type: 'varchar', length: 300, nullable: true })
  fileKey!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'integer', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'boolean', default: false })
  signed!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokeReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  @ManyToOne(() => Certificate, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by_id', foreignKeyConstraintName: 'fk_certificate_replaced_by' })
  replacedBy?: Certificate | null;

  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
