import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';

/** Administration: accounts, the mail outbox and the audit trail, each behind its own permission. */
export const adminRoutes: Routes = [
  {
    path: WebRoutes.adminUsers,
    title: pageTitle('users.title'),
    canActivate: [permissionGuard(Permission.UsersManage)],
    loadComponent: () => import('./users/user-list-page').then((m) => m.UserListPage),
  },
  {
    path: `${WebRoutes.adminUsers}/:id`,
    title: pageTitle('users.editTitle'),
    canActivate: [permissionGuard(Permission.UsersManage)],
    loadComponent: () => import('./users/user-edit-page').then((m) => m.UserEditPage),
  },
  {
    path: WebRoutes.adminOutbox,
    title: pageTitle('outbox.title'),
    canActivate: [permissionGuard(Permission.OutboxRead)],
    loadComponent: () => import('./outbox/outbox-page').then((m) => m.OutboxPage),
  },
  {
    path: WebRoutes.adminAudit,
    title: pageTitle('audit.title'),
    canActivate: [permissionGuard(Permission.AuditRead)],
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
];
