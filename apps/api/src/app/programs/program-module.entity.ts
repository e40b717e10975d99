import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Program } from './program.entity';

/** One module of a curriculum, e.g. "Fotografi", with its lesson hours. */
@Entity('program_module')
@Index('ix_program_module_program', ['programId', 'position'])
export class ProgramModule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programId!: string;

  @ManyToOne(() => Program, (p) => p.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_program_module_program' })
  program?: Program;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'integer' })
  jp!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectives!: string[];
}
