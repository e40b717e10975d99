import { PNS_RANKS, PPPK_GRADES, PLACE_HOLDING_STATUSES, ROSTER_MAX_ROWS, type EmploymentType, type Language, type RosterImportResult, type RosterPreview, type RosterRowView } from '@bimtek/contracts';
import { mayEdit, normalizeNik, normalizeNip, parseNik, parseNip } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Unit } from '../agencies/unit.entity';
import { AuditService } from '../audit/audit.service';
import { BatchesService, stateForbids, type OwnedBatch } from '../batches/batches.service';
import { Batch } from '../batches/batch.entity';
import { FieldValidationException, invalidField, type RawFieldError } from '../common/errors/app-exception';
import { fileSlug } from '../common/file-name';
import { fieldMessage } from '../common/i18n/messages';
import type { Principal, RequestOrigin } from '../common/request-context';
import { Enrollment } from '../enrollment/enrollment.entity';
import { placesTaken } from '../enrollment/places';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { participantWorkbook, type ExportRow } from './roster-export';
import { mapColumns, type RosterColumn } from './roster-columns';
import type { Sheet } from './roster-file';


/** Accounts made by an import cannot sign in until the person sets a password ("lupa sandi"). */
export const NO_PASSWORD = '!imported';
const HOLDING = [...PLACE_HOLDING_STATUSES];
const CHUNK = 1_000;

interface PlannedRow extends RosterRowView {
  raw: Record<RosterColumn, string>;
  rawProblems: RawFieldError[];
  unitId: string | null;
  /** For rows that create an account: what it is created with. */
  newAccount: { email: string; fullName: string } | null;
}

