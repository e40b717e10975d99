const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** "25 Juli 2026", as dates are written in Indonesian letters. */
export function formatDateId(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${monthName(month)} ${year}`;
}

/**
 * A training's dates written once, without repeating what the two ends share: "20–24 Juli 2026",
 * "30 Juli – 3 Agustus 2026", "29 Desember 2025 – 2 Januari 2026", or one date for a one-day training.
 */
export function formatDateRangeId(start: string, end: string): string {
  const from = parts(start);
  const to = parts(end);
  if (from.year !== to.year) return `${formatDateId(start)} – ${formatDateId(end)}`;
  if (from.month !== to.month) return `${from.day} ${monthName(from.month)} – ${formatDateId(end)}`;
  if (from.day !== to.day) return `${from.day}–${formatDateId(end)}`;
  return formatDateId(start);
}
