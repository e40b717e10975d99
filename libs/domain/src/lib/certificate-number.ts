import { toRoman } from './roman-numeral';

/** What a certificate number pattern can refer to. */
export interface NumberParts {
  seq: number;
  /** The agency's code, e.g. BKPSDM. */
  unit: string;
  year: number;
  /** 1–12, printed in Roman numerals as in Indonesian letter numbers (XI). */
  month: number;
  batch: number;
}

const PLACEHOLDER = /\{([a-z]+)(?::(\d+))?\}/g;
const KNOWN = new Set(['seq', 'unit', 'year', 'month', 'batch']);

/**
 * A pattern must hold exactly one `{seq}` (or `{seq:N}`, padded to N ≤ 8 digits) and the `{year}`,
 * since the sequence starts again every year, and no placeholder it does not know. A digit right
 * beside `{seq}` is refused: `{seq}1` would print seq 11 as seq 111 of another pattern does.
 */
export function numberPatternIsValid(pattern: string): boolean {
  if (pattern.trim().length === 0 || pattern.length > 100) return false;
  let seqCount = 0;
  let hasYear = false;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const [whole, name, width] = match;
    if (!KNOWN.has(name)) return false;
    if (width !== undefined && (name !== 'seq' || Number(width) < 1 || Number(width) > 8)) return false;
    if (name === 'year') hasYear = true;
    if (name !== 'seq') continue;
    seqCount++;
    const before = pattern[(match.index ?? 0) - 1] ?? '';
    const after = pattern[(match.index ?? 0) + whole.length] ?? '';
    if (/\d/.test(before) || /\d/.test(after)) return false;
  }
  // A stray brace is a typo such as "{seq" that would otherwise be printed as is.
  const rest = pattern.replace(PLACEHOLDER, '');
  return seqCount === 1 && hasYear && !rest.includes('{') && !rest.includes('}');
}

export function formatCertificateNumber(pattern: string, parts: NumberParts): string {
  return pattern.replace(PLACEHOLDER, (whole, name: string, width?: string) => {
    switch (name) {
      case 'seq':
        return width ? String(parts.seq).padStart(Number(width), '0') : String(parts.seq);
      case 'unit':
        return parts.unit;
      case 'year':
        return String(parts.year);
      case 'month':
        return toRoman(parts.month);
      case 'batch':
        return String(parts.batch);
      default:
        return whole;
    }
  });
}
