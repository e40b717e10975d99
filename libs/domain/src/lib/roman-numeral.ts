/**
 * Batches are numbered in Roman numerals ("Angkatan I, II, III …"), as on invitations and
 * certificates. 3999 is the largest number the standard notation writes without overlines.
 */
const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export const MAX_ROMAN = 3999;

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROMAN) {
    throw new RangeError(`Only whole numbers from 1 to ${MAX_ROMAN} can be written in Roman numerals, got ${n}`);
  }
  let rest = n;
  let out = '';
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

const SYMBOL_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * Reads a numeral typed by an organizer ("iii", " IV "). Only the standard form is accepted
 * ("IIII" and "IC" give null), so every number has exactly one spelling and batches sort and match reliably.
 */
export function fromRoman(s: string): number | null {
  const numeral = s.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(numeral)) return null;

  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = SYMBOL_VALUES[numeral[i]] ?? 0;
    const next = SYMBOL_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  if (total < 1 || total > MAX_ROMAN) return null;
  return toRoman(total) === numeral ? total : null;
}
