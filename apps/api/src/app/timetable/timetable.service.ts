import { ErrorCode, type SessionKind, type SessionView, type TimetableView } from '@bimtek/contracts';
import { fillTimetable, mayEdit } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { AuditService } from '../audit/audit.service';
import { batchName } from '../batches/batch-view';
import { Batch } from '../batches/batch.entity';
import { BatchesService, stateForbids, type OwnedBatch } from '../batches/batches.service';
import { AppException, FieldValidationException, notFound, type RawFieldError, invalidField } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgramModule } from '../programs/program-module.entity';
import { User } from '../users/user.entity';
import type { FillTimetableDto, SessionDto, UpdateSessionDto } from './dto/timetable.dto';
import { instantOf, localDate, localDateTime } from './local-time';
import { TimetableSession } from './timetable-session.entity';

/** Timetable writes are few; one lock for all of them keeps the conflict checks true under concurrency. */
const TIMETABLE_LOCK = 728_461_010;
const JP_MINUTES = 45;
const COUNTS_FOR_JP: readonly SessionKind[] = ['LECTURE', 'PRACTICE', 'TEST'];

interface Slot {
  id?: string;
  batch: OwnedBatch;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  trainerIds: string[];
}

export function sessionJp(kind: SessionKind, startsAt: Date, endsAt: Date): number {
  return COUNTS_FOR_JP.includes(kind) ? Math.floor((endsAt.getTime() - startsAt.getTime()) / 60_000 / JP_MINUTES) : 0;
}

