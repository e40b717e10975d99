import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from './agency.entity';

/** A unit of an agency's government (OPD): Dinas, Badan, Kecamatan … */
@Entity('unit')
@Index('uq_unit_agency_name', ['agencyId', 'name'], { unique: true })
export class Unit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, (agency) => agency.units, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_unit_agency' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  code!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
