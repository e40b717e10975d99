import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';
import { assignmentRoutes } from '../learn/assignments/assignments.routes';
import { testRoutes } from '../learn/tests/tests.routes';

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
  {
    path: `${TrainingPaths.catalog}/:batchId/${TrainingPaths.learn}`,
    title: pageTitle('learn.title'),
    canActivate: [permissionGuard(Permission.LearningSelf)],
    loadComponent: () => import('../learn/learn-hub-page').then((m) => m.LearnHubPage),
  },
  {
    path: `${TrainingPaths.catalog}/:batchId/${TrainingPaths.learn}/${TrainingPaths.lesson}/:lessonId`,
    title: pageTitle('learn.reader.title'),
    canActivate: [permissionGuard(Permission.LearningSelf)],
    loadComponent: () => import('../learn/lesson-reader-page').then((m) => m.LessonReaderPage),
  },
  // Taking a test and handing in an assignment, below the hub.
  ...[...testRoutes, ...assignmentRoutes].map((route) => ({ ...route, path: `${TrainingPaths.catalog}/:batchId/${TrainingPaths.learn}/${route.path}` })),
];
