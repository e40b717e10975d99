import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Organizers: programmes with their curricula, batches, timetables and registrations. */
export const programsRoutes: Routes = [
  {
    path: TrainingPaths.programs,
    title: pageTitle('programs.title'),
    canActivate: [permissionGuard(Permission.ProgramsManage)],
    loadComponent: () => import('./program-list-page').then((m) => m.ProgramListPage),
  },
  {
    path: `${TrainingPaths.programs}/${TrainingPaths.newProgram}`,
    title: pageTitle('programs.create'),
    canActivate: [permissionGuard(Permission.ProgramsManage)],
    loadComponent: () => import('./program-edit-page').then((m) => m.ProgramEditPage),
  },
  {
    path: `${TrainingPaths.programs}/:id`,
    title: pageTitle('programs.editTitle'),
    canActivate: [permissionGuard(Permission.ProgramsManage)],
    loadComponent: () => import('./program-edit-page').then((m) => m.ProgramEditPage),
  },
  {
    path: `${TrainingPaths.programs}/:id/${TrainingPaths.programContent}`,
    title: pageTitle('content.title'),
    canActivate: [permissionGuard(Permission.LearningManage)],
    loadComponent: () => import('../content/content-page').then((m) => m.ContentPage),
  },
  {
    path: `${TrainingPaths.programs}/:id/${TrainingPaths.certificates}`,
    title: pageTitle('certificateTemplate.title'),
    canActivate: [permissionGuard(Permission.CertificatesManage)],
    loadComponent: () => import('../certificate-template/certificate-template-page').then((m) => m.CertificateTemplatePage),
  },
  {
    path: TrainingPaths.batchCalendar,
    title: pageTitle('nav.batchCalendar'),
    canActivate: [permissionGuard(Permission.ProgramsManage)],
    loadComponent: () => import('./batch-calendar-page').then((m) => m.BatchCalendarPage),
  },
  {
    path: `${TrainingPaths.batches}/:id`,
    title: pageTitle('batches.pageTitle'),
    canActivate: [permissionGuard(Permission.ProgramsManage)],
    loadComponent: () => import('./batch-page').then((m) => m.BatchPage),
  },
  {
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.rosterImport}`,
    title: pageTitle('roster.title'),
    canActivate: [permissionGuard(Permission.EnrollmentsManage)],
    loadComponent: () => import('./roster-import-page').then((m) => m.RosterImportPage),
  },
  {
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.attendance}`,
    title: pageTitle('attendance.title'),
    canActivate: [permissionGuard(Permission.AttendanceManage)],
    loadComponent: () => import('../attendance/batch-attendance-page').then((m) => m.BatchAttendancePage),
  },
  {
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.attendance}/:unitKey`,
    title: pageTitle('attendance.unitPageTitle'),
    canActivate: [permissionGuard(Permission.AttendanceManage)],
    loadComponent: () => import('../attendance/unit-attendance-page').then((m) => m.UnitAttendancePage),
  },
  {
    // For the projector: the app's toolbar and menu stay hidden (see App).
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.attendance}/:unitKey/${TrainingPaths.kiosk}`,
    title: pageTitle('attendance.kiosk.title'),
    data: { chromeless: true },
    canActivate: [permissionGuard(Permission.AttendanceManage)],
    loadComponent: () => import('../attendance/kiosk-page').then((m) => m.KioskPage),
  },
  {
    // Trainers come here straight from their sessions: the batch page above is for organizers only.
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.batchLearning}`,
    title: pageTitle('batchLearning.title'),
    canActivate: [permissionGuard(Permission.LearningTeach)],
    loadComponent: () => import('../batch-learning/batch-learning-page').then((m) => m.BatchLearningPage),
  },
  {
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.gradebook}`,
    title: pageTitle('batchLearning.gradebook.title'),
    canActivate: [permissionGuard(Permission.LearningTeach)],
    loadComponent: () => import('../batch-learning/gradebook-page').then((m) => m.GradebookPage),
  },
  {
    path: `${TrainingPaths.batches}/:id/${TrainingPaths.certificates}`,
    title: pageTitle('certificates.title'),
    canActivate: [permissionGuard(Permission.CertificatesManage)],
    loadComponent: () => import('../certificates/batch-certificates-page').then((m) => m.BatchCertificatesPage),
  },
];
