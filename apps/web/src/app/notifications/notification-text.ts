import { type NotificationView, TrainingPaths } from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';

export interface NotificationText {
  title: TranslationKey;
  body: TranslationKey;
  params: Record<string, string | number>;
  /** Material Symbols name. */
  icon: string;
  /** Where acting on it happens; null when the batch is gone. */
  link: string[] | null;
}

/** How a notification reads in the app; the words come from the dictionary of the reader's language. */
export function notificationText(n: NotificationView): NotificationText {
  const params = { program: n.programTitle ?? '', batch: n.batchName ?? '' };
  const timetable = n.batchId ? ['/' + TrainingPaths.catalog, n.batchId, TrainingPaths.timetable] : null;
  switch (n.kind) {
    case 'enrollment.approved':
      return { title: 'notification.approved', body: 'notification.approvedBody', params, icon: 'check_circle', link: timetable };
    case 'enrollment.rejected':
      return {
        title: 'notification.rejected',
        body: 'notification.rejectedBody',
        params: { ...params, reason: n.params.reason ?? '—' },
        icon: 'cancel',
        link: ['/' + TrainingPaths.catalog],
      };
    case 'enrollment.waitlisted':
      return { title: 'notification.waitlisted', body: 'notification.waitlistedBody', params: { ...params, position: n.params.position ?? '?' }, icon: 'hourglass_top', link: timetable };
    case 'enrollment.promoted':
      return {
        title: 'notification.promoted',
        body: n.params.status === 'pending' ? 'notification.promotedPendingBody' : 'notification.promotedBody',
        params,
        icon: 'celebration',
        link: timetable,
      };
    case 'enrollment.added':
      return { title: 'notification.added', body: 'notification.addedBody', params, icon: 'how_to_reg', link: timetable };
    case 'timetable.changed':
      return { title: 'notification.timetableChanged', body: 'notification.timetableChangedBody', params: { ...params, changes: n.params.changes ?? 1 }, icon: 'event_repeat', link: timetable };
  }
}
