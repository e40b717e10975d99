import type { Language } from './language';
import type { Role } from './roles';

/** PNS = permanent civil servant, PPPK = contract civil servant, NON_ASN = honorary staff. */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK', 'NON_ASN'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface RankOption {
  /** Stored value, e.g. `III/a` or `IX`. */
  code: string;
  /** Pangkat name (PNS only), e.g. `Penata Muda`. */
  name?: string;
}

/** PNS pangkat/golongan. */
export const PNS_RANKS: readonly RankOption[] = [
  { code: 'I/a', name: 'Juru Muda' },
  { code: 'I/b', name: 'Juru Muda Tingkat I' },
  { code: 'I/c', name: 'Juru' },
  { code: 'I/d', name: 'Juru Tingkat I' },
  { code: 'II/a', name: 'Pengatur Muda' },
  { code: 'II/b', name: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', name: 'Pengatur' },
  { code: 'II/d', name: 'Pengatur Tingkat I' },
  { code: 'III/a', name: 'Penata Muda' },
  { code: 'III/b', name: 'Penata Muda Tingkat I' },
  { code: 'III/c', name: 'Penata' },
  { code: 'III/d', name: 'Penata Tingkat I' },
  { code: 'IV/a', name: 'Pembina' },
  { code: 'IV/b', name: 'Pembina Tingkat I' },
  { code: 'IV/c', name: 'Pembina Utama Muda' },
  { code: 'IV/d', name: 'Pembina Utama Madya' },
  { code: 'IV/e', name: 'Pembina Utama' },
];

/** PPPK golongan I–XVII. */
export const PPPK_GRADES: readonly RankOption[] = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
].map((code) => ({ code }));

export function ranksFor(type: EmploymentType): readonly RankOption[] {
  switch (type) {
    case 'PNS':
      return PNS_RANKS;
    case 'PPPK':
      return PPPK_GRADES;
    case 'NON_ASN':
      return [];
  }
}

export const POSITION_KINDS = [
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Version of the personal-data consent text; bump it when the text changes. */
export const CONSENT_VERSION = '2026-11';

/** The profile fields a person may edit themselves (and an admin on their behalf). */
export interface ProfileFields {
  fullName: string;
  /** Academic titles before the name, e.g. `Dr.` or `Ir.` */
  titleBefore?: string | null;
  /** Academic titles after the name, e.g. `S.Kom., M.Si.` */
  titleAfter?: string | null;
  employmentType: EmploymentType;
  /** 18 digits, required for PNS and PPPK. */
  nip?: string | null;
  /** 16 digits, required for non-ASN. */
  nik?: string | null;
  rank?: string | null;
  position?: string | null;
  positionKind?: PositionKind | null;
  agencyId?: string | null;
  unitId?: string | null;
  phone?: string | null;
  language?: Language;
}

export interface RegisterRequest extends ProfileFields {
  email: string;
  password: string;
  /** Must be true: consent to the processing of personal data (UU 27/2022). */
  consent: boolean;
}

export type UpdateProfileRequest = Partial<ProfileFields>;

export interface ProfileView {
  id: string;
  email: string;
  fullName: string;
  titleBefore: string | null;
  titleAfter: string | null;
  /** Name with titles as printed on certificates. */
  displayName: string;
  employmentType: EmploymentType;
  nip: string | null;
  nik: string | null;
  rank: string | null;
  position: string | null;
  positionKind: PositionKind | null;
  agencyId: string | null;
  agencyName: string | null;
  unitId: string | null;
  unitName: string | null;
  phone: string | null;
  language: Language;
  roles: Role[];
  active: boolean;
  consentAt: string | null;
  consentVersion: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What an admin sends to create an account. A temporary password is generated when none is given. */
export interface CreateUserRequest extends ProfileFields {
  email: string;
  roles: Role[];
  password?: string;
}

export interface CreateUserResponse {
  user: ProfileView;
  /** Only returned when the server generated the password; shown once. */
  temporaryPassword?: string;
}

export interface UpdateUserRequest extends Partial<ProfileFields> {
  email?: string;
  roles?: Role[];
  active?: boolean;
}

/** Everything stored about a person, for the UU PDP right of access. */
export interface PersonalDataExport {
  exportedAt: string;
  profile: ProfileView;
  auditTrail: { at: string; action: string; ip: string | null }[];
  sessions: { createdAt: string; expiresAt: string; userAgent: string | null; ip: string | null; revokedAt: string | null }[];
}

/** Maximum lengths of profile fields; the API enforces them and the web forms mirror them. */
export const PROFILE_LIMITS = {
  email: 254,
  fullName: 200,
  titleBefore: 60,
  titleAfter: 100,
  rank: 10,
  position: 200,
} as const;

/** Indonesian phone numbers as people type them: 08…, +62…, 62…, with spaces or dashes. */
export function isPhoneNumber(value: string): boolean {
  return /^(\+?62|0)\d{7,13}$/.test(value.replace(/[\s-]/g, ''));
}
