import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Lesson } from './lesson.entity';

/** A file of a lesson (an image shown in its text, a PDF, slides), kept in file storage. */
@Entity('lesson_attachment')
@Index('ix_lesson_attachment_lesson', ['lessonId'])
export class LessonAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  lessonId!: string;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_attachment_lesson' })
  lesson?: Lesson;

  @Column({ type: 'varchar', length: 200 })
  fileKey!: string;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  /** Recognised from the bytes when uploaded, never taken from the name or the browser. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
