import { ErrorCode, ranksFor, type EmploymentType } from '@bimtek/contracts';
import { Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Unit } from '../agencies/unit.entity';
import { AppException, FieldValidationException, type RawFieldError } from '../common/errors/app-exception';
import { HttpStatus } from '@nestjs/common';
import { User } from './user.entity';

/** The profile as it would be saved; checked as a whole, whoever edits it. */
export interface ProfileCandidate {
  email: string;
  fullName: string | null | undefined;
  employmentType: EmploymentType | null | undefined;
  nip: string | null;
  nik: string | null;
  rank: string | null;
  agencyId: string | null;
  unitId: string | null;
}

/**
 * Rules no single field can check: which identity number an employment type needs, which ranks
 * fit it, whether the OPD belongs to the agency, and that email, NIP and NIK are not someone else's.
 */
export async function checkProfile(manager: EntityManager, p: ProfileCandidate, selfId?: string): Promise<void> {
  const errors: RawFieldError[] = [];
  if (!p.fullName) errors.push({ field: 'fullName', code: 'isNotEmpty' });
  if (!p.employmentType) errors.push({ field: 'employmentType', code: 'isNotEmpty' });
  if ((p.employmentType === 'PNS' || p.employmentType === 'PPPK') && !p.nip) errors.push({ field: 'nip', code: 'nipRequired' });
  if (p.employmentType === 'NON_ASN' && !p.nik) errors.push({ field: 'nik', code: 'nikRequired' });
  if (p.rank && p.employmentType && !ranksFor(p.employmentType).some((r) => r.code === p.rank)) {
    errors.push({ field: 'rank', code: 'rankNotForEmploymentType' });
  }
  if (p.unitId && !p.agencyId) errors.push({ field: 'agencyId', code: 'isNotEmpty' });
  if (p.agencyId && !(await manager.existsBy(Agency, { id: p.agencyId }))) {
    errors.push({ field: 'agencyId', code: 'agencyNotFound' });
  } else if (p.unitId && !(await manager.existsBy(Unit, { id: p.unitId, agencyId: p.agencyId ?? undefined }))) {
    errors.push({ field: 'unitId', code: 'unitNotInAgency' });
  }
  if (errors.length) throw new FieldValidationException(errors);

  const others = (where: FindOptionsWhere<User>) => manager.existsBy(User, selfId ? { ...where, id: Not(selfId) } : where);
  const taken: [string, ErrorCode][] = [];
  if (await others({ email: p.email })) taken.push(['email', ErrorCode.EmailTaken]);
  if (p.nip && (await others({ nip: p.nip }))) taken.push(['nip', ErrorCode.NipTaken]);
  if (p.nik && (await others({ nik: p.nik }))) taken.push(['nik', ErrorCode.NikTaken]);
  const first = taken[0];
  if (first) {
    throw new AppException(
      HttpStatus.CONFLICT,
      first[1],
      taken.map(([field, code]) => ({ field, code })),
    );
  }
}
