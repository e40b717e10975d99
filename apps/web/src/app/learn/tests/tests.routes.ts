import type { Routes } from '@angular/router';
import { Permission, TrainingPaths } from '@bimtek/contracts';
import { permissionGuard } from '../../auth/auth.guards';
import { pageTitle } from '../../core/title-strategy';
import { batchIdParam } from './batch-id-param';

/** Below the learning hub (`pelatihan/:batchId/belajar`): taking a test, `tes/:testId[?percobaan=]`. */
export const testRoutes: Routes = [
  {
    path: `${TrainingPaths.test}/:testId`,
    title: pageTitle('assess.test.title'),
    canActivate: [permissionGuard(Permission.LearningSelf)],
    resolve: { batchId: batchIdParam },
    loadComponent: () => import('./test-page').then((m) => m.TestPage),
  },
];
