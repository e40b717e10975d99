import type { NotificationKind, NotificationParams } from '@bimtek/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';

/**
 * Something a person should know, shown in the app until read. The text is not stored: the app
 * words it from the kind and params in the reader's language.
 */
@Entity('notification')
@Index('ix_notification_user_created', ['userId', 'createdAt'])
@Index('ix_notification_user_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_user' })
  user?: User;

  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  batchId!: string | null;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_notification_batch' })
  batch?: Batch;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  params!: NotificationParams;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
