import type { AttendanceCounts, AttendancePersonRow, AttendanceRecordView, AttendanceUnitView, CheckInRules } from '@bimtek/contracts';
import { attendanceUnits, type AttendanceUnit } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { Batch } from '../batches/batch.entity';
import { notFound } from '../common/errors/app-exception';
import { Program } from '../programs/program.entity';
import { TimetableSession } from '../timetable/timetable-session.entity';
import type { AttendanceRecord } from './attendance-record.entity';

/** A batch with what attendance needs: its rules and its units in time order. */
export interface BatchAttendance {
  batch: Batch;
  program: Program;
  name: string;
  rules: CheckInRules;
  units: AttendanceUnit[];
}

export function rulesOf(batch: Batch): CheckInRules {
  return {
    opensBeforeMinutes: batch.checkInOpensBeforeMinutes,
    closesAfterMinutes: batch.checkInClosesAfterMinutes,
    lateAfterMinutes: batch.checkInLateAfterMinutes,
  };
}

export async function loadBatchAttendance(manager: EntityManager, batchId: string): Promise<BatchAttendance> {
  const batch = await manager.findOneBy(Batch, { id: batchId });
  if (!batch) throw notFound();
  const program = await manager.findOneByOrFail(Program, { id: batch.programId });
  const sessions = await manager.find(TimetableSession, { where: { batchId }, select: { id: true, title: true, startsAt: true, endsAt: true } });
  const rules = rulesOf(batch);
  return { batch, program, name: batchName(batch.number), rules, units: attendanceUnits(sessions, batch.attendanceMode, rules, batch.timeZone) };
}

export function unitOf(attendance: BatchAttendance, unitKey: string): AttendanceUnit {
  const unit = attendance.units.find((u) => u.key === unitKey);
  if (!unit) throw notFound();
  return unit;
}

export function unitView(unit: AttendanceUnit): AttendanceUnitView {
  return {
    key: unit.key,
    title: unit.title,
    date: unit.date,
    startsAt: unit.startsAt.toISOString(),
    endsAt: unit.endsAt.toISOString(),
    opensAt: unit.opensAt.toISOString(),
    closesAt: unit.closesAt.toISOString(),
    lateAfter: unit.lateAfter.toISOString(),
    sessionIds: unit.sessionIds,
  };
}

export function recordView(r: AttendanceRecord): AttendanceRecordView {
  return {
    userId: r.userId,
    unitKey: r.unitKey,
    status: r.status,
    method: r.method,
    offline: r.offline,
    checkedInAt: r.checkedInAt ? new Date(r.checkedInAt).toISOString() : null,
    reason: r.reason,
    hasEvidence: !!r.evidenceKey,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

export function emptyCounts(): AttendanceCounts {
  return { hadir: 0, terlambat: 0, izin: 0, sakit: 0, alpa: 0, none: 0 };
}

/** Counts over the expected people: those without a record count as `none`. */
export function countRecords(expected: number, records: readonly Pick<AttendanceRecord, 'status'>[]): AttendanceCounts {
  const counts = emptyCounts();
  for (const r of records) counts[r.status]++;
  counts.none = Math.max(0, expected - records.length);
  return counts;
}

/** The people expected in a batch: those holding an approved place, by name (or just one of them). */
export async function expectedPeople(manager: EntityManager, batchId: string, onlyUserId?: string): Promise<AttendancePersonRow[]> {
  const rows = await manager.query<{ user_id: string; full_name: string; nip: string | null; unit_name: string | null }[]>(
    `SELECT u.id AS user_id, u.full_name, u.nip, un.name AS unit_name
       FROM enrollment e
       JOIN app_user u ON u.id = e.user_id
       LEFT JOIN unit un ON un.id = u.unit_id
      WHERE e.batch_id = $1 AND e.status = 'approved' AND ($2::uuid IS NULL OR e.user_id = $2::uuid)
      ORDER BY u.full_name, u.id`,
    [batchId, onlyUserId ?? null],
  );
  return rows.map((r) => ({ userId: r.user_id, fullName: r.full_name, nip: r.nip?.trim() ?? null, unitName: r.unit_name }));
}

export async function expectedPerson(manager: EntityManager, batchId: string, userId: string): Promise<AttendancePersonRow | null> {
  return (await expectedPeople(manager, batchId, userId))[0] ?? null;
}
