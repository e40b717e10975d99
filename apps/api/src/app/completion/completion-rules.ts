import { DEFAULT_PREDICATE_BANDS, type BatchCompletionRules as RulesView } from '@bimtek/contracts';
import type { EntityManager } from 'typeorm';
import { Batch } from '../batches/batch.entity';
import { Program } from '../programs/program.entity';
import { BatchCompletionRules } from './batch-completion-rules.entity';

/** The batch's own rules, or its programme's when it has none. */
export async function loadCompletionRules(manager: EntityManager, batchId: string): Promise<RulesView> {
  const own = await manager.findOneBy(BatchCompletionRules, { batchId });
  if (own) {
    return {
      minAttendancePercent: own.minAttendancePercent,
      minFinalScore: own.minFinalScore,
      postTestMinScore: own.postTestMinScore,
      requiredAssignmentIds: own.requiredAssignmentIds,
      predicateBands: own.predicateBands,
      custom: true,
    };
  }
  const batch = await manager.findOneOrFail(Batch, { where: { id: batchId }, relations: { program: true } });
  return programRules(batch.program as Program);
}

export function programRules(program: Program): RulesView {
  return {
    minAttendancePercent: program.minAttendancePercent,
    minFinalScore: program.passingScore,
    postTestMinScore: program.postTestMinScore,
    requiredAssignmentIds: [],
    predicateBands: program.predicateBands ?? [...DEFAULT_PREDICATE_BANDS],
    custom: false,
  };
}
