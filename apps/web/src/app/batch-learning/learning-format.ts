import type { TestKind, TimeZone } from '@bimtek/contracts';
import type { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { ZONE_NAMES, localParts } from '../training/zoned-time';

export const testKindLabel = (kind: TestKind): TranslationKey => `batchLearning.testKind.${kind}`;

/** A score or a completion rate the local way ("87,5 %"), and a dash where there is none yet. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '–' : `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
}

/** Points, which essays and rubrics may award in halves. */
export function formatPoints(value: number | null | undefined, locale: string): string {
  return value === null || value === undefined ? '–' : value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** A gain in percentage points, signed so that a drop is not read as a rise: "+12,5", "−3". */
export function formatGain(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  const size = Math.abs(value).toLocaleString(locale, { maximumFractionDigits: 1 });
  return value > 0 ? `+${size}` : value < 0 ? `−${size}` : size;
}

/**
 * A moment at the batch's venue: "2 Desember 2024 08.00 WITA". Without the zone (trainers cannot read
 * the batch itself) it is shown in the device's zone, which in practice is the venue's.
 */
export function venueDateTime(iso: string | null, timeZone: TimeZone | null, i18n: I18n): string {
  if (!iso) return '';
  if (!timeZone) return i18n.formatDate(iso, 'dateTime');
  const { date, time } = localParts(iso, timeZone);
  return `${i18n.formatDate(date)} ${time} ${ZONE_NAMES[timeZone]}`;
}
