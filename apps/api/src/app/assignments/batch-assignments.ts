import type { BatchAssignmentView } from '@bimtek/contracts';
import { In, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-exception';
import type { BatchContext } from '../learning/learning-access';
import { assignmentView, gradedAssignmentIds } from './assignment-views';
import { AssignmentSchedule } from './assignment-schedule.entity';
import { Assignment } from './assignment.entity';

/**
 * An assignment of the batch's programme; 404 for any other. `share` locks it against a rubric
 * change or a delete until the caller's transaction ends.
 */
export async function assignmentOfBatch(manager: EntityManager, batch: BatchContext, assignmentId: string, share = false): Promise<Assignment> {
  const assignment = await manager.findOne(Assignment, {
    where: { id: assignmentId, programId: batch.programId },
    ...(share ? { lock: { mode: 'pessimistic_read' as const } } : {}),
  });
  if (!assignment) throw notFound();
  return assignment;
}

/** Due dates and releases of the given assignments in one batch, by assignment id. */
export async function schedulesOf(manager: EntityManager, batchId: string, assignmentIds: string[]): Promise<Map<string, AssignmentSchedule>> {
  if (assignmentIds.length === 0) return new Map();
  const rows = await manager.find(AssignmentSchedule, { where: { batchId, assignmentId: In(assignmentIds) } });
  return new Map(rows.map((r) => [r.assignmentId, r]));
}

/** Assignments as one batch sees them: due date, release, and how many have handed in and been graded. */
export async function batchAssignmentViews(manager: EntityManager, batchId: string, assignments: Assignment[]): Promise<BatchAssignmentView[]> {
  const ids = assignments.map((a) => a.id);
  if (ids.length === 0) return [];
  const [schedules, graded, [people], counts] = await Promise.all([
    schedulesOf(manager, batchId, ids),
    gradedAssignmentIds(manager, ids),
    manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM enrollment WHERE batch_id = $1 AND status = 'approved'`, [batchId]),
    manager.query<{ assignment_id: string; submitted: number; graded: number }[]>(
      `SELECT assignment_id, count(*)::int AS submitted, (count(*) FILTER (WHERE grade_version > 0))::int AS graded
         FROM submission WHERE batch_id = $1 AND assignment_id = ANY($2) GROUP BY assignment_id`,
      [batchId, ids],
    ),
  ]);
  const countOf = new Map(counts.map((c) => [c.assignment_id, c]));
  return assignments.map((a) => {
    const schedule = schedules.get(a.id);
    return {
      ...assignmentView(a, graded.has(a.id)),
      dueAt: schedule?.dueAt?.toISOString() ?? null,
      gradesReleasedAt: schedule?.gradesReleasedAt?.toISOString() ?? null,
      participants: people?.count ?? 0,
      submitted: countOf.get(a.id)?.submitted ?? 0,
      graded: countOf.get(a.id)?.graded ?? 0,
    };
  });
}
