import { permissionsOf, type ProfileView, type SessionUser } from '@bimtek/contracts';
import { displayName } from '@bimtek/domain';
import type { User } from './user.entity';

/** Expects `agency` and `unit` to be loaded when the person has them. */
export function toProfileView(user: User): ProfileView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    titleBefore: user.titleBefore,
    titleAfter: user.titleAfter,
    displayName: displayName(user.fullName, user.titleBefore, user.titleAfter),
    employmentType: user.employmentType,
    nip: user.nip,
    nik: user.nik,
    rank: user.rank,
    position: user.position,
    positionKind: user.positionKind,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
    phone: user.phone,
    language: user.language,
    roles: user.roles,
    active: user.active,
    consentAt: user.consentAt?.toISOString() ?? null,
    consentVersion: user.consentVersion,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: displayName(user.fullName, user.titleBefore, user.titleAfter),
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    language: user.language,
    mustChangePassword: user.mustChangePassword,
  };
}

export const PROFILE_RELATIONS = { agency: true, unit: true } as const;
