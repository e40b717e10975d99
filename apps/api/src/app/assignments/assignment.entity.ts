import type { AssignmentFileKind, RubricCriterion } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Program } from '../programs/program.entity';
import { ProgramModule } from '../programs/program-module.entity';

/** Practical work of a module (a press release, three photos with captions …) with its rubric. */
@Entity('assignment')
@Index('ix_assignment_program', ['programId'])
@Check('ck_assignment_file_kind', `"file_kind" IN ('images', 'documents', 'any', 'none')`)
@Check('ck_assignment_files', `"min_files" >= 0 AND "max_files" >= "min_files"`)
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_assignment_program' })
  program?: Program;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => ProgramModule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_assignment_module' })
  module?: ProgramModule;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  instructions!: string;

  @Column({ type: 'varchar', length: 10 })
  fileKind!: AssignmentFileKind;

  @Column({ type: 'integer', default: 0 })
  minFiles!: number;

  @Column({ type: 'integer', default: 1 })
  maxFiles!: number;

  @Column({ type: 'integer' })
  maxFileBytes!: number;

  @Column({ type: 'boolean', default: false })
  textRequired!: boolean;

  /** Criteria × levels with points; frozen once a submission is graded (grades name level ids). */
  @Column({ type: 'jsonb' })
  rubric!: RubricCriterion[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
