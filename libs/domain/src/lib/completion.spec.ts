import { DEFAULT_PREDICATE_BANDS, type CompletionRules } from '@bimtek/contracts';
import { bandsAreValid, evaluateCompletion, predicateFor } from './completion';

const bands = [...DEFAULT_PREDICATE_BANDS];
const rules: CompletionRules = { minAttendancePercent: 90, minFinalScore: 70, postTestMinScore: null, requiredAssignmentIds: [], predicateBands: bands };

describe('predicateFor', () => {
  it('gives the band the score is strictly above, so 90 is Memuaskan and 90.1 Sangat Memuaskan', () => {
    expect(predicateFor(90.1, bands)).toBe('Sangat Memuaskan');
    expect(predicateFor(90, bands)).toBe('Memuaskan');
    expect(predicateFor(70.5, bands)).toBe('Cukup Memuaskan');
    expect(predicateFor(61, bands)).toBe('Kurang Memuaskan');
    expect(predicateFor(60, bands)).toBe('Tidak Memuaskan');
    expect(predicateFor(0, bands)).toBe('Tidak Memuaskan');
  });
});

describe('bandsAreValid', () => {
  it('accepts the default scale', () => expect(bandsAreValid(bands)).toBe(true));
  it('rejects thresholds that do not fall, an open band that is not last, and empty labels', () => {
    expect(bandsAreValid([{ label: 'A', above: 80 }, { label: 'B', above: 85 }, { label: 'C', above: null }])).toBe(false);
    expect(bandsAreValid([{ label: 'A', above: null }, { label: 'B', above: 50 }])).toBe(false);
    expect(bandsAreValid([{ label: ' ', above: 50 }, { label: 'B', above: null }])).toBe(false);
    expect(bandsAreValid([{ label: 'A', above: 120 }, { label: 'B', above: null }])).toBe(false);
    expect(bandsAreValid([{ label: 'Only', above: null }])).toBe(false);
  });
});

describe('evaluateCompletion', () => {
  const titles = new Map([['a1', 'Siaran pers']]);

  it('passes someone who meets every rule and gives their predicate', () => {
    const outcome = evaluateCompletion({ attendance: 100, final: 85.5, postTest: 80, handedIn: new Set() }, rules, titles);
    expect(outcome).toEqual({ passed: true, predicate: 'Memuaskan', reasons: [] });
  });

  it('lists every rule that is not met', () => {
    const strict: CompletionRules = { ...rules, postTestMinScore: 60, requiredAssignmentIds: ['a1'] };
    const outcome = evaluateCompletion({ attendance: 80, final: 65.5, postTest: null, handedIn: new Set() }, strict, titles);
    expect(outcome.passed).toBe(false);
    expect(outcome.reasons).toEqual([
      { code: 'attendance', actual: 80, required: 90 },
      { code: 'finalScore', actual: 65.5, required: 70 },
      { code: 'postTest', actual: null, required: 60 },
      { code: 'assignmentMissing', assignmentId: 'a1', title: 'Siaran pers' },
    ]);
  });

  it('accepts exactly the minimum and a handed-in required assignment', () => {
    const strict: CompletionRules = { ...rules, postTestMinScore: 60, requiredAssignmentIds: ['a1'] };
    const outcome = evaluateCompletion({ attendance: 90, final: 70, postTest: 60, handedIn: new Set(['a1']) }, strict, titles);
    expect(outcome.passed).toBe(true);
  });
});
