export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.refresh_token_reused',
  'user.registered',
  'user.created',
  'user.updated',
  'user.roles_changed',
  'user.deactivated',
  'user.activated',
  'user.data_exported',
  'profile.updated',
  'agency.created',
  'agency.updated',
  'unit.created',
  'program.created',
  'program.updated',
  'program.copied',
  'batch.created',
  'batch.updated',
  'batch.status_changed',
  'timetable.changed',
  'enrollment.registered',
  'enrollment.approved',
  'enrollment.rejected',
  'enrollment.withdrawn',
  'enrollment.promoted',
  'attendance.settings_changed',
  'attendance.marked',
  'attendance.corrected',
  'attendance.excused',
  'learning.bank_imported',
  'learning.results_released',
  'learning.results_withdrawn',
  'learning.essay_graded',
  'learning.grade_saved',
  'learning.grades_released',
  'learning.grades_withdrawn',
  'completion.rules_changed',
  'completion.rules_reset',
  'completion.overridden',
  'completion.override_cleared',
  'certificate.template_changed',
  'certificate.issuance_started',
  'certificate.revoked',
  'certificate.reissued',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntryView {
  id: string;
  at: string;
  action: AuditAction;
  actorId: string | null;
  actorName: string | null;
  subjectId: string | null;
  subjectName: string | null;
  ip: string | null;
  userAgent: string | null;
  /** What changed: for updates, `{ field: { from, to } }`; secrets never appear here. */
  details: Record<string, unknown>;
}
