import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';

/**
 * The last certificate number given by an agency in a year. Numbering locks this row and inserts
 * the certificates in the same transaction, so numbers are unique and leave no gaps.
 */
@Entity('certificate_sequence')
export class CertificateSequence {
  @PrimaryColumn({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_certificate_sequence_agency' })
  agency?: Agency;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer', default: 0 })
  lastSeq!: number;
}
