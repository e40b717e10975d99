import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kept in the database (not in memory) so that throttling holds across API replicas. */
@Entity('login_attempt')
@Index('ix_login_attempt_login', ['login', 'createdAt'])
@Index('ix_login_attempt_ip', ['ip', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The normalised login (email or NIP) that was tried. */
  @Column({ type: 'varchar', length: 254 })
  login!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
