import { CreateDateColumn, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A wrong kiosk code; counted per person to stop guessing the six digits. Kept in the database for all replicas. */
@Entity('check_in_failure')
@Index('ix_check_in_failure_user', ['userId', 'createdAt'])
export class CheckInFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
