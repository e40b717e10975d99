import type { EmploymentType, Language, PositionKind, Role } from '@bimtek/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Unit } from '../agencies/unit.entity';

/** A person with an account: participant, trainer, organizer or admin (or several of these). */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('uq_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** Never loaded unless asked for with addSelect. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  /** Set when an admin created the account with a temporary password. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  titleBefore!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  titleAfter!: string | null;

  @Column({ type: 'varchar', length: 10 })
  employmentType!: EmploymentType;

  @Index('uq_user_nip', { unique: true })
  @Column({ type: 'char', length: 18, nullable: true })
  nip!: string | null;

  @Index('uq_user_nik', { unique: true })
  @Column({ type: 'char', length: 16, nullable: true })
  nik!: string | null;

  /** Pangkat/golongan (PNS, e.g. III/a) or PPPK grade (e.g. IX). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  rank!: string | null;

  /** Jabatan as written by the person, e.g. "Pranata Humas Ahli Muda". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  positionKind!: PositionKind | null;

  @Index('ix_user_agency')
  @Column({ type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => Agency, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'fk_user_agency' })
  agency?: Agency | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => Unit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_user_unit' })
  unit?: Unit | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 2, default: 'id' })
  language!: Language;

  @Column({ type: 'text', array: true, default: () => "'{participant}'" })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** When the person consented to the processing of their personal data (UU 27/2022). */
  @Column({ type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  consentVersion!: string | null;

  /**
   * The secret in the person's calendar feed address. Kept as is (not hashed) because, like any
   * calendar's secret address, people need to see it again; it only reads their own timetable,
   * and resetting it revokes the old address. Null until they ask for one.
   */
  @Index('uq_user_calendar_token', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  calendarToken!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
