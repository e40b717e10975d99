import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Participants: their certificates. */
export const myCertificatesRoutes: Routes = [
  {
    path: WebRoutes.myCertificates,
    title: pageTitle('certificates.my.title'),
    canActivate: [permissionGuard(Permission.CertificatesSelf)],
    loadComponent: () => import('./my-certificates-page').then((m) => m.MyCertificatesPage),
  },
];
