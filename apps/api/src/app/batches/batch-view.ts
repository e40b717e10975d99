import { PLACE_HOLDING_STATUSES, type BatchView } from '@bimtek/contracts';
import { toRoman } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { Unit } from '../agencies/unit.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { User } from '../users/user.entity';
import { BatchStaff } from './batch-staff.entity';
import { BatchUnit } from './batch-unit.entity';
import type { Batch } from './batch.entity';

export function batchName(number: number): string {
  return `Angkatan ${toRoman(number)}`;
}

/** Views of several batches with a fixed number of queries (no query per batch). Expects `program` loaded. */
export async function batchViews(manager: EntityManager, batches: Batch[]): Promise<BatchView[]> {
  if (batches.length === 0) return [];
  const ids = batches.map((b) => b.id);
  const [counts, units, staff] = await Promise.all([
    manager
      .createQueryBuilder(Enrollment, 'e')
      .select('e.batchId', 'batchId')
      .addSelect(`count(*) FILTER (WHERE e.status IN (:...holding))::int`, 'taken')
      .addSelect(`count(*) FILTER (WHERE e.status = 'waitlisted')::int`, 'waiting')
      .where('e.batchId IN (:...ids)', { ids, holding: [...PLACE_HOLDING_STATUSES] })
      .groupBy('e.batchId')
      .getRawMany<{ batchId: string; taken: number; waiting: number }>(),
    manager
      .createQueryBuilder(BatchUnit, 'bu')
      .innerJoin(Unit, 'u', 'u.id = bu.unitId')
      .select(['bu.batchId AS "batchId"', 'bu.unitId AS "unitId"', 'u.name AS "unitName"', 'bu.quota AS quota'])
      .where('bu.batchId IN (:...ids)', { ids })
      .orderBy('u.name')
      .getRawMany<{ batchId: string; unitId: string; unitName: string; quota: number | null }>(),
    manager
      .createQueryBuilder(BatchStaff, 's')
      .innerJoin(User, 'u', 'u.id = s.userId')
      .select(['s.batchId AS "batchId"', 's.userId AS id', 's.role AS role', 'u.fullName AS name'])
      .where('s.batchId IN (:...ids)', { ids })
      .orderBy('u.fullName')
      .getRawMany<{ batchId: string; id: string; role: string; name: string }>(),
  ]);
  const countOf = new Map(counts.map((c) => [c.batchId, c]));
  return batches.map((b) => ({
    id: b.id,
    programId: b.programId,
    programTitle: b.program?.title ?? '',
    agencyId: b.program?.agencyId ?? '',
    number: b.number,
    name: batchName(b.number),
    status: b.status,
    startDate: b.startDate,
    endDate: b.endDate,
    timeZone: b.timeZone,
    venue: b.venue,
    capacity: b.capacity,
    registrationOpensAt: b.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: b.registrationClosesAt?.toISOString() ?? null,
    requiresApproval: b.requiresApproval,
    placesTaken: countOf.get(b.id)?.taken ?? 0,
    waitlistLength: countOf.get(b.id)?.waiting ?? 0,
    targetUnits: units.filter((u) => u.batchId === b.id).map(({ unitId, unitName, quota }) => ({ unitId, unitName, quota })),
    organizers: staff.filter((s) => s.batchId === b.id && s.role === 'organizer').map(({ id, name }) => ({ id, name })),
    trainers: staff.filter((s) => s.batchId === b.id && s.role === 'trainer').map(({ id, name }) => ({ id, name })),
    createdAt: b.createdAt.toISOString(),
  }));
}
