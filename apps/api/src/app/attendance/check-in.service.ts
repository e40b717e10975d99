import {
  ErrorCode,
  KIOSK_CODE_STEP_SECONDS,
  OFFLINE_CHECK_IN_MAX_AGE_MS,
  type AttendanceMode,
  type AttendanceStatus,
  type BadgeScanResult,
  type BatchStatus,
  type CheckInMethod,
  type CheckInRequest,
  type CheckInResult,
  type KioskView,
  type TimeZone,
} from '@bimtek/contracts';
import { attendanceUnits, codeStep, judgeInWindow, type AttendanceUnit } from '@bimtek/domain';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { AppException, notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { assertAgencyAccess } from '../common/agency-access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { localDateTime } from '../timetable/local-time';
import { AttendanceCodes } from './attendance-codes';
import { AttendanceRecord } from './attendance-record.entity';
import { expectedPerson, loadBatchAttendance, recordView, unitOf, unitView } from './batch-attendance';

const STEP_MS = KIOSK_CODE_STEP_SECONDS * 1000;
/** A code read online stays good through the next step: at most a minute, so a photo of it soon stops working. */
const ONLINE_GRACE_STEPS = 1;
/** The phone measures how long a queued scan waited; a minute either way absorbs its imprecision. */
const OFFLINE_TOLERANCE_STEPS = 2;
/** Codes this far back are recognised as expired rather than wrong. */
const EXPIRED_LOOKBACK_STEPS = 240;
/** Wrong codes per person in the window before check-in is refused for a while. */
export const WRONG_CODE_LIMIT = 10;
const WRONG_CODE_WINDOW_MINUTES = 10;
/** Batches in which people check in: published and not yet over. */
const CHECK_IN_STATUSES: readonly BatchStatus[] = ['registration_open', 'running'];

interface Candidate {
  batchId: string;
  batchName: string;
  programTitle: string;
  agencyId: string;
  timeZone: TimeZone;
  /** The person holds an approved place in the batch. */
  enrolled: boolean;
  unit: AttendanceUnit;
}

interface Match {
  candidate: Candidate;
  /** When the person was in the room, as far as the server can vouch for it. */
  at: Date;
}

@Injectable()
export class CheckInService {
  readonly codes: AttendanceCodes;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.codes = new AttendanceCodes(config.jwtSecret);
  }

  /**
   * A participant's check-in with the kiosk's code. The server's clock decides: online, the scan
   * happened on arrival; from the offline queue, the phone says how long ago it scanned (a
   * duration, so a wrong phone clock cancels out) and the code's step bounds that claim.
   */
  async checkIn(principal: Principal, dto: CheckInRequest, arrivedAt = new Date()): Promise<CheckInResult> {
    const offline = (dto.scannedAgoMs ?? 0) > 0;
    const ago = Math.min(dto.scannedAgoMs ?? 0, OFFLINE_CHECK_IN_MAX_AGE_MS + 1);
    const scannedAt = new Date(arrivedAt.getTime() - ago);
    const code = dto.code.replace(/\D/g, '');
    const { candidates, failures, oldestFailure } = await this.candidates(principal.id, scannedAt, dto.batchId, dto.unitKey);
    if (failures >= WRONG_CODE_LIMIT && oldestFailure) {
      const minutesLeft = Math.max(1, Math.ceil((oldestFailure.getTime() + WRONG_CODE_WINDOW_MINUTES * 60_000 - Date.now()) / 60_000));
      throw new AppException(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.CheckInThrottled, undefined, [minutesLeft]);
    }
    if (dto.batchId && !candidates.length) throw notFound();

    const match = ago > OFFLINE_CHECK_IN_MAX_AGE_MS ? null : this.match(candidates, code, scannedAt, offline);
    if (!match) {
      if (this.expired(candidates, code, scannedAt)) throw new AppException(HttpStatus.BAD_REQUEST, ErrorCode.CheckInCodeExpired, [{ field: 'code', code: 'expired' }]);
      await this.dataSource.query('INSERT INTO check_in_failure (user_id) VALUES ($1)', [principal.id]);
      throw new AppException(HttpStatus.BAD_REQUEST, ErrorCode.CheckInCodeInvalid, [{ field: 'code', code: 'invalid' }]);
    }
    const { candidate, at } = match;
    const status = this.judge(candidate, at);
    if (!candidate.enrolled) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.NotEnrolled);
    const { record, created } = await this.record(this.dataSource.manager, candidate.batchId, candidate.unit.key, principal.id, status, 'kiosk', at, offline, principal.id);
    return {
      batchId: candidate.batchId,
      batchName: candidate.batchName,
      programTitle: candidate.programTitle,
      timeZone: candidate.timeZone,
      unit: unitView(candidate.unit),
      status: record.status,
      checkedInAt: record.checkedInAt ? new Date(record.checkedInAt).toISOString() : null,
      alreadyRecorded: !created,
      offline: record.offline,
    };
  }

  /** The organizer scans a participant's badge: same window and lateness, the server's time. */
  async scanBadge(batchId: string, unitKey: string, token: string, principal: Principal): Promise<BadgeScanResult> {
    const attendance = await loadBatchAttendance(this.dataSource.manager, batchId);
    assertAgencyAccess(principal, attendance.program.agencyId);
    const unit = unitOf(attendance, unitKey);
    const userId = this.codes.badgeUser(token);
    if (!userId) throw new AppException(HttpStatus.BAD_REQUEST, ErrorCode.BadgeInvalid, [{ field: 'token', code: 'invalid' }]);
    const person = await expectedPerson(this.dataSource.manager, batchId, userId);
    if (!person) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.NotEnrolled);
    if (!CHECK_IN_STATUSES.includes(attendance.batch.status)) throw new AppException(HttpStatus.CONFLICT, ErrorCode.BatchStateForbids);
    const now = new Date();
    const status = this.judge({ batchId, batchName: attendance.name, programTitle: attendance.program.title, agencyId: attendance.program.agencyId, timeZone: attendance.batch.timeZone, enrolled: true, unit }, now);
    const { record, created } = await this.record(this.dataSource.manager, batchId, unitKey, userId, status, 'badge', now, false, principal.id);
    return { person, record: recordView(record), alreadyRecorded: !created };
  }

  /** The projector's view; polled every few seconds, so it reads little and computes the code. */
  async kiosk(batchId: string, unitKey: string, principal: Principal, now = new Date()): Promise<KioskView> {
    const attendance = await loadBatchAttendance(this.dataSource.manager, batchId);
    assertAgencyAccess(principal, attendance.program.agencyId);
    const unit = unitOf(attendance, unitKey);
    const window = now < unit.opensAt ? 'notYet' : now > unit.closesAt ? 'closed' : 'open';
    const step = codeStep(now, KIOSK_CODE_STEP_SECONDS);
    const open = window === 'open' && CHECK_IN_STATUSES.includes(attendance.batch.status);
    const [{ expected }] = await this.dataSource.query<{ expected: number }[]>(
      `SELECT count(*)::int AS expected FROM enrollment WHERE batch_id = $1 AND status = 'approved'`,
      [batchId],
    );
    const counts = await this.dataSource.query<{ status: AttendanceStatus; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM attendance_record WHERE batch_id = $1 AND unit_key = $2 GROUP BY status`,
      [batchId, unitKey],
    );
    const recent = await this.dataSource.query<{ full_name: string; unit_name: string | null; status: AttendanceStatus; checked_in_at: Date }[]>(
      `SELECT u.full_name, un.name AS unit_name, r.status, r.checked_in_at
         FROM attendance_record r
         JOIN app_user u ON u.id = r.user_id
         LEFT JOIN unit un ON un.id = u.unit_id
        WHERE r.batch_id = $1 AND r.unit_key = $2 AND r.status IN ('hadir', 'terlambat')
        ORDER BY r.checked_in_at DESC, r.created_at DESC
        LIMIT 30`,
      [batchId, unitKey],
    );
    const n = (status: AttendanceStatus) => counts.find((c) => c.status === status)?.n ?? 0;
    return {
      batchId,
      batchName: attendance.name,
      programTitle: attendance.program.title,
      unit: unitView(unit),
      window,
      code: open ? this.codes.kioskCode(batchId, unitKey, step) : '',
      serverNow: now.toISOString(),
      validUntil: new Date((step + 1) * STEP_MS).toISOString(),
      stepSeconds: KIOSK_CODE_STEP_SECONDS,
      expected,
      present: n('hadir') + n('terlambat'),
      late: n('terlambat'),
      recent: recent.map((r) => ({ fullName: r.full_name, unitName: r.unit_name, status: r.status, checkedInAt: new Date(r.checked_in_at).toISOString() })),
    };
  }

  /**
   * Inserts the record unless one exists: the unique key makes double scans and two devices at
   * once end as one record, and an organizer's earlier mark is never overwritten by a scan.
   */
  async record(
    manager: EntityManager,
    batchId: string,
    unitKey: string,
    userId: string,
    status: AttendanceStatus,
    method: CheckInMethod,
    at: Date | null,
    offline: boolean,
    recordedBy: string,
  ): Promise<{ record: AttendanceRecord; created: boolean }> {
    // One round trip: the new row, or the existing one when the person was already recorded.
    const rows = await manager.query<(AttendanceRecordRow & { created: boolean })[]>(
      `WITH inserted AS (
         INSERT INTO attendance_record (batch_id, unit_key, user_id, status, method, checked_in_at, offline, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (batch_id, unit_key, user_id) DO NOTHING
         RETURNING ${RECORD_COLUMNS})
       SELECT *, true AS created FROM inserted
       UNION ALL
       SELECT ${RECORD_COLUMNS}, false AS created FROM attendance_record
        WHERE batch_id = $1 AND unit_key = $2 AND user_id = $3 AND NOT EXISTS (SELECT 1 FROM inserted)`,
      [batchId, unitKey, userId, status, method, at, offline, recordedBy],
    );
    if (rows.length) return { record: fromRow(rows[0]), created: rows[0].created };
    // The row that stopped the insert was committed after this statement's snapshot (two devices at once).
    const [existing] = await manager.query<AttendanceRecordRow[]>(
      `SELECT ${RECORD_COLUMNS} FROM attendance_record WHERE batch_id = $1 AND unit_key = $2 AND user_id = $3`,
      [batchId, unitKey, userId],
    );
    return { record: fromRow(existing), created: false };
  }

  /**
   * In one round trip: the person's recent wrong codes, and the units of published batches whose
   * sessions lie within two days of the scan (or the one the QR names), with whether the person
   * holds an approved place in each.
   */
  private async candidates(userId: string, at: Date, batchId?: string, unitKey?: string): Promise<{ candidates: Candidate[]; failures: number; oldestFailure: Date | null }> {
    const rows = await this.dataSource.query<(Partial<SessionRow> & { failures: number; oldest_failure: Date | null })[]>(
      `WITH failures AS (
         SELECT count(*)::int AS failures, min(created_at) AS oldest_failure FROM check_in_failure
          WHERE user_id = $4 AND created_at > now() - make_interval(mins => $5))
       SELECT f.failures, f.oldest_failure, s.*
         FROM failures f
         LEFT JOIN (
           SELECT s.id, s.title, s.starts_at, s.ends_at, b.id AS batch_id, b.number, b.time_zone, b.attendance_mode,
                  b.check_in_opens_before_minutes, b.check_in_closes_after_minutes, b.check_in_late_after_minutes,
                  p.title AS program_title, p.agency_id,
                  EXISTS (SELECT 1 FROM enrollment e WHERE e.batch_id = b.id AND e.user_id = $4 AND e.status = 'approved') AS enrolled
             FROM timetable_session s
             JOIN batch b ON b.id = s.batch_id
             JOIN program p ON p.id = b.program_id
            WHERE b.status = ANY($1) AND s.starts_at < $2::timestamptz + interval '2 days' AND s.ends_at > $2::timestamptz - interval '2 days'
              AND ($3::uuid IS NULL OR b.id = $3::uuid)
         ) s ON true`,
      [CHECK_IN_STATUSES, at, batchId ?? null, userId, WRONG_CODE_WINDOW_MINUTES],
    );
    const { failures, oldest_failure } = rows[0];
    const byBatch = new Map<string, SessionRow[]>();
    for (const row of rows) {
      // Without any session near the scan, the one row carries only the failure count.
      if (!row.id) continue;
      const session = row as SessionRow;
      byBatch.set(session.batch_id, [...(byBatch.get(session.batch_id) ?? []), session]);
    }
    const candidates: Candidate[] = [];
    for (const [id, sessions] of byBatch) {
      const first = sessions[0];
      const rules = { opensBeforeMinutes: first.check_in_opens_before_minutes, closesAfterMinutes: first.check_in_closes_after_minutes, lateAfterMinutes: first.check_in_late_after_minutes };
      const units = attendanceUnits(
        sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.starts_at, endsAt: s.ends_at })),
        first.attendance_mode,
        rules,
        first.time_zone,
      );
      for (const unit of units) {
        if (unitKey && unit.key !== unitKey) continue;
        candidates.push({ batchId: id, batchName: batchName(first.number), programTitle: first.program_title, agencyId: first.agency_id, timeZone: first.time_zone, enrolled: first.enrolled, unit });
      }
    }
    return { candidates, failures, oldestFailure: oldest_failure };
  }

  /** The unit whose code was on screen at the scan; online within the grace, offline within the tolerance. */
  private match(candidates: Candidate[], code: string, scannedAt: Date, offline: boolean): Match | null {
    const current = codeStep(scannedAt, KIOSK_CODE_STEP_SECONDS);
    const first = current - ONLINE_GRACE_STEPS - (offline ? OFFLINE_TOLERANCE_STEPS : 0);
    const last = current + (offline ? OFFLINE_TOLERANCE_STEPS : 0);
    for (const candidate of candidates) {
      for (let step = last; step >= first; step--) {
        if (this.codes.kioskCode(candidate.batchId, candidate.unit.key, step) !== code) continue;
        // The code existed only from its step on; the scan cannot have been earlier, nor much later.
        const shownFrom = step * STEP_MS;
        const shownUntil = (step + 1 + ONLINE_GRACE_STEPS) * STEP_MS;
        const at = new Date(Math.min(Math.max(scannedAt.getTime(), shownFrom), shownUntil));
        return { candidate, at };
      }
    }
    return null;
  }

  private expired(candidates: Candidate[], code: string, scannedAt: Date): boolean {
    const current = codeStep(scannedAt, KIOSK_CODE_STEP_SECONDS);
    return candidates.some((c) => {
      for (let step = current - 1; step >= current - EXPIRED_LOOKBACK_STEPS; step--) {
        if (this.codes.kioskCode(c.batchId, c.unit.key, step) === code) return true;
      }
      return false;
    });
  }

  /** hadir or terlambat at the given moment, or the refusal with the window's time at the venue. */
  private judge(candidate: Candidate, at: Date): AttendanceStatus {
    const { unit } = candidate;
    const outcome = judgeInWindow(unit, at);
    if (outcome.accepted) return outcome.status;
    const time = (d: Date) => localDateTime(d, candidate.timeZone).slice(11);
    if (outcome.reason === 'tooEarly') throw new AppException(HttpStatus.CONFLICT, ErrorCode.CheckInNotOpen, undefined, [unit.title, time(unit.opensAt)]);
    throw new AppException(HttpStatus.CONFLICT, ErrorCode.CheckInClosed, undefined, [unit.title, time(unit.closesAt)]);
  }
}

interface SessionRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  batch_id: string;
  number: number;
  time_zone: TimeZone;
  attendance_mode: AttendanceMode;
  check_in_opens_before_minutes: number;
  check_in_closes_after_minutes: number;
  check_in_late_after_minutes: number;
  program_title: string;
  agency_id: string;
  enrolled: boolean;
}

const RECORD_COLUMNS = `id, batch_id, unit_key, user_id, status, method, offline, checked_in_at, reason, evidence_key, evidence_type, recorded_by, created_at, updated_at`;

interface AttendanceRecordRow {
  id: string;
  batch_id: string;
  unit_key: string;
  user_id: string;
  status: AttendanceStatus;
  method: CheckInMethod;
  offline: boolean;
  checked_in_at: Date | null;
  reason: string | null;
  evidence_key: string | null;
  evidence_type: string | null;
  recorded_by: string | null;
  created_at: Date;
  updated_at: Date;
}

function fromRow(r: AttendanceRecordRow): AttendanceRecord {
  return Object.assign(new AttendanceRecord(), {
    id: r.id,
    batchId: r.batch_id,
    unitKey: r.unit_key,
    userId: r.user_id,
    status: r.status,
    method: r.method,
    offline: r.offline,
    checkedInAt: r.checked_in_at,
    reason: r.reason,
    evidenceKey: r.evidence_key,
    evidenceType: r.evidence_type,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}
