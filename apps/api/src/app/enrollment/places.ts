import { PLACE_HOLDING_STATUSES } from '@bimtek/contracts';
import { In, type EntityManager } from 'typeorm';
import type { Batch } from '../batches/batch.entity';
import { Enrollment } from './enrollment.entity';

/** Enrollments holding a place. Call with the batch row locked, so the count stays true. */
export function placesTaken(manager: EntityManager, batchId: string): Promise<number> {
  return manager.countBy(Enrollment, { batchId, status: In([...PLACE_HOLDING_STATUSES]) });
}

/**
 * Gives freed places to the waitlist, first come first served. The batch row must be locked by
 * the caller's transaction. Returns the promoted enrollments (to notify them).
 */
export async function promoteFromWaitlist(manager: EntityManager, batch: Batch): Promise<Enrollment[]> {
  const free = batch.capacity - (await placesTaken(manager, batch.id));
  if (free <= 0) return [];
  const next = await manager.find(Enrollment, {
    where: { batchId: batch.id, status: 'waitlisted' },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: free,
  });
  if (next.length === 0) return [];
  const status = batch.requiresApproval ? 'pending' : 'approved';
  await manager.update(Enrollment, { id: In(next.map((e) => e.id)) }, { status, decidedAt: batch.requiresApproval ? null : new Date() });
  for (const enrollment of next) enrollment.status = status;
  return next;
}
