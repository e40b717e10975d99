import {
  ErrorCode,
  EVIDENCE_MAX_BYTES,
  Permission,
  type AttendanceGridView,
  type AttendanceRecordView,
  type AttendanceSettingsView,
  type AttendanceUnitSheet,
  type MarkAttendanceResult,
  type MyBatchAttendance,
} from '@bimtek/contracts';
import { attendanceRate, isAttended } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { stateForbids } from '../batches/batches.service';
import { assertAgencyAccess } from '../common/agency-access';
import { AppException, FieldValidationException, invalidField, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { FileStorage } from '../storage/file-storage';
import { sniffContentType } from '../storage/sniff-content-type';
import { AttendanceRecord } from './attendance-record.entity';
import { countRecords, expectedPeople, expectedPerson, loadBatchAttendance, recordView, unitOf, unitView, type BatchAttendance } from './batch-attendance';
import type { AttendanceSettingsDto, CorrectAttendanceDto, ExcuseDto, MarkAttendanceDto } from './dto/attendance.dto';

export interface EvidenceFile {
  content: Buffer;
  contentType: string;
}

@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
  ) {}

  /** The batch's attendance, for an organizer of its agency. */
  async managed(batchId: string, principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<BatchAttendance> {
    const attendance = await loadBatchAttendance(manager, batchId);
    assertAgencyAccess(principal, attendance.program.agencyId);
    return attendance;
  }

  async settings(batchId: string, principal: Principal): Promise<AttendanceSettingsView> {
    const { batch, rules } = await this.managed(batchId, principal);
    return { mode: batch.attendanceMode, ...rules, hasRecords: await this.hasRecords(this.dataSource.manager, batchId) };
  }

  /** The mode cannot change once records exist: their keys are sessions or days. */
  async updateSettings(batchId: string, dto: AttendanceSettingsDto, principal: Principal, origin: RequestOrigin): Promise<AttendanceSettingsView> {
    await this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOne(Batch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw notFound();
      await this.managed(batchId, principal, manager);
      if (batch.status === 'archived') throw stateForbids();
      if (dto.mode && dto.mode !== batch.attendanceMode && (await this.hasRecords(manager, batchId))) {
        throw new AppException(HttpStatus.CONFLICT, ErrorCode.AttendanceRecorded, [{ field: 'mode', code: ErrorCode.AttendanceRecorded }]);
      }
      const before = { mode: batch.attendanceMode, opens: batch.checkInOpensBeforeMinutes, closes: batch.checkInClosesAfterMinutes, late: batch.checkInLateAfterMinutes };
      await manager.update(Batch, batchId, {
        ...(dto.mode ? { attendanceMode: dto.mode } : {}),
        ...(dto.opensBeforeMinutes !== undefined ? { checkInOpensBeforeMinutes: dto.opensBeforeMinutes } : {}),
        ...(dto.closesAfterMinutes !== undefined ? { checkInClosesAfterMinutes: dto.closesAfterMinutes } : {}),
        ...(dto.lateAfterMinutes !== undefined ? { checkInLateAfterMinutes: dto.lateAfterMinutes } : {}),
      });
      await this.audit.record({ action: 'attendance.settings_changed', actorId: principal.id, origin, details: { batchId, before, after: dto } }, manager);
    });
    return this.settings(batchId, principal);
  }

  /** Everyone expected × every unit, as the organizer sees it and the recap prints it. */
  async grid(batchId: string, principal: Principal): Promise<AttendanceGridView> {
    const attendance = await this.managed(batchId, principal);
    const people = await expectedPeople(this.dataSource.manager, batchId);
    const records = await this.dataSource.getRepository(AttendanceRecord).findBy({ batchId });
    const byUserUnit = new Map(records.map((r) => [`${r.userId}|${r.unitKey}`, r]));
    const expectedIds = new Set(people.map((p) => p.userId));
    return {
      batchId,
      batchName: attendance.name,
      programTitle: attendance.program.title,
      timeZone: attendance.batch.timeZone,
      mode: attendance.batch.attendanceMode,
      units: attendance.units.map((unit) => ({
        ...unitView(unit),
        counts: countRecords(
          people.length,
          records.filter((r) => r.unitKey === unit.key && expectedIds.has(r.userId)),
        ),
      })),
      people: people.map((person) => {
        const cells = attendance.units.map((unit) => byUserUnit.get(`${person.userId}|${unit.key}`) ?? null);
        const statuses = cells.flatMap((c) => (c ? [c.status] : []));
        return {
          ...person,
          cells: cells.map((c) => (c ? recordView(c) : null)),
          attended: statuses.filter(isAttended).length,
          rate: attendanceRate(statuses, attendance.units.length),
        };
      }),
    };
  }

  /** One unit as the organizer follows it live: everyone expected and their record. */
  async sheet(batchId: string, unitKey: string, principal: Principal): Promise<AttendanceUnitSheet> {
    const attendance = await this.managed(batchId, principal);
    const unit = unitOf(attendance, unitKey);
    const people = await expectedPeople(this.dataSource.manager, batchId);
    const records = await this.dataSource.getRepository(AttendanceRecord).findBy({ batchId, unitKey });
    const byUser = new Map(records.map((r) => [r.userId, r]));
    return {
      batchId,
      batchName: attendance.name,
      programTitle: attendance.program.title,
      timeZone: attendance.batch.timeZone,
      unit: unitView(unit),
      counts: countRecords(
        people.length,
        people.flatMap((p) => byUser.get(p.userId) ?? []),
      ),
      people: people.map((p) => {
        const record = byUser.get(p.userId);
        return { ...p, record: record ? recordView(record) : null };
      }),
    };
  }

  /** Marks many people at once (e.g. everyone present); those with a record already are left alone. */
  async mark(batchId: string, unitKey: string, dto: MarkAttendanceDto, principal: Principal, origin: RequestOrigin): Promise<MarkAttendanceResult> {
    return this.dataSource.transaction(async (manager) => {
      const attendance = await this.managed(batchId, principal, manager);
      if (attendance.batch.status === 'archived') throw stateForbids();
      unitOf(attendance, unitKey);
      const expected = new Set((await expectedPeople(manager, batchId)).map((p) => p.userId));
      if (dto.userIds.some((id) => !expected.has(id))) throw invalidField('userIds', 'unknownPeople');
      const present = isAttended(dto.status);
      const inserted = await manager.query<{ user_id: string }[]>(
        `INSERT INTO attendance_record (batch_id, unit_key, user_id, status, method, checked_in_at, reason, recorded_by)
         SELECT $1, $2, id, $4, 'manual', $5, $6, $7 FROM unnest($3::uuid[]) AS id
         ON CONFLICT (batch_id, unit_key, user_id) DO NOTHING
         RETURNING user_id`,
        [batchId, unitKey, dto.userIds, dto.status, present ? new Date() : null, dto.reason ?? null, principal.id],
      );
      await this.audit.record(
        {
          action: 'attendance.marked',
          actorId: principal.id,
          origin,
          details: { batchId, unitKey, status: dto.status, reason: dto.reason ?? null, userIds: inserted.map((r) => r.user_id) },
        },
        manager,
      );
      return { marked: inserted.length, skipped: dto.userIds.length - inserted.length };
    });
  }

  /** Sets one person's record to a status, with the reason in the record and in the audit trail. */
  async correct(batchId: string, unitKey: string, userId: string, dto: CorrectAttendanceDto, principal: Principal, origin: RequestOrigin): Promise<AttendanceRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const attendance = await this.managed(batchId, principal, manager);
      if (attendance.batch.status === 'archived') throw stateForbids();
      const unit = unitOf(attendance, unitKey);
      const existing = await manager.findOne(AttendanceRecord, { where: { batchId, unitKey, userId }, lock: { mode: 'pessimistic_write' } });
      if (!existing && !(await expectedPerson(manager, batchId, userId))) throw notFound();
      const present = isAttended(dto.status);
      const checkedInAt = present ? (existing?.checkedInAt ?? unit.startsAt) : null;
      if (existing) {
        await manager.update(AttendanceRecord, existing.id, { status: dto.status, reason: dto.reason, checkedInAt, recordedBy: principal.id });
      } else {
        await manager.insert(AttendanceRecord, { batchId, unitKey, userId, status: dto.status, method: 'manual', reason: dto.reason, checkedInAt, recordedBy: principal.id });
      }
      await this.audit.record(
        {
          action: 'attendance.corrected',
          actorId: principal.id,
          subjectId: userId,
          origin,
          details: { batchId, unitKey, from: existing?.status ?? null, to: dto.status, reason: dto.reason },
        },
        manager,
      );
      return recordView(await manager.findOneByOrFail(AttendanceRecord, { batchId, unitKey, userId }));
    });
  }

  /** A participant's own attendance in every batch they hold an approved place in. */
  async mine(userId: string): Promise<MyBatchAttendance[]> {
    const batches = await this.dataSource.query<{ batch_id: string }[]>(
      `SELECT e.batch_id FROM enrollment e JOIN batch b ON b.id = e.batch_id
        WHERE e.user_id = $1 AND e.status = 'approved' AND b.status <> 'draft'
        ORDER BY b.start_date DESC`,
      [userId],
    );
    const records = await this.dataSource.getRepository(AttendanceRecord).findBy({ userId });
    const result: MyBatchAttendance[] = [];
    for (const { batch_id } of batches) {
      const attendance = await loadBatchAttendance(this.dataSource.manager, batch_id);
      const mineHere = new Map(records.filter((r) => r.batchId === batch_id).map((r) => [r.unitKey, r]));
      const units = attendance.units.map((unit) => {
        const record = mineHere.get(unit.key);
        return { unit: unitView(unit), record: record ? recordView(record) : null };
      });
      const statuses = units.flatMap((u) => (u.record ? [u.record.status] : []));
      result.push({
        batchId: batch_id,
        batchName: attendance.name,
        programTitle: attendance.program.title,
        timeZone: attendance.batch.timeZone,
        mode: attendance.batch.attendanceMode,
        rate: attendanceRate(statuses, attendance.units.length),
        attended: statuses.filter(isAttended).length,
        planned: attendance.units.length,
        units,
      });
    }
    return result;
  }

  /**
   * A participant reports izin or sakit for a unit, with an optional photo or PDF as evidence.
   * Sending again replaces the earlier excuse; a check-in or an organizer's record is never overwritten.
   */
  async excuse(userId: string, dto: ExcuseDto, file: { buffer: Buffer } | undefined, origin: RequestOrigin): Promise<AttendanceRecordView> {
    let evidence: { key: string; type: string } | null = null;
    if (file) {
      if (file.buffer.length > EVIDENCE_MAX_BYTES) throw invalidField('file', 'evidenceTooLarge', [EVIDENCE_MAX_BYTES / 1024 / 1024]);
      const type = sniffContentType(file.buffer);
      if (!type) throw invalidField('file', 'evidenceType');
      evidence = { key: FileStorage.newKey('attendance-evidence'), type };
      // Stored before the transaction; a failed transaction leaves an unreferenced file, never a reference to no file.
      await this.storage.put(evidence.key, file.buffer);
    }
    const replaced = await this.dataSource.transaction(async (manager) => {
      const attendance = await loadBatchAttendance(manager, dto.batchId);
      if (!(await expectedPerson(manager, dto.batchId, userId))) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.NotEnrolled);
      if (attendance.batch.status === 'finished' || attendance.batch.status === 'archived' || attendance.batch.status === 'draft') throw stateForbids();
      if (!attendance.units.some((u) => u.key === dto.unitKey)) throw new FieldValidationException([{ field: 'unitKey', code: 'unitNotFound' }]);
      const existing = await manager.findOne(AttendanceRecord, { where: { batchId: dto.batchId, unitKey: dto.unitKey, userId }, lock: { mode: 'pessimistic_write' } });
      if (existing && (existing.method !== 'excuse' || existing.recordedBy !== userId)) throw new AppException(HttpStatus.CONFLICT, ErrorCode.AttendanceRecorded);
      const fields = { status: dto.status, reason: dto.reason, recordedBy: userId, ...(evidence ? { evidenceKey: evidence.key, evidenceType: evidence.type } : {}) };
      if (existing) await manager.update(AttendanceRecord, existing.id, fields);
      else await manager.insert(AttendanceRecord, { batchId: dto.batchId, unitKey: dto.unitKey, userId, method: 'excuse', checkedInAt: null, ...fields });
      await this.audit.record(
        { action: 'attendance.excused', actorId: userId, subjectId: userId, origin, details: { batchId: dto.batchId, unitKey: dto.unitKey, status: dto.status, evidence: !!evidence } },
        manager,
      );
      return evidence && existing?.evidenceKey ? existing.evidenceKey : null;
    }).catch(async (error: unknown) => {
      if (evidence) await this.storage.delete(evidence.key);
      throw error;
    });
    if (replaced) await this.storage.delete(replaced);
    return recordView(await this.dataSource.getRepository(AttendanceRecord).findOneByOrFail({ batchId: dto.batchId, unitKey: dto.unitKey, userId }));
  }

  /** Evidence is shown to the participant it belongs to and to organizers of the batch's agency. */
  async evidence(batchId: string, unitKey: string, userId: string, principal: Principal): Promise<EvidenceFile> {
    if (principal.id !== userId) {
      if (!principal.permissions.includes(Permission.AttendanceManage)) throw notFound();
      await this.managed(batchId, principal);
    }
    const record = await this.dataSource.getRepository(AttendanceRecord).findOneBy({ batchId, unitKey, userId });
    if (!record?.evidenceKey || !record.evidenceType) throw notFound();
    const content = await this.storage.get(record.evidenceKey);
    if (!content) throw notFound();
    return { content, contentType: record.evidenceType };
  }

  private async hasRecords(manager: EntityManager, batchId: string): Promise<boolean> {
    return manager.existsBy(AttendanceRecord, { batchId });
  }
}
