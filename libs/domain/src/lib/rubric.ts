import type { RubricCriterion } from '@bimtek/contracts';

/** What an author sends: criteria and levels, those without an id being new. */
export interface RubricDraft {
  id?: string;
  title: string;
  description?: string | null;
  levels: { id?: string; title: string; description?: string | null; points: number }[];
}

/** The most a submission can earn: each criterion's best level, added up. */
export function rubricMaxPoints(rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)), 0);
}

export type RubricScore =
  | { ok: true; points: number }
  | { ok: false; problem: 'levelsIncomplete' | 'unknownLevel'; criterionId: string };

/**
 * The points of a grade that names one level per criterion (criterion id → level id). Every
 * criterion needs a level of its own; a criterion or level the rubric does not have is refused, so
 * a grade can never point at nothing.
 */
export function pointsFor(rubric: readonly RubricCriterion[], choice: Readonly<Record<string, string>>): RubricScore {
  const known = new Set(rubric.map((criterion) => criterion.id));
  const stranger = Object.keys(choice).find((criterionId) => !known.has(criterionId));
  if (stranger !== undefined) return { ok: false, problem: 'unknownLevel', criterionId: stranger };
  let points = 0;
  for (const criterion of rubric) {
    const levelId = choice[criterion.id];
    if (levelId === undefined) return { ok: false, problem: 'levelsIncomplete', criterionId: criterion.id };
    const level = criterion.levels.find((l) => l.id === levelId);
    if (!level) return { ok: false, problem: 'unknownLevel', criterionId: criterion.id };
    points += level.points;
  }
  return { ok: true, points };
}

/**
 * The rubric as stored: ids kept where the author sent one the current rubric has (a level's id
 * only under its own criterion, each id once), new ids for the rest. Grades name these ids.
 */
export function withRubricIds(draft: readonly RubricDraft[], current: readonly RubricCriterion[], newId: () => string): RubricCriterion[] {
  const usedCriteria = new Set<string>();
  return draft.map((criterion) => {
    const existing = current.find((c) => c.id === criterion.id && !usedCriteria.has(c.id));
    const id = existing ? existing.id : freshId(newId, usedCriteria, current.map((c) => c.id));
    usedCriteria.add(id);
    const usedLevels = new Set<string>();
    const existingLevels = existing?.levels.map((l) => l.id) ?? [];
    return {
      id,
      title: criterion.title,
      description: criterion.description ?? null,
      levels: criterion.levels.map((level) => {
        const levelId = level.id !== undefined && existingLevels.includes(level.id) && !usedLevels.has(level.id) ? level.id : freshId(newId, usedLevels, existingLevels);
        usedLevels.add(levelId);
        return { id: levelId, title: level.title, description: level.description ?? null, points: level.points };
      }),
    };
  });
}

function freshId(newId: () => string, used: ReadonlySet<string>, taken: readonly string[]): string {
  for (;;) {
    const id = newId();
    if (!used.has(id) && !taken.includes(id)) return id;
  }
}

/**
 * Whether grading with `next` could differ from grading with `current`: other criteria or levels
 * (by id, in order) or other points. Wording (titles, descriptions) may still be corrected once
 * work has been graded; the grades stay what they were.
 */
export function rubricScoringChanged(current: readonly RubricCriterion[], next: readonly RubricCriterion[]): boolean {
  const shape = (rubric: readonly RubricCriterion[]) => JSON.stringify(rubric.map((c) => [c.id, c.levels.map((l) => [l.id, l.points])]));
  return shape(current) !== shape(next);
}
