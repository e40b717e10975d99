import type { CompletionResult } from '@bimtek/contracts';
import { evaluateCompletion } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { computeGradebook } from '../gradebook/gradebook';
import { loadCompletionRules } from './completion-rules';

export type CompletionRow = Omit<CompletionResult, 'certificate'>;

/**
 * Each approved participant's outcome: the gradebook's numbers (released results only) judged by
 * the batch's rules, then any organizer override. Issuance and the organizer's screen both use it.
 */
export async function computeCompletion(manager: EntityManager, batchId: string, onlyUserId?: string): Promise<CompletionRow[]> {
  const rules = await loadCompletionRules(manager, batchId);
  const gradebook = await computeGradebook(manager, batchId, onlyUserId);
  const postTests = await manager.query<{ id: string }[]>(
    `SELECT t.id FROM assessment_test t JOIN test_window w ON w.test_id = t.id
      WHERE w.batch_id = $1 AND t.kind = 'post' AND w.results_released_at IS NOT NULL`,
    [batchId],
  );
  const assignments = await manager.query<{ id: string; title: string }[]>(
    `SELECT a.id, a.title FROM assignment a WHERE a.id = ANY($1::uuid[])`,
    [rules.requiredAssignmentIds],
  );
  const handedIn = await manager.query<{ user_id: string; assignment_id: string }[]>(
    `SELECT user_id, assignment_id FROM submission WHERE batch_id = $1 AND assignment_id = ANY($2::uuid[])`,
    [batchId, rules.requiredAssignmentIds],
  );
  const overrides = await manager.query<{ user_id: string; passed: boolean; reason: string; created_at: Date; by_name: string | null }[]>(
    `SELECT o.user_id, o.passed, o.reason, o.created_at, u.full_name AS by_name
       FROM completion_override o LEFT JOIN app_user u ON u.id = o.by_id
      WHERE o.batch_id = $1`,
    [batchId],
  );
  const titles = new Map(assignments.map((a) => [a.id, a.title]));

  return gradebook.rows.map((row) => {
    const postScores = postTests.map((t) => row.scores[`test:${t.id}`]).filter((s): s is number => s !== null && s !== undefined);
    const postTest = postScores.length > 0 ? Math.max(...postScores) : null;
    const mine = new Set(handedIn.filter((h) => h.user_id === row.userId).map((h) => h.assignment_id));
    const outcome = evaluateCompletion({ attendance: row.attendance, final: row.final, postTest, handedIn: mine }, rules, titles);
    const override = overrides.find((o) => o.user_id === row.userId);
    return {
      userId: row.userId,
      name: row.name,
      nip: row.nip,
      attendance: row.attendance,
      final: row.final,
      postTest,
      predicate: outcome.predicate,
      passedByRules: outcome.passed,
      reasons: outcome.reasons,
      override: override
        ? { passed: override.passed, reason: override.reason, byName: override.by_name ?? '', at: new Date(override.created_at).toISOString() }
        : null,
      passed: override ? override.passed : outcome.passed,
    };
  });
}
