import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../../auth/auth.guards';
import { pageTitle } from '../../core/title-strategy';
import { batchIdParam } from '../tests/batch-id-param';

/** Below the learning hub (`pelatihan/:batchId/belajar`): one assignment and its hand-in, `tugas/:assignmentId`. */
export const assignmentRoutes: Routes = [
  {
    path: `${TrainingPaths.assignment}/:assignmentId`,
    title: pageTitle('assess.assignment.title'),
    canActivate: [permissionGuard(Permission.LearningSelf)],
    resolve: { batchId: batchIdParam },
    loadComponent: () => import('./assignment-page').then((m) => m.AssignmentPage),
  },
];
