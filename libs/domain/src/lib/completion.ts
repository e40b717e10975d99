import type { CompletionReason, CompletionRules, PredicateBand } from '@bimtek/contracts';

/** The label of the first band whose threshold the score is strictly above; the last band takes the rest. */
export function predicateFor(score: number, bands: readonly PredicateBand[]): string {
  const band = bands.find((b) => b.above === null || score > b.above);
  return band?.label ?? '';
}

/**
 * Bands are valid when there are 2–10, every label is filled, thresholds fall strictly from top to
 * bottom within 0–100, and only the last band is open-ended ("everything else").
 */
export function bandsAreValid(bands: readonly PredicateBand[]): boolean {
  if (bands.length < 2 || bands.length > 10) return false;
  if (bands.some((b) => b.label.trim().length === 0 || b.label.length > 60)) return false;
  const last = bands[bands.length - 1];
  if (last.above !== null) return false;
  const thresholds = bands.slice(0, -1).map((b) => b.above);
  if (thresholds.some((t) => t === null || !Number.isFinite(t) || t < 0 || t > 100)) return false;
  return thresholds.every((t, i) => i === 0 || (t as number) < (thresholds[i - 1] as number));
}

/** What the rules look at for one participant. */
export interface CompletionInput {
  attendance: number;
  final: number;
  /** Best released post-test score; null when not taken or not released. */
  postTest: number | null;
  /** Ids of the assignments the participant handed in. */
  handedIn: ReadonlySet<string>;
}

export interface CompletionOutcome {
  passed: boolean;
  predicate: string;
  reasons: CompletionReason[];
}

/** Applies every rule and lists each one not met, so an organizer can explain a failure. */
export function evaluateCompletion(
  input: CompletionInput,
  rules: CompletionRules,
  assignmentTitles: ReadonlyMap<string, string>,
): CompletionOutcome {
  const reasons: CompletionReason[] = [];
  if (input.attendance < rules.minAttendancePercent) {
    reasons.push({ code: 'attendance', actual: input.attendance, required: rules.minAttendancePercent });
  }
  if (input.final < rules.minFinalScore) reasons.push({ code: 'finalScore', actual: input.final, required: rules.minFinalScore });
  if (rules.postTestMinScore !== null && (input.postTest === null || input.postTest < rules.postTestMinScore)) {
    reasons.push({ code: 'postTest', actual: input.postTest, required: rules.postTestMinScore });
  }
  for (const id of rules.requiredAssignmentIds) {
    if (!input.handedIn.has(id)) reasons.push({ code: 'assignmentMissing', assignmentId: id, title: assignmentTitles.get(id) ?? '' });
  }
  return { passed: reasons.length === 0, predicate: predicateFor(input.final, rules.predicateBands), reasons };
}
