import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Everyone signed in: their own profile and password. */
export const accountRoutes: Routes = [
  {
    path: WebRoutes.profile,
    title: pageTitle('profile.title'),
    canActivate: [permissionGuard(Permission.ProfileOwn)],
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: WebRoutes.changePassword,
    title: pageTitle('changePassword.title'),
    loadComponent: () => import('./change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
];
