export interface TimeRange {
  start: Date;
  end: Date;
}

/**
 * Ranges are half-open [start, end): a session ending at 10:00 and one starting at 10:00 do not
 * conflict, so back-to-back sessions and a trainer's consecutive classes are allowed.
 * An empty range (start = end) overlaps nothing.
 */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  assertValid(a, 'a');
  assertValid(b, 'b');
  const [aStart, aEnd, bStart, bEnd] = [a.start.getTime(), a.end.getTime(), b.start.getTime(), b.end.getTime()];
  if (aStart === aEnd || bStart === bEnd) return false;
  return aStart < bEnd && bStart < aEnd;
}

// A reversed or invalid range is a bug upstream; answering "no conflict" would hide it.
function assertValid(range: TimeRange, name: string): void {
  const start = range.start.getTime();
  const end = range.end.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError(`Range ${name} has an invalid date`);
  if (end < start) throw new RangeError(`Range ${name} ends before it starts`);
}
