import type { EnrollmentView } from '@bimtek/contracts';
import type { I18n } from '../i18n/i18n';
import { enrollmentStatusLabel } from '../i18n/labels';

/** "Menunggu persetujuan", "Disetujui", "Daftar tunggu no. 3" … */
export function enrollmentStatusText(i18n: I18n, enrollment: Pick<EnrollmentView, 'status' | 'waitlistPosition'>): string {
  if (enrollment.status === 'waitlisted' && enrollment.waitlistPosition !== null) {
    return i18n.t('enrollment.waitlistNo', { position: enrollment.waitlistPosition });
  }
  return i18n.t(enrollmentStatusLabel(enrollment.status));
}

/** Enrollments that still count: the person holds or waits for a place. */
export function isActiveEnrollment(enrollment: EnrollmentView): boolean {
  return enrollment.status === 'pending' || enrollment.status === 'approved' || enrollment.status === 'waitlisted';
}