/**
 * Bulk enrollment from a spreadsheet. The preview checks every row and writes nothing; the import
 * runs the same checks again inside one transaction and refuses the whole file if any row has a
 * problem. People already enrolled are left as they are, so importing a file twice changes nothing.
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async preview(batchId: string, sheet: Sheet, principal: Principal, language: Language): Promise<RosterPreview> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.lockForEdit(manager, batchId, principal);
      if (!mayEdit(batch.status, 'enrollment')) throw stateForbids();
      return summarize(await this.plan(manager, batch, sheet, language));
    });
  }

  async commit(batchId: string, sheet: Sheet, principal: Principal, origin: RequestOrigin, language: Language): Promise<RosterImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.lockForEdit(manager, batchId, principal);
      if (!mayEdit(batch.status, 'enrollment')) throw stateForbids();
      const rows = await this.plan(manager, batch, sheet, language);
      const broken = rows.filter((r) => r.action === 'error');
      if (broken.length) {
        throw new FieldValidationException(broken.flatMap((r) => r.rawProblems.map((p) => ({ ...p, field: `rows.${r.row}.${p.field}` }))));
      }

      const toCreate = rows.flatMap((r) => (r.newAccount ? [{ row: r, account: r.newAccount }] : []));
      for (let i = 0; i < toCreate.length; i += CHUNK) {
        const created = await manager.insert(
          User,
          toCreate.slice(i, i + CHUNK).map(({ row: r, account }) => ({
            email: account.email,
            passwordHash: NO_PASSWORD,
            fullName: account.fullName,
            employmentType: employmentTypeOf(r.raw),
            nip: r.nip,
            nik: r.nik,
            rank: r.raw.rank || null,
            position: r.raw.position || null,
            phone: r.raw.phone || null,
            agencyId: batch.program.agencyId,
            unitId: r.unitId,
            roles: ['participant' as const],
          })),
        );
        created.identifiers.forEach((id, j) => {
          const planned = toCreate[i + j];
          if (planned) planned.row.userId = (id as { id: string }).id;
        });
      }

      const toEnroll = rows.flatMap((r) => ((r.action === 'create' || r.action === 'match') && r.userId ? [r.userId] : []));
      let free = batch.capacity - (await placesTaken(manager, batch.id));
      const waitingBefore = await manager.countBy(Enrollment, { batchId: batch.id, status: 'waitlisted' });
      const now = new Date();
      const enrollments = toEnroll.map((userId, index) => {
        const status = free-- > 0 ? ('approved' as const) : ('waitlisted' as const);
        // Keep the file's order in the waitlist.
        return { batchId: batch.id, userId, status, createdAt: new Date(now.getTime() + index), decidedAt: status === 'approved' ? now : null, decidedBy: principal.id };
      });
      for (let i = 0; i < enrollments.length; i += CHUNK) await manager.insert(Enrollment, enrollments.slice(i, i + CHUNK));
      await this.audit.recordMany(
        enrollments.map((e) => ({ action: 'enrollment.registered', actorId: principal.id, subjectId: e.userId, origin, details: { batchId: batch.id, status: e.status, via: 'import' } })),
        manager,
      );
      const added = enrollments.filter((e) => e.status === 'approved');
      const waiting = enrollments.filter((e) => e.status === 'waitlisted');
      await this.notifications.notify(manager, 'enrollment.added', batch.id, added.map((e) => ({ userId: e.userId })));
      await this.notifications.notify(manager, 'enrollment.waitlisted', batch.id, waiting.map((e, i) => ({ userId: e.userId, params: { position: waitingBefore + i + 1 } })));

      return {
        ...summarize(rows),
        enrolled: enrollments.filter((e) => e.status === 'approved').length,
        waitlisted: enrollments.filter((e) => e.status === 'waitlisted').length,
        accountsCreated: toCreate.length,
      };
    });
  }

  async export(batchId: string, principal: Principal): Promise<{ filename: string; content: Buffer }> {
    const batch = await this.batches.get(batchId, principal);
    const rows = await this.dataSource
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .innerJoin(User, 'u', 'u.id = e.userId')
      .leftJoin(Unit, 'un', 'un.id = u.unitId')
      .select(['u.fullName AS "fullName"', 'u.nip AS nip', 'u.nik AS nik', 'u.email AS email', 'u.phone AS phone', 'un.name AS "unitName"', 'u.rank AS rank', 'u.position AS position', 'e.status AS status'])
      .where('e.batchId = :batchId', { batchId })
      .orderBy('un.name', 'ASC', 'NULLS LAST')
      .addOrderBy('u.fullName', 'ASC')
      .getRawMany<ExportRow>();
    return { filename: `peserta-${fileSlug(`${batch.programTitle} ${batch.name}`, 'angkatan')}.xlsx`, content: await participantWorkbook(`${batch.programTitle} — ${batch.name}`, rows) };
  }

  /** Decides, for every row, what the import would do — with a fixed number of queries however long the file. */
  private async plan(manager: EntityManager, batch: OwnedBatch, sheet: Sheet, language: Language): Promise<PlannedRow[]> {
    const columns = mapColumns(sheet.headers);
    if (columns.name === undefined || (columns.nip === undefined && columns.nik === undefined)) throw invalidField('file', 'rosterColumnsMissing');
    if (sheet.rows.length > ROSTER_MAX_ROWS) throw invalidField('file', 'max', [ROSTER_MAX_ROWS]);

    const read = (cells: string[]) =>
      Object.fromEntries((Object.keys(columns) as RosterColumn[]).map((c) => [c, (cells[columns[c] ?? -1] ?? '').trim()])) as Record<RosterColumn, string>;
    const raws = sheet.rows.map(read);
    const nips = raws.map((r) => (r.nip ? normalizeNip(r.nip) : '')).filter(Boolean);
    const niks = raws.map((r) => (r.nik ? normalizeNik(r.nik) : '')).filter(Boolean);
    const emails = raws.map((r) => r.email.toLowerCase()).filter(Boolean);

    const [units, people, enrolled] = await Promise.all([
      manager.findBy(Unit, { agencyId: batch.program.agencyId }),
      nips.length || niks.length || emails.length
        ? manager.find(User, { where: [{ nip: In(nips.length ? nips : ['-']) }, { nik: In(niks.length ? niks : ['-']) }, { email: In(emails.length ? emails : ['-']) }] })
        : Promise.resolve([]),
      manager.findBy(Enrollment, { batchId: batch.id }),
    ]);
    const overlapping = people.length
      ? await manager
          .createQueryBuilder(Enrollment, 'e')
          .innerJoin(Batch, 'b', 'b.id = e.batchId')
          .select('e.userId', 'userId')
          .where('e.userId IN (:...ids) AND e.batchId <> :batchId AND e.status IN (:...holding)', { ids: people.map((p) => p.id), batchId: batch.id, holding: HOLDING })
          .andWhere('b.startDate <= :end AND b.endDate >= :start', { start: batch.startDate, end: batch.endDate })
          .getRawMany<{ userId: string }>()
      : [];
    const busy = new Set(overlapping.map((o) => o.userId));
    const enrolledUsers = new Set(enrolled.map((e) => e.userId));
    const unitByKey = new Map<string, Unit>();
    for (const u of units) {
      unitByKey.set(u.name.toLowerCase(), u);
      if (u.code) unitByKey.set(u.code.toLowerCase(), u);
    }
    const byNip = new Map(people.flatMap((p) => (p.nip ? [[p.nip, p] as const] : [])));
    const byNik = new Map(people.flatMap((p) => (p.nik ? [[p.nik, p] as const] : [])));
    const byEmail = new Map(people.map((p) => [p.email, p]));
    const seen = new Map<string, number>();

    return raws.map((raw, index) => {
      const row = index + 2;
      const problems: RawFieldError[] = [];
      const nip = raw.nip ? normalizeNip(raw.nip) : null;
      const nik = raw.nik ? normalizeNik(raw.nik) : null;
      const email = raw.email ? raw.email.toLowerCase() : null;
      if (nip) {
        const parsed = parseNip(nip);
        if (!parsed.ok) problems.push({ field: 'nip', code: `isNip.${parsed.problem}` });
      }
      if (nik) {
        const parsed = parseNik(nik);
        if (!parsed.ok) problems.push({ field: 'nik', code: `isNik.${parsed.problem}` });
      }
      if (!nip && !nik) problems.push({ field: 'nip', code: 'nipOrNikRequired' });
      if (email && !isEmail(email)) problems.push({ field: 'email', code: 'isEmail' });
      for (const key of [nip && `nip:${nip}`, nik && `nik:${nik}`, email && `email:${email}`]) {
        if (!key) continue;
        const earlier = seen.get(key);
        if (earlier !== undefined && !problems.some((p) => p.code === 'duplicateRow')) problems.push({ field: key.split(':')[0], code: 'duplicateRow', params: [earlier] });
        else if (earlier === undefined) seen.set(key, row);
      }
      const unit = raw.unit ? unitByKey.get(raw.unit.toLowerCase()) : undefined;
      if (raw.unit && !unit) problems.push({ field: 'unit', code: 'unknownUnit', params: [raw.unit] });
      if (raw.rank && !PNS_RANKS.some((r) => r.code === raw.rank) && !PPPK_GRADES.some((r) => r.code === raw.rank)) {
        problems.push({ field: 'rank', code: 'rankNotForEmploymentType' });
      }

      const match = (nip && byNip.get(nip)) || (nik && byNik.get(nik)) || (email && byEmail.get(email)) || null;
      const emailOwner = email ? byEmail.get(email) : undefined;
      if (match && emailOwner && emailOwner.id !== match.id) problems.push({ field: 'email', code: 'EMAIL_TAKEN' });
      // Matched by NIK or e-mail to an account with another NIP: one of the two is wrong. The
      // account's NIP is not shown: it may belong to another agency's person.
      const nipValid = !problems.some((p) => p.field === 'nip');
      if (match && nip && nipValid && match.nip && match.nip !== nip) problems.push({ field: 'nip', code: 'nipMismatch' });
      if (!match) {
        if (!raw.name) problems.push({ field: 'name', code: 'isNotEmpty' });
        if (!email) problems.push({ field: 'email', code: 'emailRequiredForNewAccount' });
      }
      if (match && busy.has(match.id) && !enrolledUsers.has(match.id)) problems.push({ field: 'nip', code: 'ENROLLMENT_OVERLAP' });

      const action = problems.length ? 'error' : !match ? 'create' : enrolledUsers.has(match.id) ? 'already_enrolled' : 'match';
      return {
        row,
        nip,
        nik,
        name: raw.name || match?.fullName || null,
        email: email ?? match?.email ?? null,
        unitName: unit?.name ?? (raw.unit || null),
        action,
        userId: match?.id ?? null,
        problems: problems.map((p) => ({ field: p.field, code: p.code, message: fieldMessage(language, p.code, p.params) })),
        raw,
        rawProblems: problems,
        unitId: unit?.id ?? null,
        newAccount: action === 'create' && email && raw.name ? { email, fullName: raw.name } : null,
      };
    });
  }
}

function employmentTypeOf(raw: Record<RosterColumn, string>): EmploymentType {
  if (!raw.nip) return 'NON_ASN';
  return PPPK_GRADES.some((g) => g.code === raw.rank) ? 'PPPK' : 'PNS';
}

function summarize(rows: PlannedRow[]): RosterPreview {
  return {
    rows: rows.map(({ raw: _raw, rawProblems: _problems, unitId: _unit, newAccount: _account, ...view }) => view),
    total: rows.length,
    toCreate: rows.filter((r) => r.action === 'create').length,
    toMatch: rows.filter((r) => r.action === 'match').length,
    alreadyEnrolled: rows.filter((r) => r.action === 'already_enrolled').length,
    withProblems: rows.filter((r) => r.action === 'error').length,
  };
}
