import type { MyTestState, TestKind, TimeZone } from '@bimtek/contracts';
import type { I18n } from '../../i18n/i18n';
import type { TranslationKey } from '../../i18n/id';
import { ZONE_NAMES, localParts } from '../../training/zoned-time';

export const testKindLabel = (kind: TestKind): TranslationKey => `assess.kind.${kind}`;
export const testStateLabel = (state: MyTestState): TranslationKey => `assess.state.${state}`;

/**
 * "18 November 2024 08:00 WIB": an instant as the batch's venue reads it, whatever zone the phone is
 * set to. Without the batch's zone, the phone's clock and no zone name.
 */
export function batchTime(i18n: I18n, iso: string, timeZone: TimeZone | null): string {
  const parts = localParts(iso, timeZone);
  const date = i18n.formatDate(parts.date);
  return timeZone ? `${date} ${parts.time} ${ZONE_NAMES[timeZone]}` : `${date} ${parts.time}`;
}

/** "87,5%" in Indonesian, "87.5%" in English. */
export function percent(value: number, locale: string): string {
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}
