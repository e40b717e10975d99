import { componentAverage, finalScore, hasPassed, weightsAreValid } from './gradebook';

describe('the gradebook', () => {
  const weights = { attendance: 20, tests: 40, assignments: 40 };

  it('weighs the three components', () => {
    expect(finalScore({ attendance: 100, tests: 80, assignments: 70 }, weights)).toBe(80);
    expect(finalScore({ attendance: 90, tests: 75.5, assignments: 62.5 }, weights)).toBe(73.2);
  });

  it('leaves out what has not been released and weighs the rest among themselves', () => {
    expect(finalScore({ attendance: 100, tests: 70, assignments: null }, weights)).toBe(80);
    expect(finalScore({ attendance: 50, tests: null, assignments: null }, weights)).toBe(50);
  });

  it('rounds down, so 69.96 does not pass a 70 mark', () => {
    const final = finalScore({ attendance: 100, tests: 62.4, assignments: 62.5 }, weights);
    expect(final).toBe(69.9);
    expect(hasPassed(final, 100, { passingScore: 70, minAttendancePercent: 80 })).toBe(false);
  });

  it('counts a released item not taken as zero', () => {
    expect(componentAverage([80, null, 100])).toBe(60);
    expect(componentAverage([])).toBeNull();
  });

  it('needs the minimum attendance as well as the passing score', () => {
    expect(hasPassed(95, 79.9, { passingScore: 70, minAttendancePercent: 80 })).toBe(false);
    expect(hasPassed(70, 80, { passingScore: 70, minAttendancePercent: 80 })).toBe(true);
  });

  it('accepts weights that are whole numbers adding up to 100', () => {
    expect(weightsAreValid({ attendance: 0, tests: 50, assignments: 50 })).toBe(true);
    expect(weightsAreValid({ attendance: 30, tests: 40, assignments: 40 })).toBe(false);
    expect(weightsAreValid({ attendance: -10, tests: 60, assignments: 50 })).toBe(false);
  });
});
