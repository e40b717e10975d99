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
];
