import type { SessionKind } from '@bimtek/contracts';
import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { ProgramModule } from '../programs/program-module.entity';
import { User } from '../users/user.entity';

/** One slot of a batch's timetable. */
@Entity('timetable_session')
@Index('ix_timetable_session_batch', ['batchId', 'startsAt'])
@Check('ck_timetable_session_order', '"ends_at" > "starts_at"')
export class TimetableSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_timetable_session_batch' })
  batch?: Batch;

  @Column({ type: 'uuid', nullable: true })
  moduleId!: string | null;

  @ManyToOne(() => ProgramModule, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_timetable_session_module' })
  module?: ProgramModule | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: SessionKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  room!: string | null;

  @ManyToMany(() => User)
  @JoinTable({
    name: 'timetable_session_trainer',
    joinColumn: { name: 'session_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_session_trainer_session' },
    inverseJoinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_session_trainer_user' },
  })
  trainers?: User[];
}
