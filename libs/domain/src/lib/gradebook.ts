import type { GradeWeights } from '@bimtek/contracts';

/** A participant's three components in percent; null when nothing of that kind has been released. */
export interface GradeComponents {
  attendance: number;
  tests: number | null;
  assignments: number | null;
}

/**
 * The weighted final score. A component with nothing released yet is left out and the others are
 * weighed among themselves, so a batch that has no assignments is not capped at 60 %. Rounded
 * down to one decimal, like every score, so a passing mark is never reached by rounding up.
 */
export function finalScore(components: GradeComponents, weights: GradeWeights): number {
  const parts: [number, number][] = [[components.attendance, weights.attendance]];
  if (components.tests !== null) parts.push([components.tests, weights.tests]);
  if (components.assignments !== null) parts.push([components.assignments, weights.assignments]);
  const totalWeight = parts.reduce((sum, [, w]) => sum + w, 0);
  if (totalWeight === 0) return 0;
  const weighted = parts.reduce((sum, [score, w]) => sum + score * w, 0) / totalWeight;
  return Math.floor(weighted * 10 + 1e-9) / 10;
}

/**
 * The average of released items in percent, where an item not taken or not handed in counts as 0;
 * null when no item has been released.
 */
export function componentAverage(scores: readonly (number | null)[]): number | null {
  if (scores.length === 0) return null;
  return Math.floor((scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) / scores.length) * 10 + 1e-9) / 10;
}

/** Passed: attendance at least the programme's minimum and a final score at least its passing score. */
export function hasPassed(final: number, attendance: number, rules: { passingScore: number; minAttendancePercent: number }): boolean {
  return attendance >= rules.minAttendancePercent && final >= rules.passingScore;
}

export function weightsAreValid(weights: GradeWeights): boolean {
  const values = [weights.attendance, weights.tests, weights.assignments];
  return values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100) && values.reduce((a, b) => a + b, 0) === 100;
}
