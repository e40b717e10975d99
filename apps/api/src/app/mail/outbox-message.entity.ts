import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every mail the product sends is written here first, in the same transaction as the change that
 * caused it. In embedded mode this is the mailbox admins read; with SMTP a worker delivers it.
 */
@Entity('outbox_message')
@Index('ix_outbox_message_created', ['createdAt'])
@Index('ix_outbox_message_dedupe', ['dedupeKey'], { where: 'sent_at IS NULL AND dedupe_key IS NOT NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Not delivered before this moment: a few minutes' grace gathers a burst of changes into one mail. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  sendAfter!: Date;

  /** A later mail with the same key, while this one waits for its send time, replaces its text (MailService.enqueueMany). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
