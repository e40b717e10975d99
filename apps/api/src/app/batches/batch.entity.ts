import type { AttendanceMode, BatchStatus, TimeZone } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Program } from '../programs/program.entity';

/** One run (angkatan) of a programme: its dates, venue, places and people. */
@Entity('batch')
@Index('uq_batch_program_number', ['programId', 'number'], { unique: true })
@Check('ck_batch_dates', '"end_date" >= "start_date"')
@Check('ck_batch_capacity', '"capacity" > 0')
export class Batch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_batch_program' })
  program?: Program;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: BatchStatus;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'varchar', length: 20, default: 'Asia/Jakarta' })
  timeZone!: TimeZone;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationClosesAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  requiresApproval!: boolean;

  /** Attendance per session or once per day, and its check-in window (see CheckInRules). */
  @Column({ type: 'varchar', length: 10, default: 'session' })
  attendanceMode!: AttendanceMode;

  @Column({ type: 'integer', default: 30 })
  checkInOpensBeforeMinutes!: number;

  @Column({ type: 'integer', default: 0 })
  checkInClosesAfterMinutes!: number;

  @Column({ type: 'integer', default: 15 })
  checkInLateAfterMinutes!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
