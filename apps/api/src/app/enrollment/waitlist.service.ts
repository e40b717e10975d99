import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Batch } from '../batches/batch.entity';
import type { RequestOrigin } from '../common/request-context';
import { NotificationsService } from '../notifications/notifications.service';
import { promoteFromWaitlist } from './places';

/** Gives freed places to the first in line, and says so in the audit trail and to the people promoted. */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Call with the batch row locked by the caller's transaction. */
  async promote(manager: EntityManager, batch: Batch, actorId: string, origin: RequestOrigin): Promise<void> {
    const promoted = await promoteFromWaitlist(manager, batch);
    if (promoted.length === 0) return;
    await this.audit.recordMany(
      promoted.map((p) => ({ action: 'enrollment.promoted', actorId, subjectId: p.userId, origin, details: { batchId: batch.id, status: p.status } })),
      manager,
    );
    await this.notifications.notify(manager, 'enrollment.promoted', batch.id, promoted.map((p) => ({ userId: p.userId, params: { status: p.status } })));
  }
}
