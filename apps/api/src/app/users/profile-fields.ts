import type { ProfileFields } from '@bimtek/contracts';
import type { User } from './user.entity';

/** The fields a person edits about themselves; audit diffs are taken over these. */
export const PROFILE_FIELDS = [
  'fullName',
  'titleBefore',
  'titleAfter',
  'employmentType',
  'nip',
  'nik',
  'rank',
  'position',
  'positionKind',
  'agencyId',
  'unitId',
  'phone',
  'language',
] as const satisfies readonly (keyof ProfileFields & keyof User)[];

/** Copies only the fields present in the request; `null` clears a field, a missing key keeps it. */
export function applyProfileFields(user: User, fields: Partial<ProfileFields>): void {
  for (const key of PROFILE_FIELDS) {
    if (fields[key] !== undefined) (user as unknown as Record<string, unknown>)[key] = fields[key];
  }
}

export function candidateOf(user: User) {
  return {
    email: user.email,
    fullName: user.fullName,
    employmentType: user.employmentType,
    nip: user.nip,
    nik: user.nik,
    rank: user.rank,
    agencyId: user.agencyId,
    unitId: user.unitId,
  };
}
