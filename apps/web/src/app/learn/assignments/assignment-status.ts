import type { MyAssignmentView } from '@bimtek/contracts';
import type { TranslationKey } from '../../i18n/id';

export type AssignmentStatus = 'notSubmitted' | 'submitted' | 'late' | 'graded';

/** Where the participant's work stands: graded wins over late, late over handed in. */
export function assignmentStatus(view: Pick<MyAssignmentView, 'submission' | 'closedReason'>): AssignmentStatus {
  if (!view.submission) return 'notSubmitted';
  if (view.submission.grade || view.closedReason === 'graded') return 'graded';
  return view.submission.late ? 'late' : 'submitted';
}

export const assignmentStatusLabel = (status: AssignmentStatus): TranslationKey => `assess.status.${status}`;
