import type { RubricCriterion } from '@bimtek/contracts';

/** Criterion id → the chosen level id, as GradeRequest and GradeView carry it. */
export type LevelChoice = Readonly<Record<string, string>>;

/** The points of the chosen levels; criteria without a choice add nothing. */
export function rubricPoints(rubric: readonly RubricCriterion[], levels: LevelChoice): number {
  return rubric.reduce((sum, criterion) => sum + (criterion.levels.find((level) => level.id === levels[criterion.id])?.points ?? 0), 0);
}

/** Every criterion has a level: only then can the grade be saved. */
export function rubricComplete(rubric: readonly RubricCriterion[], levels: LevelChoice): boolean {
  return rubric.every((criterion) => criterion.levels.some((level) => level.id === levels[criterion.id]));
}

/** "Struktur: Baik (3)" for each criterion of someone's grade. */
export function chosenLevels(rubric: readonly RubricCriterion[], levels: LevelChoice): { criterion: string; level: string; points: number | null }[] {
  return rubric.map((criterion) => {
    const level = criterion.levels.find((candidate) => candidate.id === levels[criterion.id]);
    return { criterion: criterion.title, level: level?.title ?? '–', points: level?.points ?? null };
  });
}
