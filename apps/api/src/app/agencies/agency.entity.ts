import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Unit } from './unit.entity';

/** A government body (instansi), e.g. Pemerintah Kota Padang's BKPSDM. */
@Entity('agency')
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Short code used in certificate numbers, e.g. BKPSDM. */
  @Index('uq_agency_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  region!: string | null;

  @OneToMany(() => Unit, (unit) => unit.agency)
  units?: Unit[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
