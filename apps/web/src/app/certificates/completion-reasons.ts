import type { CompletionReason } from '@bimtek/contracts';
import type { I18n } from '../i18n/i18n';
import { formatScore } from './certificate-format';

/** Why a participant did not pass, as the organizer reads it: "kehadiran 80% < 90%", "tugas "Siaran pers" belum dikumpulkan". */
export function completionReasonText(reason: CompletionReason, i18n: Pick<I18n, 't' | 'locale'>): string {
  const number = (value: number) => formatScore(value, i18n.locale());
  switch (reason.code) {
    case 'attendance':
      return i18n.t('certificates.reason.attendance', { actual: number(reason.actual), required: number(reason.required) });
    case 'finalScore':
      return i18n.t('certificates.reason.finalScore', { actual: number(reason.actual), required: number(reason.required) });
    case 'postTest':
      return reason.actual === null
        ? i18n.t('certificates.reason.postTestMissing')
        : i18n.t('certificates.reason.postTest', { actual: number(reason.actual), required: number(reason.required) });
    case 'assignmentMissing':
      return i18n.t('certificates.reason.assignmentMissing', { title: reason.title });
  }
}
