import type { TestKind } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Program } from '../programs/program.entity';
import { ProgramModule } from '../programs/program-module.entity';

/**
 * A pre-test, post-test or module quiz of a programme. Pre and post tests draw from every module's
 * bank, a quiz from its module's. Each batch opens it in a window of its own (TestWindow).
 */
@Entity('assessment_test')
@Index('ix_assessment_test_program', ['programId'])
@Check('ck_assessment_test_kind', `"kind" IN ('pre', 'post', 'quiz')`)
@Check('ck_assessment_test_quiz_module', `("kind" = 'quiz') = ("module_id" IS NOT NULL)`)
@Check('ck_assessment_test_attempts', `"max_attempts" >= 1`)
export class AssessmentTest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_assessment_test_program' })
  program?: Program;

  @Column({ type: 'varchar', length: 10 })
  kind!: TestKind;

  @Column({ type: 'uuid', nullable: true })
  moduleId!: string | null;

  @ManyToOne(() => ProgramModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_assessment_test_module' })
  module?: ProgramModule | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Questions drawn per attempt; null for the whole pool. */
  @Column({ type: 'integer', nullable: true })
  questionCount!: number | null;

  @Column({ type: 'integer', nullable: true })
  timeLimitMinutes!: number | null;

  @Column({ type: 'integer', default: 1 })
  maxAttempts!: number;

  @Column({ type: 'boolean', default: true })
  shuffleQuestions!: boolean;

  @Column({ type: 'boolean', default: true })
  shuffleOptions!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
