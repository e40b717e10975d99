import type { AuditAction } from '@bimtek/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to whom, when and from where. Rows are only ever inserted. Actor and subject are
 * plain ids (no foreign keys) so that the trail outlives the accounts it mentions.
 */
@Entity('audit_entry')
@Index('ix_audit_entry_at', ['at'])
@Index('ix_audit_entry_subject', ['subjectId', 'at'])
@Index('ix_audit_entry_actor', ['actorId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 60 })
  action!: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
