import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { AssessmentTest } from './test.entity';

/** When a test is open in one batch, and whether its results have been released there. */
@Entity('test_window')
export class TestWindow {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_test_window' })
  testId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_test_window' })
  batchId!: string;

  @ManyToOne(() => AssessmentTest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'test_id', foreignKeyConstraintName: 'fk_test_window_test' })
  test?: AssessmentTest;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_test_window_batch' })
  batch?: Batch;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultsReleasedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resultsReleasedBy!: string | null;
}