@Injectable()
export class TimetableService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async get(batchId: string): Promise<TimetableView> {
    const sessions = await this.dataSource.getRepository(TimetableSession).find({
      where: { batchId },
      relations: { module: true, trainers: true },
      order: { startsAt: 'ASC' },
    });
    const batch = await this.dataSource.getRepository(Batch).findOne({ where: { id: batchId }, relations: { program: { modules: true } } });
    if (!batch) throw notFound();
    const views = sessions.map((s) => this.view(s));
    const jpByModule = [...(batch.program?.modules ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        moduleId: m.id,
        title: m.title,
        curriculumJp: m.jp,
        scheduledJp: views.filter((v) => v.moduleId === m.id).reduce((sum, v) => sum + v.jp, 0),
      }));
    return {
      batchId,
      timeZone: batch.timeZone,
      sessions: views,
      jpByModule,
      scheduledJp: views.reduce((sum, v) => sum + v.jp, 0),
      curriculumJp: jpByModule.reduce((sum, m) => sum + m.curriculumJp, 0),
    };
  }

  async add(batchId: string, dto: SessionDto, principal: Principal, origin: RequestOrigin): Promise<SessionView> {
    const id = await this.write(batchId, principal, async (manager, batch) => {
      const slot: Slot = { batch, startsAt: new Date(dto.startsAt), endsAt: new Date(dto.endsAt), room: dto.room ?? null, trainerIds: dto.trainerIds ?? [] };
      const module = await this.checkModule(manager, batch, dto.moduleId ?? null);
      await this.check(manager, slot);
      const session = manager.create(TimetableSession, {
        batchId,
        moduleId: module?.id ?? null,
        title: dto.title ?? module?.title ?? dto.kind,
        kind: dto.kind,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        room: slot.room,
      });
      await manager.save(TimetableSession, session);
      await this.setTrainers(manager, session.id, slot.trainerIds);
      await this.audit.record({ action: 'timetable.changed', actorId: principal.id, origin, details: { batchId, added: session.id } }, manager);
      return session.id;
    });
    return this.one(id);
  }

  async update(sessionId: string, dto: UpdateSessionDto, principal: Principal, origin: RequestOrigin): Promise<SessionView> {
    const existing = await this.dataSource.getRepository(TimetableSession).findOne({ where: { id: sessionId }, relations: { trainers: true } });
    if (!existing) throw notFound();
    await this.write(existing.batchId, principal, async (manager, batch) => {
      const slot: Slot = {
        id: sessionId,
        batch,
        startsAt: dto.startsAt ? new Date(dto.startsAt) : existing.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : existing.endsAt,
        room: dto.room !== undefined ? dto.room : existing.room,
        trainerIds: dto.trainerIds ?? (existing.trainers ?? []).map((t) => t.id),
      };
      const module = dto.moduleId !== undefined ? await this.checkModule(manager, batch, dto.moduleId) : undefined;
      await this.check(manager, slot);
      // Per day, moving the day's last session to another day would leave that day's records without their day.
      if (batch.attendanceMode === 'day' && localDate(slot.startsAt, batch.timeZone) !== localDate(existing.startsAt, batch.timeZone)) {
        await this.assertNoAttendance(manager, batch, existing);
      }
      await manager.update(TimetableSession, sessionId, {
        ...(dto.title !== undefined && dto.title !== null ? { title: dto.title } : {}),
        ...(dto.kind ? { kind: dto.kind } : {}),
        ...(module !== undefined ? { moduleId: module?.id ?? null } : {}),
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        room: slot.room,
      });
      if (dto.trainerIds) await this.setTrainers(manager, sessionId, slot.trainerIds);
      await this.audit.record({ action: 'timetable.changed', actorId: principal.id, origin, details: { batchId: batch.id, changed: sessionId } }, manager);
    }, (existing.trainers ?? []).map((t) => t.id));
    return this.one(sessionId);
  }

  async remove(sessionId: string, principal: Principal, origin: RequestOrigin): Promise<void> {
    const existing = await this.dataSource.getRepository(TimetableSession).findOne({ where: { id: sessionId }, relations: { trainers: true } });
    if (!existing) throw notFound();
    const formerTrainerIds = (existing.trainers ?? []).map((t) => t.id);
    await this.write(
      existing.batchId,
      principal,
      async (manager, batch) => {
        await this.assertNoAttendance(manager, batch, existing);
        await manager.delete(TimetableSession, sessionId);
        await this.audit.record({ action: 'timetable.changed', actorId: principal.id, origin, details: { batchId: batch.id, removed: sessionId } }, manager);
      },
      formerTrainerIds,
    );
  }

  /** Lays the curriculum over the batch's days (an empty timetable only); the organizer edits from there. */
  async fill(batchId: string, dto: FillTimetableDto, principal: Principal, origin: RequestOrigin): Promise<TimetableView> {
    await this.write(batchId, principal, async (manager, batch) => {
      if (await manager.existsBy(TimetableSession, { batchId })) throw new AppException(HttpStatus.CONFLICT, ErrorCode.Conflict);
      const modules = await manager.find(ProgramModule, { where: { programId: batch.programId }, order: { position: 'ASC' } });
      const template = fillableTimetable(
        modules.map((m) => ({ id: m.id, title: m.title, jp: m.jp })),
        {
          startDate: batch.startDate,
          endDate: batch.endDate,
          includeWeekends: dto.includeWeekends ?? false,
          ...(dto.dayStart ? { dayStart: dto.dayStart } : {}),
          ...(dto.dayEnd ? { dayEnd: dto.dayEnd } : {}),
        },
      );
      for (const t of template.sessions) {
        const slot: Slot = { batch, startsAt: instantOf(t.date, t.start, batch.timeZone), endsAt: instantOf(t.date, t.end, batch.timeZone), room: dto.room ?? null, trainerIds: [] };
        await this.check(manager, slot);
        await manager.insert(TimetableSession, {
          batchId,
          moduleId: t.moduleId,
          title: t.title,
          kind: t.kind === 'opening' ? 'OPENING' : t.kind === 'closing' ? 'CLOSING' : 'LECTURE',
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          room: slot.room,
        });
      }
      await this.audit.record({ action: 'timetable.changed', actorId: principal.id, origin, details: { batchId, filled: template.sessions.length } }, manager);
    });
    return this.get(batchId);
  }

  /** One timetable change: locked, checked against the batch's state, and told to the people concerned. */
  private async write<T>(
    batchId: string,
    principal: Principal,
    work: (manager: EntityManager, batch: OwnedBatch) => Promise<T>,
    formerTrainerIds: readonly string[] = [],
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [TIMETABLE_LOCK]);
      const batch = await this.batches.lockForEdit(manager, batchId, principal);
      if (!mayEdit(batch.status, 'timetable')) throw stateForbids();
      const result = await work(manager, batch);
      await this.notifications.timetableChanged(manager, batch, formerTrainerIds);
      return result;
    });
  }

  /** A session whose attendance is recorded stays: its records would lose their unit (per day: the day's last session). */
  private async assertNoAttendance(manager: EntityManager, batch: Batch, session: TimetableSession): Promise<void> {
    const unitKey = batch.attendanceMode === 'day' ? localDate(session.startsAt, batch.timeZone) : session.id;
    if (!(await manager.existsBy(AttendanceRecord, { batchId: batch.id, unitKey }))) return;
    if (batch.attendanceMode === 'day') {
      const sameDay = await manager.find(TimetableSession, { where: { batchId: batch.id }, select: { id: true, startsAt: true } });
      if (sameDay.some((s) => s.id !== session.id && localDate(s.startsAt, batch.timeZone) === unitKey)) return;
    }
    throw new AppException(HttpStatus.CONFLICT, ErrorCode.AttendanceRecorded);
  }

  private async checkModule(manager: EntityManager, batch: Batch, moduleId: string | null): Promise<ProgramModule | null> {
    if (!moduleId) return null;
    const module = await manager.findOneBy(ProgramModule, { id: moduleId, programId: batch.programId });
    if (!module) throw new FieldValidationException([{ field: 'moduleId', code: 'moduleNotInProgram' }]);
    return module;
  }

  /** Every rule a slot must keep; all broken rules are reported together. */
  private async check(manager: EntityManager, slot: Slot): Promise<void> {
    const { batch } = slot;
    if (slot.endsAt <= slot.startsAt) throw new FieldValidationException([{ field: 'endsAt', code: 'endBeforeStart' }]);
    const errors: RawFieldError[] = [];
    if (localDate(slot.startsAt, batch.timeZone) < batch.startDate || localDate(slot.endsAt, batch.timeZone) > batch.endDate) {
      errors.push({ field: 'startsAt', code: 'outsideBatchDates', params: [batch.startDate, batch.endDate] });
    }
    if (slot.trainerIds.length) {
      const trainers = await manager.findBy(User, { id: In(slot.trainerIds), active: true });
      if (trainers.length !== slot.trainerIds.length || trainers.some((t) => !t.roles.includes('trainer'))) {
        throw new FieldValidationException([{ field: 'trainerIds', code: 'notATrainer' }]);
      }
      const busy = await manager.query<{ name: string; number: number; title: string; starts_at: Date; time_zone: Batch['timeZone'] }[]>(
        `SELECT u.full_name AS name, b.number, p.title, s.starts_at, b.time_zone
           FROM timetable_session s
           JOIN timetable_session_trainer st ON st.session_id = s.id
           JOIN app_user u ON u.id = st.user_id
           JOIN batch b ON b.id = s.batch_id
           JOIN program p ON p.id = b.program_id
          WHERE st.user_id = ANY($1) AND s.id IS DISTINCT FROM $2
            AND s.starts_at < $4 AND s.ends_at > $3
          ORDER BY s.starts_at`,
        [slot.trainerIds, slot.id ?? null, slot.startsAt, slot.endsAt],
      );
      for (const b of busy) {
        errors.push({ field: 'trainerIds', code: 'trainerBusy', params: [b.name, `${batchName(b.number)} · ${b.title}`, localDateTime(b.starts_at, b.time_zone)] });
      }
    }
    if (slot.room) {
      const booked = await manager.query<{ number: number; title: string; starts_at: Date; time_zone: Batch['timeZone'] }[]>(
        `SELECT b.number, p.title, s.starts_at, b.time_zone
           FROM timetable_session s
           JOIN batch b ON b.id = s.batch_id
           JOIN program p ON p.id = b.program_id
          WHERE p.agency_id = $1 AND lower(s.room) = lower($2) AND s.id IS DISTINCT FROM $3
            AND s.starts_at < $5 AND s.ends_at > $4
          LIMIT 1`,
        [batch.program.agencyId, slot.room, slot.id ?? null, slot.startsAt, slot.endsAt],
      );
      for (const b of booked) {
        errors.push({ field: 'room', code: 'roomBooked', params: [slot.room, `${batchName(b.number)} · ${b.title}`, localDateTime(b.starts_at, b.time_zone)] });
      }
    }
    if (errors.length) throw new AppException(HttpStatus.CONFLICT, ErrorCode.TimetableConflict, errors);
  }

  private async setTrainers(manager: EntityManager, sessionId: string, trainerIds: string[]): Promise<void> {
    await manager.query('DELETE FROM timetable_session_trainer WHERE session_id = $1', [sessionId]);
    for (const userId of trainerIds) {
      await manager.query('INSERT INTO timetable_session_trainer (session_id, user_id) VALUES ($1, $2)', [sessionId, userId]);
    }
  }

  private async one(id: string): Promise<SessionView> {
    const session = await this.dataSource.getRepository(TimetableSession).findOne({ where: { id }, relations: { module: true, trainers: true } });
    if (!session) throw notFound();
    return this.view(session);
  }

  private view(s: TimetableSession): SessionView {
    return {
      id: s.id,
      batchId: s.batchId,
      moduleId: s.moduleId,
      moduleTitle: s.module?.title ?? null,
      title: s.title,
      kind: s.kind,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      room: s.room,
      trainers: (s.trainers ?? []).map((t) => ({ id: t.id, name: t.fullName })),
      jp: sessionJp(s.kind, s.startsAt, s.endsAt),
    };
  }
}

/** The curriculum laid over the days, or a 400 saying why it cannot be: only a weekend, or days too short. */
function fillableTimetable(...args: Parameters<typeof fillTimetable>): ReturnType<typeof fillTimetable> {
  try {
    return fillTimetable(...args);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    if (/no weekdays/.test(error.message)) throw invalidField('includeWeekends', 'weekendOnly');
    throw invalidField('dayEnd', 'dayTooShort');
  }
}
