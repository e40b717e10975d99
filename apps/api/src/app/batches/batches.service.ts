import { ErrorCode, type BatchStatus, type BatchView } from '@bimtek/contracts';
import { canTransition, mayEdit, type BatchEdit } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Unit } from '../agencies/unit.entity';
import { AuditService } from '../audit/audit.service';
import { agencyScope, assertAgencyAccess } from '../common/agency-access';
import { changes } from '../common/changes';
import { AppException, FieldValidationException, notFound, type RawFieldError } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { placesTaken } from '../enrollment/places';
import { WaitlistService } from '../enrollment/waitlist.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Program } from '../programs/program.entity';
import { TimetableSession } from '../timetable/timetable-session.entity';
import { User } from '../users/user.entity';
import { BatchStaff, type StaffRole } from './batch-staff.entity';
import { BatchUnit } from './batch-unit.entity';
import { batchViews } from './batch-view';
import { Batch } from './batch.entity';
import type { BatchDto, UpdateBatchDto } from './dto/batches.dto';

export const stateForbids = () => new AppException(HttpStatus.CONFLICT, ErrorCode.BatchStateForbids);

/** A batch with its programme, which says whose it is. */
export type OwnedBatch = Batch & { program: Program };

@Injectable()
export class BatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly waitlist: WaitlistService,
    private readonly notifications: NotificationsService,
  ) {}

  async listForProgram(programId: string, principal: Principal): Promise<BatchView[]> {
    const program = await this.dataSource.getRepository(Program).findOneBy({ id: programId });
    if (!program) throw notFound();
    assertAgencyAccess(principal, program.agencyId);
    const batches = await this.dataSource.getRepository(Batch).find({ where: { programId }, relations: { program: true }, order: { number: 'ASC' } });
    return batchViews(this.dataSource.manager, batches);
  }

  /** Every batch of the organizer's agency (admins: all), soonest first. */
  async list(principal: Principal, filter: { agencyId?: string; from?: string; to?: string } = {}): Promise<BatchView[]> {
    const scope = agencyScope(principal, filter.agencyId);
    const qb = this.dataSource.getRepository(Batch).createQueryBuilder('b').innerJoinAndSelect('b.program', 'p').where('TRUE').orderBy('b.startDate', 'ASC').addOrderBy('b.number', 'ASC');
    if (scope) qb.andWhere('p.agencyId = :scope', { scope });
    if (filter.from) qb.andWhere('b.endDate >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('b.startDate <= :to', { to: filter.to });
    return batchViews(this.dataSource.manager, await qb.getMany());
  }

  async get(id: string, principal?: Principal): Promise<BatchView> {
    const batch = await this.dataSource.getRepository(Batch).findOne({ where: { id }, relations: { program: true } });
    if (!batch?.program) throw notFound();
    if (principal) assertAgencyAccess(principal, batch.program.agencyId);
    const [view] = await batchViews(this.dataSource.manager, [batch]);
    return view;
  }

  async create(programId: string, dto: BatchDto, principal: Principal, origin: RequestOrigin): Promise<BatchView> {
    const id = await this.dataSource.transaction(async (manager) => {
      // Locking the programme serializes numbering: two organizers adding a batch get I and II.
      const program = await manager.findOne(Program, { where: { id: programId }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw notFound();
      assertAgencyAccess(principal, program.agencyId);
      this.checkDates(dto.startDate, dto.endDate, dto.registrationOpensAt, dto.registrationClosesAt);
      const last = await manager.getRepository(Batch).maximum('number', { programId });
      const batch = manager.create(Batch, {
        programId,
        number: (last ?? 0) + 1,
        status: 'draft',
        startDate: dto.startDate,
        endDate: dto.endDate,
        timeZone: dto.timeZone ?? 'Asia/Jakarta',
        venue: dto.venue ?? null,
        capacity: dto.capacity,
        registrationOpensAt: dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null,
        registrationClosesAt: dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null,
        requiresApproval: dto.requiresApproval ?? true,
      });
      await manager.insert(Batch, batch);
      await this.setUnits(manager, batch.id, program.agencyId, dto);
      await this.setStaff(manager, batch.id, dto);
      await this.audit.record({ action: 'batch.created', actorId: principal.id, origin, details: { id: batch.id, programId, number: batch.number } }, manager);
      return batch.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateBatchDto, principal: Principal, origin: RequestOrigin): Promise<BatchView> {
    await this.dataSource.transaction(async (manager) => {
      const batch = await this.lockForEdit(manager, id, principal);
      const before = { ...batch };
      const need = (edit: BatchEdit) => {
        if (!mayEdit(batch.status, edit)) throw stateForbids();
      };
      if (dto.venue !== undefined || dto.requiresApproval !== undefined || dto.registrationOpensAt !== undefined || dto.registrationClosesAt !== undefined) need('details');
      if (dto.startDate !== undefined || dto.endDate !== undefined || dto.timeZone !== undefined) need('dates');
      if (dto.capacity !== undefined) need('capacity');
      if (dto.targetUnits !== undefined || dto.organizerIds !== undefined || dto.trainerIds !== undefined) need('details');

      if (dto.startDate !== undefined) batch.startDate = dto.startDate;
      if (dto.endDate !== undefined) batch.endDate = dto.endDate;
      if (dto.timeZone !== undefined) batch.timeZone = dto.timeZone;
      if (dto.venue !== undefined) batch.venue = dto.venue;
      if (dto.capacity !== undefined) batch.capacity = dto.capacity;
      if (dto.requiresApproval !== undefined) batch.requiresApproval = dto.requiresApproval;
      if (dto.registrationOpensAt !== undefined) batch.registrationOpensAt = dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null;
      if (dto.registrationClosesAt !== undefined) batch.registrationClosesAt = dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null;
      this.checkDates(batch.startDate, batch.endDate, batch.registrationOpensAt?.toISOString(), batch.registrationClosesAt?.toISOString());

      if (dto.startDate !== undefined || dto.endDate !== undefined || dto.timeZone !== undefined) await this.assertSessionsWithin(manager, batch);
      if (dto.capacity !== undefined) {
        const taken = await placesTaken(manager, id);
        if (dto.capacity < taken) throw new FieldValidationException([{ field: 'capacity', code: 'min', params: [taken] }]);
      }

      await manager.save(Batch, batch);
      if (dto.targetUnits !== undefined) await this.setUnits(manager, id, batch.program.agencyId, dto);
      if (dto.organizerIds !== undefined || dto.trainerIds !== undefined) await this.setStaff(manager, id, dto);
      await this.waitlist.promote(manager, batch, principal.id, origin);
      const diff = changes(before, batch, ['startDate', 'endDate', 'timeZone', 'venue', 'capacity', 'requiresApproval']);
      await this.audit.record({ action: 'batch.updated', actorId: principal.id, origin, details: { id, ...diff } }, manager);
      // New dates or a new venue change where and when people must be, as a timetable change does.
      if (['startDate', 'endDate', 'timeZone', 'venue'].some((field) => field in diff)) await this.notifications.timetableChanged(manager, batch);
    });
    return this.get(id);
  }

  async changeStatus(id: string, status: BatchStatus, principal: Principal, origin: RequestOrigin): Promise<BatchView> {
    await this.dataSource.transaction(async (manager) => {
      const batch = await this.lockForEdit(manager, id, principal);
      if (batch.status === status) return;
      if (!canTransition(batch.status, status)) throw stateForbids();
      const from = batch.status;
      await manager.update(Batch, id, { status });
      await this.audit.record({ action: 'batch.status_changed', actorId: principal.id, origin, details: { id, from, to: status } }, manager);
    });
    return this.get(id);
  }

  /** Locks the batch row and checks the caller may manage it. */
  async lockForEdit(manager: EntityManager, id: string, principal: Principal): Promise<OwnedBatch> {
    const batch = await manager.findOne(Batch, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!batch) throw notFound();
    const program = await manager.findOneByOrFail(Program, { id: batch.programId });
    assertAgencyAccess(principal, program.agencyId);
    return Object.assign(batch, { program });
  }

  private checkDates(start: string, end: string, opens?: string | null, closes?: string | null): void {
    const errors: RawFieldError[] = [];
    if (end < start) errors.push({ field: 'endDate', code: 'endBeforeStart' });
    if (opens && closes && new Date(closes) <= new Date(opens)) errors.push({ field: 'registrationClosesAt', code: 'registrationWindow' });
    if (errors.length) throw new FieldValidationException(errors);
  }

  private async assertSessionsWithin(manager: EntityManager, batch: Batch): Promise<void> {
    const outside = await manager
      .createQueryBuilder(TimetableSession, 's')
      .where('s.batchId = :id', { id: batch.id })
      .andWhere(`((s.startsAt AT TIME ZONE :tz)::date < :start OR (s.endsAt AT TIME ZONE :tz)::date > :end)`, {
        tz: batch.timeZone,
        start: batch.startDate,
        end: batch.endDate,
      })
      .getCount();
    if (outside > 0) throw new FieldValidationException([{ field: 'startDate', code: 'outsideBatchDates', params: [batch.startDate, batch.endDate] }]);
  }

  private async setUnits(manager: EntityManager, batchId: string, agencyId: string, dto: Pick<BatchDto, 'targetUnits'>): Promise<void> {
    const units = dto.targetUnits ?? [];
    if (units.length) {
      const found = await manager.countBy(Unit, { agencyId, id: In(units.map((u) => u.unitId)) });
      if (found !== new Set(units.map((u) => u.unitId)).size) throw new FieldValidationException([{ field: 'targetUnits', code: 'unitNotInAgency' }]);
    }
    await manager.delete(BatchUnit, { batchId });
    if (units.length) await manager.insert(BatchUnit, units.map((u) => ({ batchId, unitId: u.unitId, quota: u.quota ?? null })));
  }

  private async setStaff(manager: EntityManager, batchId: string, dto: Pick<BatchDto, 'organizerIds' | 'trainerIds'>): Promise<void> {
    const assign = async (role: StaffRole, ids: string[] | undefined, field: string) => {
      if (ids === undefined) return;
      if (ids.length) {
        const people = await manager.findBy(User, { id: In(ids), active: true });
        const wrong = ids.filter((id) => !people.find((p) => p.id === id && p.roles.includes(role === 'organizer' ? 'organizer' : 'trainer')));
        if (wrong.length) throw new FieldValidationException([{ field, code: role === 'trainer' ? 'notATrainer' : 'isIn' }]);
      }
      await manager.delete(BatchStaff, { batchId, role });
      if (ids.length) await manager.insert(BatchStaff, ids.map((userId) => ({ batchId, userId, role })));
    };
    await assign('organizer', dto.organizerIds, 'organizerIds');
    await assign('trainer', dto.trainerIds, 'trainerIds');
  }
}
