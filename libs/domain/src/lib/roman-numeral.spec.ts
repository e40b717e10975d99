import { fromRoman, toRoman } from './roman-numeral';

describe(toRoman.name, () => {
  it('numbers batches as on the invitation: Angkatan I, II, III …', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL']);
  });

  it('writes larger numbers in the standard subtractive form', () => {
    expect(toRoman(1994)).toBe('MCMXCIV');
    expect(toRoman(2024)).toBe('MMXXIV');
    expect(toRoman(3999)).toBe('MMMCMXCIX');
  });

  it.each([0, -1, 4000, 2.5, NaN, Infinity])('refuses %p', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe(fromRoman.name, () => {
  it('reads what toRoman writes, for every number', () => {
    for (let n = 1; n <= 3999; n++) {
      expect(fromRoman(toRoman(n))).toBe(n);
    }
  });

  it('accepts lower case and surrounding spaces as an organizer types them', () => {
    expect(fromRoman(' iv ')).toBe(4);
    expect(fromRoman('Xii')).toBe(12);
  });

  it.each(['', '   ', 'IIII', 'IC', 'VX', 'IIV', 'MMMM', 'ABC', '12', 'I I'])('gives null for %p', (s) => {
    expect(fromRoman(s)).toBeNull();
  });
});
