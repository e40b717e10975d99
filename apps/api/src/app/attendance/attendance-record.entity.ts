import type { AttendanceStatus, CheckInMethod } from '@bimtek/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';

/**
 * One person's attendance for one unit (a session, or a day in per-day mode). The unique key is
 * what makes a double scan, or two devices at once, end up as exactly one record: check-ins insert
 * with ON CONFLICT DO NOTHING.
 */
@Entity('attendance_record')
@Index('uq_attendance_record_unit_user', ['batchId', 'unitKey', 'userId'], { unique: true })
@Index('ix_attendance_record_user', ['userId'])
@Check('ck_attendance_record_status', `"status" IN ('hadir', 'terlambat', 'izin', 'sakit', 'alpa')`)
export class AttendanceRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_attendance_record_batch' })
  batch?: Batch;

  /** The session's id, or the local date (YYYY-MM-DD) in per-day mode. */
  @Column({ type: 'varchar', length: 36 })
  unitKey!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attendance_record_user' })
  user?: User;

  @Column({ type: 'varchar', length: 10 })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 10 })
  method!: CheckInMethod;

  @Column({ type: 'boolean', default: false })
  offline!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Where the izin/sakit evidence is kept (file storage key) and its content type. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  evidenceKey!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  evidenceType!: string | null;

  /** Who wrote the record last: the person themself, or the organizer who scanned, marked or corrected. */
  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
