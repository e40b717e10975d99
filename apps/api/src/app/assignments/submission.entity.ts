import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../database/numeric-transformer';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';
import { Assignment } from './assignment.entity';

/**
 * A participant's work for an assignment in a batch: one row, replaced on resubmission (version
 * counts the hand-ins). The grade lives on the row; `grade_version` is the optimistic lock that
 * refuses a second grader's save made from a stale view.
 */
@Entity('submission')
@Index('uq_submission_user', ['assignmentId', 'batchId', 'userId'], { unique: true })
@Index('ix_submission_batch', ['batchId'])
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_submission_assignment' })
  assignment?: Assignment;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_submission_batch' })
  batch?: Batch;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_submission_user' })
  user?: User;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'boolean', default: false })
  late!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Criterion id → level id; null until graded. */
  @Column({ type: 'jsonb', nullable: true })
  gradeLevels!: Record<string, string> | null;

  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  gradePoints!: number | null;

  @Column({ type: 'integer', nullable: true })
  gradeMaxPoints!: number | null;

  @Column({ type: 'text', nullable: true })
  gradeComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  gradedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  gradedAt!: Date | null;

  /** 0 until graded; each grade change adds one. */
  @Column({ type: 'integer', default: 0 })
  gradeVersion!: number;
}
