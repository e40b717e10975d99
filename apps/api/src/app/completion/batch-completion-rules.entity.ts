import type { PredicateBand } from '@bimtek/contracts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { numericTransformer } from '../database/numeric-transformer';

/** A batch's own completion rules; without a row the batch follows its programme's. */
@Entity('batch_completion_rules')
export class BatchCompletionRules {
  @PrimaryColumn({ type: 'uuid' })
  batchId!: string;

  @OneToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_batch_completion_rules_batch' })
  batch?: Batch;

  @Column({ type: 'integer' })
  minAttendancePercent!: number;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: numericTransformer })
  minFinalScore!: number;

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericTransformer })
  postTestMinScore!: number | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  requiredAssignmentIds!: string[];

  @Column({ type: 'jsonb' })
  predicateBands!: PredicateBand[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
