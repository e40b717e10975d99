import { gradeAnswer } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { Attempt } from './attempt.entity';
import { AttemptQuestion } from './attempt-question.entity';

/**
 * Closes an open attempt and grades it: automatic kinds get their points, an unanswered essay gets
 * none, an answered essay waits for a trainer. The caller holds the attempt's row lock.
 */
export async function closeAttempt(manager: EntityManager, attempt: Attempt, closedBy: 'participant' | 'deadline', at: Date): Promise<void> {
  const questions = await manager.find(AttemptQuestion, { where: { attemptId: attempt.id } });
  const awarded = questions.map((q) => ({ position: q.position, points: pointsFor(q) }));
  if (awarded.length > 0) {
    await manager.query(
      `UPDATE attempt_question q SET points_awarded = u.points
         FROM unnest($2::int[], $3::numeric[]) AS u(position, points)
        WHERE q.attempt_id = $1 AND q.position = u.position`,
      [attempt.id, awarded.map((a) => a.position), awarded.map((a) => a.points)],
    );
  }
  attempt.submittedAt = at;
  attempt.closedBy = closedBy;
  attempt.essaysToGrade = awarded.filter((a) => a.points === null).length;
  attempt.earned = awarded.reduce((sum, a) => sum + (a.points ?? 0), 0);
  await manager.update(Attempt, { id: attempt.id }, { submittedAt: at, closedBy, essaysToGrade: attempt.essaysToGrade, earned: attempt.earned });
}

function pointsFor(q: AttemptQuestion): number | null {
  if (q.kind === 'essay') return q.answer?.kind === 'essay' && q.answer.text.trim() !== '' ? null : 0;
  return gradeAnswer(q.answerKey, q.answer, q.points);
}

/** After a trainer grades an essay: the attempt's total and how many essays still wait. */
export async function recountAttempt(manager: EntityManager, attemptId: string): Promise<void> {
  await manager.query(
    `UPDATE attempt a SET earned = s.earned, essays_to_grade = s.waiting
       FROM (SELECT coalesce(sum(points_awarded), 0) AS earned, count(*) FILTER (WHERE points_awarded IS NULL) AS waiting
               FROM attempt_question WHERE attempt_id = $1) s
      WHERE a.id = $1`,
    [attemptId],
  );
}
