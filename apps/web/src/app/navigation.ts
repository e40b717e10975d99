import { Permission, TrainingPaths, WebRoutes } from '@bimtek/contracts';
import type { TranslationKey } from './i18n/id';

export interface NavEntry {
  path: string;
  label: TranslationKey;
  /** Material Symbols name. */
  icon: string;
  /** Shown only to people who hold it; the same constant guards the route and the API endpoint. */
  permission: Permission;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: WebRoutes.home, label: 'home.title', icon: 'home', permission: Permission.ProfileOwn },
  { path: WebRoutes.profile, label: 'nav.profile', icon: 'badge', permission: Permission.ProfileOwn },
  { path: TrainingPaths.catalog, label: 'nav.training', icon: 'school', permission: Permission.CatalogRead },
  { path: WebRoutes.checkIn, label: 'nav.checkIn', icon: 'qr_code_scanner', permission: Permission.AttendanceSelf },
  { path: WebRoutes.myAttendance, label: 'nav.myAttendance', icon: 'fact_check', permission: Permission.AttendanceSelf },
  { path: WebRoutes.myCertificates, label: 'certificates.my.title', icon: 'workspace_premium', permission: Permission.CertificatesSelf },
  { path: WebRoutes.mySessions, label: 'nav.mySessions', icon: 'co_present', permission: Permission.TeachOwn },
  { path: TrainingPaths.grading, label: 'grading.title', icon: 'grading', permission: Permission.LearningTeach },
  { path: TrainingPaths.programs, label: 'nav.programs', icon: 'menu_book', permission: Permission.ProgramsManage },
  { path: TrainingPaths.batchCalendar, label: 'nav.batchCalendar', icon: 'calendar_month', permission: Permission.ProgramsManage },
  { path: WebRoutes.people, label: 'nav.people', icon: 'groups', permission: Permission.PeopleReadAgency },
  { path: WebRoutes.adminUsers, label: 'nav.users', icon: 'manage_accounts', permission: Permission.UsersManage },
  { path: WebRoutes.adminOutbox, label: 'nav.outbox', icon: 'outbox', permission: Permission.OutboxRead },
  { path: WebRoutes.adminAudit, label: 'nav.audit', icon: 'policy', permission: Permission.AuditRead },
];

export function navEntriesFor(permissions: readonly Permission[]): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => permissions.includes(entry.permission));
}
