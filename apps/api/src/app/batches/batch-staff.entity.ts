import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Batch } from './batch.entity';

export type StaffRole = 'organizer' | 'trainer';

/** Organizers and trainers assigned to a batch. */
@Entity('batch_staff')
export class BatchStaff {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_batch_staff' })
  batchId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_batch_staff' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_batch_staff' })
  role!: StaffRole;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_batch_staff_batch' })
  batch?: Batch;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_batch_staff_user' })
  user?: User;
}
