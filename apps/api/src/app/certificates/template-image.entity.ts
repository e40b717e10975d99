import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Program } from '../programs/program.entity';

/** A logo, background or signature image uploaded for a programme's certificate template. */
@Entity('certificate_template_image')
@Index('ix_certificate_template_image_program', ['programId'])
export class TemplateImage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_certificate_template_image_program' })
  program?: Program;

  @Column({ type: 'varchar', length: 300 })
  fileKey!: string;

  @Column({ type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
