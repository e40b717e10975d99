import type { AuditAction, AuditEntryView, Page } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestOrigin } from '../common/request-context';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: AuditAction;
  actorId?: string | null;
  subjectId?: string | null;
  origin?: RequestOrigin;
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  action?: AuditAction;
  actorId?: string;
  subjectId?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so that the record commits or rolls back with the change. */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Many records at once (a bulk import), in the caller's transaction. */
  async recordMany(entries: AuditRecord[], manager: EntityManager): Promise<void> {
    const rows = entries.map((entry) =>
      manager.create(AuditEntry, {
        action: entry.action,
        actorId: entry.actorId ?? null,
        subjectId: entry.subjectId ?? null,
        ip: entry.origin?.ip ?? null,
        userAgent: entry.origin?.userAgent ?? null,
        details: entry.details ?? {},
      }),
    );
    await manager.save(AuditEntry, rows, { chunk: 1_000, reload: false });
  }

  async list(query: AuditQuery): Promise<Page<AuditEntryView>> {
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .leftJoin(User, 'actor', 'actor.id = a.actorId')
      .leftJoin(User, 'subject', 'subject.id = a.subjectId')
      .select('a')
      .addSelect(['actor.fullName', 'subject.fullName'])
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.subjectId) qb.andWhere('a.subjectId = :subjectId', { subjectId: query.subjectId });

    const [{ entities, raw }, total] = await Promise.all([qb.getRawAndEntities(), qb.getCount()]);
    const rows = raw as { actor_full_name: string | null; subject_full_name: string | null }[];
    return {
      items: entities.map((entry, i) => ({
        id: entry.id,
        at: entry.at.toISOString(),
        action: entry.action,
        actorId: entry.actorId,
        actorName: rows[i]?.actor_full_name ?? null,
        subjectId: entry.subjectId,
        subjectName: rows[i]?.subject_full_name ?? null,
        ip: entry.ip,
        userAgent: entry.userAgent,
        details: entry.details,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
