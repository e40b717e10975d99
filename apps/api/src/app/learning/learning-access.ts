import { ErrorCode } from '@bimtek/contracts';
import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { assertAgencyAccess } from '../common/agency-access';
import { AppException, forbidden, notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';

/** What learning features need to know of a batch: its programme, agency, name and time zone. */
export interface BatchContext {
  batchId: string;
  programId: string;
  agencyId: string;
  /** "Angkatan II". */
  name: string;
  programTitle: string;
  timeZone: string;
  status: string;
}

export async function loadBatchContext(manager: EntityManager, batchId: string): Promise<BatchContext> {
  const [row] = await manager.query<
    { id: string; program_id: string; agency_id: string; number: number; title: string; time_zone: string; status: string }[]
  >(
    `SELECT b.id, b.program_id, p.agency_id, b.number, p.title, b.time_zone, b.status
       FROM batch b JOIN program p ON p.id = b.program_id WHERE b.id = $1`,
    [batchId],
  );
  if (!row) throw notFound();
  return {
    batchId: row.id,
    programId: row.program_id,
    agencyId: row.agency_id,
    name: batchName(row.number),
    programTitle: row.title,
    timeZone: row.time_zone,
    status: row.status,
  };
}

/** Organizers of the programme's agency (and admins) manage everything in it. */
export function managesAgency(principal: Principal, agencyId: string): boolean {
  if (principal.roles.includes('admin')) return true;
  return principal.roles.includes('organizer') && principal.agencyId === agencyId;
}

/** The modules a person teaches in a batch: those of the timetable sessions they are a trainer of. */
export async function taughtModuleIds(manager: EntityManager, userId: string, batchId: string): Promise<string[]> {
  const rows = await manager.query<{ module_id: string }[]>(
    `SELECT DISTINCT s.module_id
       FROM timetable_session s JOIN timetable_session_trainer t ON t.session_id = s.id
      WHERE s.batch_id = $1 AND t.user_id = $2 AND s.module_id IS NOT NULL`,
    [batchId, userId],
  );
  return rows.map((r) => r.module_id);
}

/**
 * Whether the person may follow and grade learning in a batch: its agency's organizers, admins, and
 * the trainers who teach there (of the given module, when one is named; any of its modules when
 * the thing is batch-wide like the pre-test).
 */
export async function canTeach(manager: EntityManager, principal: Principal, batch: BatchContext, moduleId?: string | null): Promise<boolean> {
  if (managesAgency(principal, batch.agencyId)) return true;
  if (!principal.roles.includes('trainer')) return false;
  const modules = await taughtModuleIds(manager, principal.id, batch.batchId);
  return moduleId ? modules.includes(moduleId) : modules.length > 0;
}

export async function assertCanTeach(manager: EntityManager, principal: Principal, batch: BatchContext, moduleId?: string | null): Promise<void> {
  if (!(await canTeach(manager, principal, batch, moduleId))) throw forbidden();
}

/** A participant works in a batch only with an approved place in it. */
export async function assertEnrolled(manager: EntityManager, userId: string, batchId: string): Promise<BatchContext> {
  const batch = await loadBatchContext(manager, batchId);
  const [row] = await manager.query<unknown[]>(`SELECT 1 FROM enrollment WHERE batch_id = $1 AND user_id = $2 AND status = 'approved'`, [batchId, userId]);
  if (!row) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.NotEnrolled);
  return batch;
}

/** A programme its agency's organizers (and admins) may edit the material of; 404 when missing. */
export async function loadManagedProgram(manager: EntityManager, principal: Principal, programId: string): Promise<{ id: string; agencyId: string }> {
  const [row] = await manager.query<{ id: string; agency_id: string }[]>(`SELECT id, agency_id FROM program WHERE id = $1`, [programId]);
  if (!row) throw notFound();
  assertAgencyAccess(principal, row.agency_id);
  return { id: row.id, agencyId: row.agency_id };
}

/** A module of a managed programme; 404 when it is not (or no longer) part of that programme. */
export async function loadManagedModule(
  manager: EntityManager,
  principal: Principal,
  programId: string,
  moduleId: string,
): Promise<{ id: string; programId: string; agencyId: string; title: string }> {
  const program = await loadManagedProgram(manager, principal, programId);
  const [row] = await manager.query<{ id: string; title: string }[]>(`SELECT id, title FROM program_module WHERE id = $1 AND program_id = $2`, [moduleId, programId]);
  if (!row) throw notFound();
  return { id: row.id, programId, agencyId: program.agencyId, title: row.title };
}
