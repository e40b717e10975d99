import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';

/** An organizer's decision that overrules the completion rules for one participant, with the reason. */
@Entity('completion_override')
export class CompletionOverride {
  @PrimaryColumn({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_completion_override_batch' })
  batch?: Batch;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_completion_override_user' })
  user?: User;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_completion_override_by' })
  by?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
