import type { Role } from './roles';

/**
 * Every API endpoint names exactly one of these (or is explicitly public), and the web app uses the
 * same constants to decide which menus to show, so the two cannot drift apart.
 */
export const Permission = {
  /** Read and edit one's own profile, change one's password, download one's own data; one's notifications and agenda. */
  ProfileOwn: 'profile:own',
  /** List and read the people of one's own agency. */
  PeopleReadAgency: 'people:read-agency',
  /** List, create and edit all accounts; grant roles; deactivate. */
  UsersManage: 'users:manage',
  /** Read agencies and their units (needed by registration and profile forms; also public). */
  AgenciesRead: 'agencies:read',
  /** Create and edit agencies and units. */
  AgenciesManage: 'agencies:manage',
  /** Read the audit trail. */
  AuditRead: 'audit:read',
  /** Read the mail outbox (embedded mode delivers mail there). */
  OutboxRead: 'outbox:read',
  /** Plan programmes, batches and timetables of one's own agency (all agencies for admins). */
  ProgramsManage: 'programs:manage',
  /** Approve, reject and list enrollments of one's own agency's batches. */
  EnrollmentsManage: 'enrollments:manage',
  /** See batches open for registration and their timetables. */
  CatalogRead: 'catalog:read',
  /** Register for a batch, withdraw, see one's own trainings. */
  EnrollSelf: 'enrollment:self',
  /** See the sessions one teaches (the trainer's "my sessions" page). */
  TeachOwn: 'sessions:teach',
  /** Run check-in (kiosk, badge scan, marking by hand), follow and correct attendance, download recaps, for one's agency. */
  AttendanceManage: 'attendance:manage',
  /** Check oneself in, show one's badge, send an izin or sakit, see one's own attendance. */
  AttendanceSelf: 'attendance:self',
  /** Write lessons, question banks, tests and assignments; schedule them per batch; the gradebook. For one's agency. */
  LearningManage: 'learning:manage',
  /**
   * Follow learning in the batches one teaches (organizers: one's agency's): lesson progress, test
   * results and essays, the grading queue and rubric grades, releasing results.
   */
  LearningTeach: 'learning:teach',
  /** Study lessons, take tests, hand in assignments and read one's own results. */
  LearningSelf: 'learning:self',
  /** Completion rules and overrides, certificate templates, issuing, revoking and reissuing certificates; for one's agency. */
  CertificatesManage: 'certificates:manage',
  /** See and download one's own certificates. */
  CertificatesSelf: 'certificates:self',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    Permission.ProfileOwn,
    Permission.PeopleReadAgency,
    Permission.UsersManage,
    Permission.AgenciesRead,
    Permission.AgenciesManage,
    Permission.AuditRead,
    Permission.OutboxRead,
    Permission.ProgramsManage,
    Permission.EnrollmentsManage,
    Permission.CatalogRead,
    Permission.AttendanceManage,
    Permission.LearningManage,
    Permission.LearningTeach,
    Permission.CertificatesManage,
  ],
  organizer: [
    Permission.ProfileOwn,
    Permission.PeopleReadAgency,
    Permission.AgenciesRead,
    Permission.ProgramsManage,
    Permission.EnrollmentsManage,
    Permission.CatalogRead,
    Permission.AttendanceManage,
    Permission.LearningManage,
    Permission.LearningTeach,
    Permission.CertificatesManage,
  ],
  trainer: [Permission.ProfileOwn, Permission.AgenciesRead, Permission.CatalogRead, Permission.TeachOwn, Permission.LearningTeach],
  participant: [
    Permission.ProfileOwn,
    Permission.AgenciesRead,
    Permission.CatalogRead,
    Permission.EnrollSelf,
    Permission.AttendanceSelf,
    Permission.LearningSelf,
    Permission.CertificatesSelf,
  ],
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))];
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
