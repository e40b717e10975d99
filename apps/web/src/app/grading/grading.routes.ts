import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Trainers (and organizers): the grading queue and the grade page of one submission. */
export const gradingRoutes: Routes = [
  {
    path: TrainingPaths.grading,
    title: pageTitle('grading.title'),
    canActivate: [permissionGuard(Permission.LearningTeach)],
    loadComponent: () => import('./grading-queue-page').then((m) => m.GradingQueuePage),
  },
  {
    path: `${TrainingPaths.grading}/:submissionId`,
    title: pageTitle('grading.gradeTitle'),
    canActivate: [permissionGuard(Permission.LearningTeach)],
    loadComponent: () => import('./grade-page').then((m) => m.GradePage),
  },
];
