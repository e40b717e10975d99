import type { EnrollmentStatus } from '@bimtek/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';

/**
 * A person's place (or wish for one) in a batch. Waitlist positions are not stored: they are the
 * order of `created_at` among the waitlisted, so nothing needs renumbering when someone leaves.
 */
@Entity('enrollment')
@Index('uq_enrollment_batch_user', ['batchId', 'userId'], { unique: true })
@Index('ix_enrollment_batch_status', ['batchId', 'status', 'createdAt'])
@Index('ix_enrollment_user', ['userId'])
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_enrollment_batch' })
  batch?: Batch;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrollment_user' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  status!: EnrollmentStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;
}
