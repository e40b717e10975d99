import type { Routes } from '@angular/router';
import { WebRoutes } from '@bimtek/contracts';
import { pageTitle } from '../core/title-strategy';

/** Public, without any guard: whoever scans a certificate's QR code, signed in or not, sees this page. */
export const verifyRoutes: Routes = [
  {
    path: `${WebRoutes.verify}/:code`,
    title: pageTitle('verify.title'),
    loadComponent: () => import('./verify-page').then((m) => m.VerifyPage),
  },
];
