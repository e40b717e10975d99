import { lockedLessonIds } from './lesson-locks';

const lesson = (id: string, lockedUntilPrevious = true) => ({ id, lockedUntilPrevious });

describe('lesson locks', () => {
  it('never locks the very first lesson, even when it asks to be', () => {
    expect(lockedLessonIds([lesson('a'), lesson('b', false)], new Set())).toEqual(new Set());
  });

  it('locks a lesson until the one just before it is completed', () => {
    const lessons = [lesson('a', false), lesson('b'), lesson('c')];
    expect(lockedLessonIds(lessons, new Set())).toEqual(new Set(['b', 'c']));
    expect(lockedLessonIds(lessons, new Set(['a']))).toEqual(new Set(['c']));
    expect(lockedLessonIds(lessons, new Set(['a', 'b']))).toEqual(new Set());
  });

  it('looks only at the lesson just before, not at every earlier one', () => {
    // b is not done, yet c opens because its own predecessor is: the rule is one step, not a chain.
    expect(lockedLessonIds([lesson('a', false), lesson('b', false), lesson('c')], new Set(['b']))).toEqual(new Set());
  });

  it('leaves lessons without the flag open whatever is done', () => {
    expect(lockedLessonIds([lesson('a', false), lesson('b', false)], new Set())).toEqual(new Set());
  });

  it('follows the programme order across modules: the first lesson of a module waits for the last of the one before', () => {
    // Module 1: a, b; module 2: c (locked), given already flattened in programme order.
    const lessons = [lesson('a', false), lesson('b', false), lesson('c')];
    expect(lockedLessonIds(lessons, new Set(['a'])).has('c')).toBe(true);
    expect(lockedLessonIds(lessons, new Set(['b'])).has('c')).toBe(false);
  });
});
