import type { PredicateBand, ProgramKind, ProgramMode } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { ProgramModule } from './program-module.entity';

/** A training planned once by an agency and run in one or more batches (angkatan). */
@Entity('program')
@Index('ix_program_agency_year', ['agencyId', 'year'])
@Check('ck_program_grade_weights', `"weight_attendance" >= 0 AND "weight_tests" >= 0 AND "weight_assignments" >= 0 AND "weight_attendance" + "weight_tests" + "weight_assignments" = 100`)
export class Program {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_program_agency' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ProgramKind;

  @Column({ type: 'varchar', length: 20 })
  mode!: ProgramMode;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer' })
  minAttendancePercent!: number;

  @Column({ type: 'integer' })
  passingScore!: number;

  /** How the gradebook weighs attendance, tests (post-test and quizzes) and assignments; they add up to 100. */
  /** The best released post-test score a participant needs to pass; null: no threshold. */
  @Column({ type: 'integer', nullable: true })
  postTestMinScore!: number | null;

  /** Null: the standard scale (DEFAULT_PREDICATE_BANDS). */
  @Column({ type: 'jsonb', nullable: true })
  predicateBands!: PredicateBand[] | null;

  @Column({ type: 'integer', default: 20 })
  weightAttendance!: number;

  @Column({ type: 'integer', default: 40 })
  weightTests!: number;

  @Column({ type: 'integer', default: 40 })
  weightAssignments!: number;

  @Column({ type: 'uuid', nullable: true })
  copiedFromId!: string | null;

  @OneToMany(() => ProgramModule, (m) => m.program)
  modules?: ProgramModule[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
