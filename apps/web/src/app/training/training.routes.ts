import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Participants: the catalogue of open batches, their own enrollments and a batch's timetable. */
export const trainingRoutes: Routes = [
  {
    path: TrainingPaths.catalog,
    title: pageTitle('catalog.title'),
    canActivate: [permissionGuard(Permission.CatalogRead)],
    loadComponent: () => import('./catalog-page').then((m) => m.CatalogPage),
  },
  {
    path: `${TrainingPaths.catalog}/:batchId/${TrainingPaths.timetable}`,
    title: pageTitle('timetable.title'),
    canActivate: [permissionGuard(Permission.CatalogRead)],
    loadComponent: () => import('./batch-timetable-page').then((m) => m.BatchTimetablePage),
  },
];
