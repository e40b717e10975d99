import type { AnswerKey, GivenAnswer } from '@bimtek/contracts';

/**
 * The points an answer earns: all of them or none for automatically graded kinds (a multiple-choice
 * question needs exactly the right set), null for an essay, which a trainer grades. An answer of
 * another kind than its question earns nothing.
 */
export function gradeAnswer(key: AnswerKey, answer: GivenAnswer | null, points: number): number | null {
  if (key.kind === 'essay') return null;
  if (!answer || answer.kind !== key.kind) return 0;
  return answerIsCorrect(key, answer) ? points : 0;
}

function answerIsCorrect(key: Exclude<AnswerKey, { kind: 'essay' }>, answer: GivenAnswer): boolean {
  switch (key.kind) {
    case 'single':
      return answer.kind === 'single' && answer.optionId === key.correctOptionId;
    case 'multiple': {
      if (answer.kind !== 'multiple') return false;
      const given = new Set(answer.optionIds);
      return given.size === key.correctOptionIds.length && key.correctOptionIds.every((id) => given.has(id));
    }
    case 'trueFalse':
      return answer.kind === 'trueFalse' && answer.value === key.correct;
    case 'shortAnswer':
      return answer.kind === 'shortAnswer' && key.accepted.some((accepted) => normalizeShortAnswer(accepted) === normalizeShortAnswer(answer.text));
  }
}

/** Short answers compare without case, surrounding or doubled spaces, and a final full stop: "UU ITE." = "uu  ite". */
export function normalizeShortAnswer(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim();
}

/**
 * The same items in an order of their own per participant and test, stable across reloads (the
 * seed is e.g. the attempt's id), so a neighbour's screen does not give the answers away.
 */
export function shuffledFor<T>(seed: string, items: readonly T[]): T[] {
  const random = mulberry32(fnv1a(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** When an attempt must end: its time limit from the start, or the test's closing time if that comes first. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number | null, closesAt: Date | null): Date | null {
  const byLimit = timeLimitMinutes === null ? null : startedAt.getTime() + timeLimitMinutes * 60_000;
  const candidates = [byLimit, closesAt?.getTime() ?? null].filter((t): t is number => t !== null);
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** A score in percent of the points available, floored to one decimal like the attendance rate. */
export function scorePercent(earned: number, available: number): number {
  if (available <= 0) return 0;
  return Math.floor((Math.min(earned, available) / available) * 1000) / 10;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
