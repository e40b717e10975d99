import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { User } from '../users/user.entity';
import { Lesson } from './lesson.entity';

/** A lesson a participant has finished in a batch (a row per lesson done; marking twice is a no-op). */
@Entity('lesson_progress')
@Index('ix_lesson_progress_user', ['userId'])
export class LessonProgress {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_progress' })
  batchId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_progress' })
  lessonId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_lesson_progress' })
  userId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_lesson_progress_batch' })
  batch?: Batch;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_progress_lesson' })
  lesson?: Lesson;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_lesson_progress_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt!: Date;
}
