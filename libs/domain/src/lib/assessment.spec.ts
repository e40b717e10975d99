import { attemptDeadline, gradeAnswer, normalizeShortAnswer, scorePercent, shuffledFor } from './assessment';

describe('grading an answer', () => {
  it('gives the points for the right option and none for another, a missing or a mismatched answer', () => {
    const key = { kind: 'single' as const, correctOptionId: 'b' };
    expect(gradeAnswer(key, { kind: 'single', optionId: 'b' }, 4)).toBe(4);
    expect(gradeAnswer(key, { kind: 'single', optionId: 'a' }, 4)).toBe(0);
    expect(gradeAnswer(key, { kind: 'single', optionId: null }, 4)).toBe(0);
    expect(gradeAnswer(key, null, 4)).toBe(0);
    expect(gradeAnswer(key, { kind: 'trueFalse', value: true }, 4)).toBe(0);
  });

  it('wants exactly the right set for multiple choice, in any order', () => {
    const key = { kind: 'multiple' as const, correctOptionIds: ['a', 'c'] };
    expect(gradeAnswer(key, { kind: 'multiple', optionIds: ['c', 'a'] }, 2)).toBe(2);
    expect(gradeAnswer(key, { kind: 'multiple', optionIds: ['a'] }, 2)).toBe(0);
    expect(gradeAnswer(key, { kind: 'multiple', optionIds: ['a', 'b', 'c'] }, 2)).toBe(0);
    expect(gradeAnswer(key, { kind: 'multiple', optionIds: ['a', 'a'] }, 2)).toBe(0);
  });

  it('grades true/false and short answers, and leaves essays to the trainer', () => {
    expect(gradeAnswer({ kind: 'trueFalse', correct: false }, { kind: 'trueFalse', value: false }, 1)).toBe(1);
    expect(gradeAnswer({ kind: 'trueFalse', correct: false }, { kind: 'trueFalse', value: null }, 1)).toBe(0);
    const short = { kind: 'shortAnswer' as const, accepted: ['UU ITE', 'Undang-Undang Informasi dan Transaksi Elektronik'] };
    expect(gradeAnswer(short, { kind: 'shortAnswer', text: '  uu   ite. ' }, 3)).toBe(3);
    expect(gradeAnswer(short, { kind: 'shortAnswer', text: 'UU PDP' }, 3)).toBe(0);
    expect(gradeAnswer({ kind: 'essay' }, { kind: 'essay', text: 'Siaran pers …' }, 10)).toBeNull();
  });

  it('compares short answers without case, extra spaces or a final full stop', () => {
    expect(normalizeShortAnswer('  Siaran  Pers. ')).toBe('siaran pers');
    expect(normalizeShortAnswer('5W+1H?')).toBe('5w+1h');
  });
});

describe('shuffling per participant', () => {
  const questions = Array.from({ length: 25 }, (_, i) => `q${i + 1}`);

  it('keeps every question, in the same order for the same attempt', () => {
    const once = shuffledFor('attempt-1', questions);
    expect([...once].sort()).toEqual([...questions].sort());
    expect(shuffledFor('attempt-1', questions)).toEqual(once);
  });

  it('gives different attempts different orders', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffledFor(`attempt-${i}`, questions).join(',')));
    expect(orders.size).toBe(20);
    expect(shuffledFor('attempt-1', questions)).not.toEqual(questions);
  });
});

describe('attempt deadline and score', () => {
  const start = new Date('2026-11-23T01:00:00Z');

  it('ends at the time limit, or at the test’s closing time when that comes first', () => {
    expect(attemptDeadline(start, 30, new Date('2026-11-23T05:00:00Z'))?.toISOString()).toBe('2026-11-23T01:30:00.000Z');
    expect(attemptDeadline(start, 30, new Date('2026-11-23T01:10:00Z'))?.toISOString()).toBe('2026-11-23T01:10:00.000Z');
    expect(attemptDeadline(start, null, null)).toBeNull();
  });

  it('floors the percentage so that a pass mark is never reached by rounding', () => {
    expect(scorePercent(23, 25)).toBe(92);
    expect(scorePercent(2, 3)).toBe(66.6);
    expect(scorePercent(5, 0)).toBe(0);
  });
});
