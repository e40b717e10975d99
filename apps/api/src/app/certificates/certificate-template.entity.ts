import type { CertificateOrientation, CertificateSigner } from '@bimtek/contracts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Program } from '../programs/program.entity';

/** How a programme's certificates look; a programme without a row uses the default template. */
@Entity('certificate_template')
export class CertificateTemplate {
  @PrimaryColumn({ type: 'uuid' })
  programId!: string;

  @OneToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_certificate_template_program' })
  program?: Program;

  @Column({ type: 'varchar', length: 10 })
  orientation!: CertificateOrientation;

  @Column({ type: 'jsonb' })
  headerLines!: string[];

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 120 })
  attendanceTitle!: string;

  @Column({ type: 'text' })
  attendanceBody!: string;

  @Column({ type: 'varchar', length: 100 })
  numberPattern!: string;

  @Column({ type: 'varchar', length: 100 })
  place!: string;

  @Column({ type: 'jsonb' })
  signers!: CertificateSigner[];

  @Column({ type: 'uuid', nullable: true })
  logoImageId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  backgroundImageId!: string | null;

  @Column({ type: 'boolean', default: true })
  modulesPage!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
