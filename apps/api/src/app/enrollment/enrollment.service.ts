import { ErrorCode, PLACE_HOLDING_STATUSES, type BatchView, type BulkDecisionResult, type EnrollmentStatus, type EnrollmentView, type Page } from '@bimtek/contracts';
import { mayEdit } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { containsPattern } from '../common/like-pattern';
import { BatchUnit } from '../batches/batch-unit.entity';
import { batchName, batchViews } from '../batches/batch-view';
import { Batch } from '../batches/batch.entity';
import { BatchesService, stateForbids } from '../batches/batches.service';
import { AppException, FieldValidationException, conflict, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import type { BulkDecisionDto, EnrollmentQueryDto } from './dto/enrollment.dto';
import { Enrollment } from './enrollment.entity';
import { placesTaken } from './places';
import { WaitlistService } from './waitlist.service';

const HOLDING = [...PLACE_HOLDING_STATUSES];

@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly waitlist: WaitlistService,
  ) {}

  /** Batches open for registration now, soonest first. */
  async catalog(): Promise<BatchView[]> {
    const now = new Date();
    const open = await this.dataSource
      .getRepository(Batch)
      .createQueryBuilder('b')
      .innerJoinAndSelect('b.program', 'p')
      .where(`b.status = 'registration_open'`)
      .andWhere('(b.registrationOpensAt IS NULL OR b.registrationOpensAt <= :now)', { now })
      .andWhere('(b.registrationClosesAt IS NULL OR b.registrationClosesAt > :now)', { now })
      .orderBy('b.startDate', 'ASC')
      .getMany();
    return batchViews(this.dataSource.manager, open);
  }

  /** A timetable is readable by anyone while its batch is open for registration, and always by those in it or teaching it. */
  async timetableVisible(batchId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ visible: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM batch b WHERE b.id = $1 AND b.status = 'registration_open'
            AND (b.registration_opens_at IS NULL OR b.registration_opens_at <= now())
            AND (b.registration_closes_at IS NULL OR b.registration_closes_at > now())
       ) OR EXISTS (
         SELECT 1 FROM enrollment e WHERE e.batch_id = $1 AND e.user_id = $2 AND e.status NOT IN ('rejected', 'withdrawn')
       ) OR EXISTS (
         SELECT 1 FROM batch_staff bs WHERE bs.batch_id = $1 AND bs.user_id = $2
       ) OR EXISTS (
         SELECT 1 FROM timetable_session s JOIN timetable_session_trainer t ON t.session_id = s.id WHERE s.batch_id = $1 AND t.user_id = $2
       ) AS visible`,
      [batchId, userId],
    );
    return row?.visible ?? false;
  }

  /**
   * A participant asks for a place. Within capacity (and the OPD's quota) they hold one, pending
   * approval or approved at once; otherwise they wait in line. The batch row is locked, so
   * simultaneous registrations cannot take more places than there are. Asking twice changes nothing.
   */
  async register(batchId: string, userId: string, origin: RequestOrigin): Promise<EnrollmentView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOne(Batch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
      if (!batch) throw notFound();
      const existing = await manager.findOneBy(Enrollment, { batchId, userId });
      if (existing && existing.status !== 'withdrawn') return existing.id;

      const now = new Date();
      const open =
        batch.status === 'registration_open' &&
        (!batch.registrationOpensAt || batch.registrationOpensAt <= now) &&
        (!batch.registrationClosesAt || batch.registrationClosesAt > now);
      if (!open) throw new AppException(HttpStatus.CONFLICT, ErrorCode.RegistrationClosed);

      const user = await manager.findOneByOrFail(User, { id: userId });
      const targets = await manager.findBy(BatchUnit, { batchId });
      const unitTarget = targets.find((t) => t.unitId === user.unitId);
      if (targets.length > 0 && !unitTarget) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.NotEligible);
      await this.assertNoOverlap(manager, batch, userId);

      const hasPlace = (await placesTaken(manager, batchId)) < batch.capacity && (await this.withinQuota(manager, batch, unitTarget));
      const status = !hasPlace ? 'waitlisted' : batch.requiresApproval ? 'pending' : 'approved';
      const values = { status, reason: null, decidedAt: status === 'approved' ? now : null, decidedBy: null, createdAt: now } as const;
      let enrollmentId: string;
      if (existing) {
        await manager.update(Enrollment, existing.id, values);
        enrollmentId = existing.id;
      } else {
        const created = manager.create(Enrollment, { batchId, userId, ...values });
        await manager.insert(Enrollment, created);
        enrollmentId = created.id;
      }
      await this.audit.record({ action: 'enrollment.registered', actorId: userId, subjectId: userId, origin, details: { batchId, status } }, manager);
      if (status === 'waitlisted') {
        const position = await manager.countBy(Enrollment, { batchId, status: 'waitlisted' });
        await this.notifications.notify(manager, 'enrollment.waitlisted', batchId, [{ userId, params: { position } }]);
      }
      return enrollmentId;
    });
    return this.view(id);
  }

  /** A participant leaves; a place they held goes to the first in line. */
  async withdraw(batchId: string, userId: string, origin: RequestOrigin): Promise<EnrollmentView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOne(Batch, { where: { id: batchId }, lock: { mode: 'pessimistic_write' } });
      const enrollment = await manager.findOneBy(Enrollment, { batchId, userId });
      if (!batch || !enrollment) throw notFound();
      if (enrollment.status === 'withdrawn' || enrollment.status === 'rejected') return enrollment.id;
      if (batch.status === 'finished' || batch.status === 'archived') throw new AppException(HttpStatus.CONFLICT, ErrorCode.BatchStateForbids);
      await manager.update(Enrollment, enrollment.id, { status: 'withdrawn', decidedAt: new Date() });
      await this.audit.record({ action: 'enrollment.withdrawn', actorId: userId, subjectId: userId, origin, details: { batchId } }, manager);
      await this.promote(manager, batch, userId, origin);
      return enrollment.id;
    });
    return this.view(id);
  }

  async approve(enrollmentId: string, principal: Principal, origin: RequestOrigin): Promise<EnrollmentView> {
    await this.decide(enrollmentId, principal, async (manager, enrollment) => {
      if (enrollment.status === 'approved') return;
      if (enrollment.status !== 'pending') throw conflict(ErrorCode.Conflict, 'status');
      await manager.update(Enrollment, enrollment.id, { status: 'approved', decidedAt: new Date(), decidedBy: principal.id, reason: null });
      await this.audit.record({ action: 'enrollment.approved', actorId: principal.id, subjectId: enrollment.userId, origin, details: { batchId: enrollment.batchId } }, manager);
      await this.notifications.notify(manager, 'enrollment.approved', enrollment.batchId, [{ userId: enrollment.userId }]);
    });
    return this.view(enrollmentId);
  }

  async reject(enrollmentId: string, reason: string, principal: Principal, origin: RequestOrigin): Promise<EnrollmentView> {
    await this.decide(enrollmentId, principal, async (manager, enrollment, batch) => {
      if (enrollment.status === 'rejected' || enrollment.status === 'withdrawn') throw conflict(ErrorCode.Conflict, 'status');
      await manager.update(Enrollment, enrollment.id, { status: 'rejected', decidedAt: new Date(), decidedBy: principal.id, reason });
      await this.audit.record({ action: 'enrollment.rejected', actorId: principal.id, subjectId: enrollment.userId, origin, details: { batchId: batch.id, reason } }, manager);
      await this.notifications.notify(manager, 'enrollment.rejected', batch.id, [{ userId: enrollment.userId, params: { reason } }]);
      await this.promote(manager, batch, principal.id, origin);
    });
    return this.view(enrollmentId);
  }

  /**
   * Approves or rejects many registrations of one batch at once, all or nothing. Registrations the
   * decision does not apply to (approving someone waitlisted, rejecting the withdrawn) stay as they are.
   */
  async decideMany(batchId: string, dto: BulkDecisionDto, principal: Principal, origin: RequestOrigin): Promise<BulkDecisionResult> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.lockForEdit(manager, batchId, principal);
      if (!mayEdit(batch.status, 'enrollment')) throw stateForbids();
      const found = await manager.findBy(Enrollment, { id: In(dto.enrollmentIds), batchId });
      if (found.length !== dto.enrollmentIds.length) throw new FieldValidationException([{ field: 'enrollmentIds', code: 'notInBatch' }]);
      const applies: readonly EnrollmentStatus[] = dto.decision === 'approve' ? ['pending'] : ['pending', 'approved', 'waitlisted'];
      const changing = found.filter((e) => applies.includes(e.status));
      if (changing.length > 0) {
        const status = dto.decision === 'approve' ? 'approved' : 'rejected';
        const reason = dto.decision === 'reject' ? (dto.reason ?? null) : null;
        await manager.update(Enrollment, { id: In(changing.map((e) => e.id)) }, { status, reason, decidedAt: new Date(), decidedBy: principal.id });
        await this.audit.recordMany(
          changing.map((e) => ({ action: `enrollment.${status}`, actorId: principal.id, subjectId: e.userId, origin, details: { batchId, ...(reason ? { reason } : {}), bulk: true } })),
          manager,
        );
        await this.notifications.notify(
          manager,
          `enrollment.${status}`,
          batchId,
          changing.map((e) => ({ userId: e.userId, ...(reason ? { params: { reason } } : {}) })),
        );
        if (dto.decision === 'reject') await this.promote(manager, batch, principal.id, origin);
      }
      return { changed: changing.length, unchanged: found.length - changing.length };
    });
  }

  async list(batchId: string, query: EnrollmentQueryDto, principal: Principal): Promise<Page<EnrollmentView>> {
    await this.batches.get(batchId, principal);
    const qb = this.baseQuery().where('e.batchId = :batchId', { batchId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.search) {
      const like = containsPattern(query.search);
      qb.andWhere('(u.fullName ILIKE :like OR u.nip LIKE :like)', { like });
    }
    // Without a search the count needs no joins, which matters with tens of thousands of enrollments.
    const total = query.search
      ? await qb.clone().getCount()
      : await this.dataSource.getRepository(Enrollment).countBy({ batchId, ...(query.status ? { status: query.status } : {}) });
    // With one status the (batch, status, created_at) index gives the order directly.
    if (!query.status) qb.orderBy(`CASE e.status WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 WHEN 'waitlisted' THEN 2 ELSE 3 END`);
    const rows = await qb
      .addOrderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<EnrollmentRow>();
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  /** The participant's own trainings, newest batch first. */
  async mine(userId: string): Promise<EnrollmentView[]> {
    const rows = await this.baseQuery().where('e.userId = :userId', { userId }).orderBy('b.startDate', 'DESC').getRawMany<EnrollmentRow>();
    return rows.map(toView);
  }

  private async decide(
    enrollmentId: string,
    principal: Principal,
    work: (manager: EntityManager, enrollment: Enrollment, batch: Batch) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Enrollment, { id: enrollmentId });
      if (!found) throw notFound();
      const batch = await this.batches.lockForEdit(manager, found.batchId, principal);
      if (!mayEdit(batch.status, 'enrollment')) throw stateForbids();
      const enrollment = await manager.findOneByOrFail(Enrollment, { id: enrollmentId });
      await work(manager, enrollment, batch);
    });
  }

  private promote(manager: EntityManager, batch: Batch, actorId: string, origin: RequestOrigin): Promise<void> {
    return this.waitlist.promote(manager, batch, actorId, origin);
  }

  /** A person holds a place in at most one batch on any given day. */
  private async assertNoOverlap(manager: EntityManager, batch: Batch, userId: string): Promise<void> {
    const clash = await manager
      .createQueryBuilder(Enrollment, 'e')
      .innerJoin(Batch, 'b', 'b.id = e.batchId')
      .where('e.userId = :userId AND e.batchId <> :batchId AND e.status IN (:...holding)', { userId, batchId: batch.id, holding: HOLDING })
      .andWhere('b.startDate <= :end AND b.endDate >= :start', { start: batch.startDate, end: batch.endDate })
      .getExists();
    if (clash) throw new AppException(HttpStatus.CONFLICT, ErrorCode.EnrollmentOverlap);
  }

  private async withinQuota(manager: EntityManager, batch: Batch, target: BatchUnit | undefined): Promise<boolean> {
    if (!target?.quota) return true;
    const taken = await manager
      .createQueryBuilder(Enrollment, 'e')
      .innerJoin(User, 'u', 'u.id = e.userId')
      .where('e.batchId = :batchId AND u.unitId = :unitId AND e.status IN (:...holding)', { batchId: batch.id, unitId: target.unitId, holding: HOLDING })
      .getCount();
    return taken < target.quota;
  }

  private baseQuery() {
    return this.dataSource
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .innerJoin(Batch, 'b', 'b.id = e.batchId')
      .innerJoin('program', 'p', 'p.id = b.program_id')
      .innerJoin(User, 'u', 'u.id = e.userId')
      .leftJoin('unit', 'un', 'un.id = u.unit_id')
      .select([
        'e.id AS id',
        'e.batchId AS "batchId"',
        'b.number AS number',
        'p.title AS "programTitle"',
        'e.userId AS "userId"',
        'u.fullName AS "userName"',
        'u.nip AS nip',
        'un.name AS "unitName"',
        'e.status AS status',
        'e.reason AS reason',
        'e.createdAt AS "createdAt"',
        'e.decidedAt AS "decidedAt"',
      ])
      // The line is the order of arrival among those still waiting.
      .addSelect(`CASE WHEN e.status = 'waitlisted' THEN (SELECT count(*)::int FROM enrollment w WHERE w.batch_id = e.batch_id AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (e.created_at, e.id)) END`, 'position');
  }

  private async view(id: string): Promise<EnrollmentView> {
    const row = await this.baseQuery().where('e.id = :id', { id }).getRawOne<EnrollmentRow>();
    if (!row) throw notFound();
    return toView(row);
  }
}

interface EnrollmentRow {
  id: string;
  batchId: string;
  number: number;
  programTitle: string;
  userId: string;
  userName: string;
  nip: string | null;
  unitName: string | null;
  status: EnrollmentView['status'];
  reason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  position: number | null;
}

function toView(r: EnrollmentRow): EnrollmentView {
  return {
    id: r.id,
    batchId: r.batchId,
    batchName: batchName(r.number),
    programTitle: r.programTitle,
    userId: r.userId,
    userName: r.userName,
    nip: r.nip,
    unitName: r.unitName,
    status: r.status,
    waitlistPosition: r.position,
    reason: r.reason,
    createdAt: new Date(r.createdAt).toISOString(),
    decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
  };
}

