import type { RubricCriterion } from '@bimtek/contracts';
import { pointsFor, rubricMaxPoints, rubricScoringChanged, withRubricIds } from './rubric';

const level = (id: string, points: number) => ({ id, title: id, description: null, points });
const rubric: RubricCriterion[] = [
  { id: 'isi', title: 'Isi', description: null, levels: [level('isi-1', 10), level('isi-2', 25), level('isi-3', 40)] },
  { id: 'foto', title: 'Foto', description: 'Komposisi', levels: [level('foto-1', 30), level('foto-2', 5)] },
];

describe('rubric points', () => {
  it('adds up the best level of each criterion, wherever it stands', () => {
    expect(rubricMaxPoints(rubric)).toBe(70);
    expect(rubricMaxPoints([])).toBe(0);
  });

  it('adds up the chosen levels when every criterion has a known one', () => {
    expect(pointsFor(rubric, { isi: 'isi-2', foto: 'foto-2' })).toEqual({ ok: true, points: 30 });
  });

  it('refuses a grade that leaves a criterion out or names a level or criterion the rubric lacks', () => {
    expect(pointsFor(rubric, { isi: 'isi-2' })).toEqual({ ok: false, problem: 'levelsIncomplete', criterionId: 'foto' });
    expect(pointsFor(rubric, { isi: 'foto-1', foto: 'foto-1' })).toEqual({ ok: false, problem: 'unknownLevel', criterionId: 'isi' });
    expect(pointsFor(rubric, { isi: 'isi-1', foto: 'foto-1', gaya: 'x' })).toEqual({ ok: false, problem: 'unknownLevel', criterionId: 'gaya' });
  });
});

describe('rubric ids', () => {
  const counter = () => {
    let n = 0;
    return () => `n${++n}`;
  };

  it('keeps the ids the rubric has and gives new ones to the rest', () => {
    const next = withRubricIds(
      [
        { id: 'foto', title: 'Foto', levels: [{ id: 'foto-1', title: 'Kurang', points: 1 }, { title: 'Baru', points: 2 }] },
        { id: 'tidak-ada', title: 'Gaya', description: 'Bahasa', levels: [{ id: 'isi-1', title: 'Cukup', points: 3 }] },
      ],
      rubric,
      counter(),
    );
    expect(next).toEqual([
      { id: 'foto', title: 'Foto', description: null, levels: [{ id: 'foto-1', title: 'Kurang', description: null, points: 1 }, { id: 'n1', title: 'Baru', description: null, points: 2 }] },
      { id: 'n2', title: 'Gaya', description: 'Bahasa', levels: [{ id: 'n3', title: 'Cukup', description: null, points: 3 }] },
    ]);
  });

  it('gives an id sent twice only to the first, and never hands out an id that is taken', () => {
    const ids = ['isi-2', 'n1', 'isi', 'x', 'n2'];
    const next = withRubricIds(
      [
        { id: 'isi', title: 'A', levels: [{ id: 'isi-1', title: 'a', points: 1 }, { id: 'isi-1', title: 'b', points: 2 }] },
        { id: 'isi', title: 'B', levels: [{ title: 'c', points: 1 }] },
      ],
      rubric,
      () => ids.shift() ?? 'habis',
    );
    expect(next.map((c) => c.id)).toEqual(['isi', 'x']);
    expect(next[0].levels.map((l) => l.id)).toEqual(['isi-1', 'n1']);
    expect(next[1].levels.map((l) => l.id)).toEqual(['n2']);
  });
});

describe('rubric changes once graded', () => {
  it('sees other points, levels or criteria, but not new wording', () => {
    const reworded = rubric.map((c) => ({ ...c, title: `${c.title}!`, levels: c.levels.map((l) => ({ ...l, description: 'lebih jelas' })) }));
    expect(rubricScoringChanged(rubric, reworded)).toBe(false);
    expect(rubricScoringChanged(rubric, [rubric[0], { ...rubric[1], levels: [level('foto-1', 30), level('foto-2', 6)] }])).toBe(true);
    expect(rubricScoringChanged(rubric, [rubric[0]])).toBe(true);
    expect(rubricScoringChanged(rubric, [rubric[1], rubric[0]])).toBe(true);
  });
});
