import type { AnswerKey, QuestionKind, QuestionOption } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProgramModule } from '../programs/program-module.entity';

/**
 * A question of a module's bank. Attempts copy what they ask (prompt, options, key, points), so
 * editing or deleting a question never changes an attempt already taken.
 */
@Entity('question')
@Index('ix_question_module', ['moduleId'])
@Check('ck_question_kind', `"kind" IN ('single', 'multiple', 'trueFalse', 'shortAnswer', 'essay')`)
@Check('ck_question_points', `"points" > 0`)
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ProgramModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_question_module' })
  module?: ProgramModule;

  @Column({ type: 'varchar', length: 20 })
  kind!: QuestionKind;

  @Column({ type: 'text' })
  prompt!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options!: QuestionOption[];

  @Column({ type: 'jsonb' })
  answerKey!: AnswerKey;

  @Column({ type: 'integer', default: 1 })
  points!: number;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
