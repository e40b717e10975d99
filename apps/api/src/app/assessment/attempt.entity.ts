import { numericTransformer } from '../database/numeric-transformer';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';
import { AssessmentTest } from './test.entity';

/**
 * One participant's attempt at a test in a batch. At most one is open at a time (a partial unique
 * index), so a double tap on "start" on a bad connection resumes rather than burning an attempt.
 */
@Entity('attempt')
@Index('uq_attempt_number', ['testId', 'batchId', 'userId', 'number'], { unique: true })
@Index('uq_attempt_open', ['testId', 'batchId', 'userId'], { unique: true, where: '"submitted_at" IS NULL' })
@Index('ix_attempt_deadline', ['deadlineAt'], { where: '"submitted_at" IS NULL' })
@Index('ix_attempt_batch_test', ['batchId', 'testId'])
@Check('ck_attempt_closed_by', `"closed_by" IS NULL OR "closed_by" IN ('participant', 'deadline')`)
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  testId!: string;

  @ManyToOne(() => AssessmentTest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'test_id', foreignKeyConstraintName: 'fk_attempt_test' })
  test?: AssessmentTest;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_attempt_batch' })
  batch?: Batch;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempt_user' })
  user?: User;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  closedBy!: 'participant' | 'deadline' | null;

  /** Points of automatically graded answers plus graded essays; final once no essay waits. */
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  earned!: number | null;

  @Column({ type: 'integer' })
  available!: number;

  @Column({ type: 'integer', default: 0 })
  essaysToGrade!: number;
}
