import type { EntityManager } from 'typeorm';
import { forbidden } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { loadBatchContext, managesAgency, type BatchContext } from '../learning/learning-access';

/** A batch whose completion and certificates the person manages (its agency's organizers, admins). */
export async function loadManagedBatch(manager: EntityManager, principal: Principal, batchId: string): Promise<BatchContext> {
  const batch = await loadBatchContext(manager, batchId);
  if (!managesAgency(principal, batch.agencyId)) throw forbidden();
  return batch;
}
