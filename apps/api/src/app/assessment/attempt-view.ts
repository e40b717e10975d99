import type { AttemptSummaryView, AttemptView } from '@bimtek/contracts';
import { scorePercent } from '@bimtek/domain';
import type { Attempt } from './attempt.entity';
import type { AttemptQuestion } from './attempt-question.entity';
import type { AssessmentTest } from './test.entity';

/**
 * An attempt as someone sees it. `withResults` adds each question's key, explanation and points:
 * for graders always, for the participant only once submitted and released. Without it nothing in
 * the view tells which answer is right.
 */
export function attemptView(
  attempt: Attempt,
  test: Pick<AssessmentTest, 'title' | 'kind'>,
  questions: readonly AttemptQuestion[],
  options: { released: boolean; withResults: boolean; now: Date },
): AttemptView {
  const showResults = options.withResults && attempt.submittedAt !== null;
  return {
    id: attempt.id,
    testId: attempt.testId,
    batchId: attempt.batchId,
    title: test.title,
    kind: test.kind,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadlineAt?.toISOString() ?? null,
    serverNow: options.now.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    closedBy: attempt.closedBy,
    resultsReleased: options.released,
    questions: [...questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({
        position: q.position,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options,
        points: q.points,
        answer: q.answer,
        ...(options.withResults ? { result: { pointsAwarded: q.pointsAwarded, key: q.answerKey, explanation: q.explanation } } : {}),
      })),
    score: showResults && attempt.essaysToGrade === 0 ? scoreOf(attempt) : null,
  };
}

function scoreOf(attempt: Attempt): { earned: number; available: number; percent: number } {
  const earned = attempt.earned ?? 0;
  return { earned, available: attempt.available, percent: scorePercent(earned, attempt.available) };
}

export function attemptSummary(attempt: Attempt, person: { fullName: string; nip: string | null }): AttemptSummaryView {
  const closed = attempt.submittedAt !== null;
  return {
    id: attempt.id,
    userId: attempt.userId,
    name: person.fullName,
    nip: person.nip,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    closedBy: attempt.closedBy,
    earned: closed ? (attempt.earned ?? 0) : null,
    available: attempt.available,
    percent: closed ? scorePercent(attempt.earned ?? 0, attempt.available) : null,
    essaysToGrade: attempt.essaysToGrade,
  };
}
