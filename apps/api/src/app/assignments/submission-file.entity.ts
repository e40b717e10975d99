import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Submission } from './submission.entity';

/** A file handed in with a submission, with its caption and (for images) a small thumbnail. */
@Entity('submission_file')
@Index('ix_submission_file_submission', ['submissionId', 'position'])
export class SubmissionFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => Submission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_submission_file_submission' })
  submission?: Submission;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  fileKey!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  thumbKey!: string | null;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  /** Recognised from the bytes when uploaded. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text', nullable: true })
  caption!: string | null;
}
