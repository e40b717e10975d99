import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from '../agencies/unit.entity';
import { Batch } from './batch.entity';

/** An OPD the batch is meant for, with an optional number of places reserved for it. */
@Entity('batch_unit')
export class BatchUnit {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_batch_unit' })
  batchId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_batch_unit' })
  unitId!: string;

  @ManyToOne(() => Batch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_batch_unit_batch' })
  batch?: Batch;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_batch_unit_unit' })
  unit?: Unit;

  @Column({ type: 'integer', nullable: true })
  quota!: number | null;
}
