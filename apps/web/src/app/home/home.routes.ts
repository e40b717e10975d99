import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Everyone's start page, the trainer's sessions and the notifications. */
export const homeRoutes: Routes = [
  {
    path: WebRoutes.home,
    pathMatch: 'full',
    title: pageTitle('home.title'),
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
  },
  {
    path: WebRoutes.mySessions,
    title: pageTitle('nav.mySessions'),
    canActivate: [permissionGuard(Permission.TeachOwn)],
    loadComponent: () => import('./my-sessions-page').then((m) => m.MySessionsPage),
  },
  {
    path: WebRoutes.notifications,
    title: pageTitle('notifications.title'),
    canActivate: [permissionGuard(Permission.ProfileOwn)],
    loadComponent: () => import('../notifications/notifications-page').then((m) => m.NotificationsPage),
  },
];
