import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { Assignment } from './assignment.entity';

/** An assignment in one batch: its due date, and whether its grades have been released there. */
@Entity('assignment_schedule')
export class AssignmentSchedule {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_assignment_schedule' })
  assignmentId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_assignment_schedule' })
  batchId!: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_assignment_schedule_assignment' })
  assignment?: Assignment;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_assignment_schedule_batch' })
  batch?: Batch;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  gradesReleasedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  gradesReleasedBy!: string | null;
}
