import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Job } from './job.entity';

export interface EnqueueOptions {
  /** While a job with this key is queued or running, enqueueing returns that job instead. */
  dedupeKey?: string;
  total?: number;
  createdById?: string | null;
  agencyId?: string | null;
}

type Listener = () => void;

/** Puts jobs into the `job` table, where any worker process can claim them. */
@Injectable()
export class JobQueue {
  private readonly listeners = new Set<Listener>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the job, or returns the active one with the same key (`created: false`). Pass the
   * caller's transaction so the job exists exactly when the change that asked for it commits.
   */
  async enqueue(
    kind: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ job: Job; created: boolean }> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO job (kind, payload, dedupe_key, total, created_by_id, agency_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (dedupe_key) WHERE status IN ('queued', 'running') DO NOTHING
       RETURNING id`,
      [kind, JSON.stringify(payload), options.dedupeKey ?? null, options.total ?? 0, options.createdById ?? null, options.agencyId ?? null],
    );
    if (rows.length > 0) {
      // Nudge this process's worker once the caller's transaction has had time to commit.
      if (!manager.queryRunner?.isTransactionActive) this.notify();
      return { job: await manager.findOneByOrFail(Job, { id: rows[0].id }), created: true };
    }
    const active = await manager
      .createQueryBuilder(Job, 'j')
      .where('j.dedupeKey = :key', { key: options.dedupeKey })
      .andWhere(`j.status IN ('queued', 'running')`)
      .getOne();
    // The other job finished between the insert and this read: try once more.
    return active ? { job: active, created: false } : this.enqueue(kind, payload, options, manager);
  }

  /** Tells this process's worker there is work, so it does not wait for its next poll. */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  onEnqueue(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
