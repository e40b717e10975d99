import type { AnswerKey, GivenAnswer, QuestionKind, QuestionOption } from '@bimtek/contracts';
import { numericTransformer } from '../database/numeric-transformer';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Attempt } from './attempt.entity';

/**
 * A question as asked in one attempt (copied from the bank, options in this attempt's order) with
 * the answer given to it. Saving an answer overwrites it, so a retried save changes nothing.
 */
@Entity('attempt_question')
export class AttemptQuestion {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attempt_question' })
  attemptId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_attempt_question' })
  position!: number;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_question_attempt' })
  attempt?: Attempt;

  /** The bank question it was copied from (kept loosely: the bank may change or lose it later). */
  @Column({ type: 'uuid', nullable: true })
  questionId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: QuestionKind;

  @Column({ type: 'text' })
  prompt!: string;

  @Column({ type: 'jsonb' })
  options!: QuestionOption[];

  @Column({ type: 'jsonb' })
  answerKey!: AnswerKey;

  @Column({ type: 'integer' })
  points!: number;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  answer!: GivenAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** Set when the attempt closes (automatic kinds) or when a trainer grades the essay. */
  @Column({ type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  pointsAwarded!: number | null;

  @Column({ type: 'uuid', nullable: true })
  gradedBy!: string | null;
}
