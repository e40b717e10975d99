import { inject, provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { Permission, WebRoutes } from '@bimtek/contracts';
import { permissionGuard } from '../auth/auth.guards';
import { pageTitle } from '../core/title-strategy';
import { CheckInQueue } from './check-in-queue';

/** Participants: check in with the kiosk's code, their attendance, badge, izin and sakit. */
export const checkInRoutes: Routes = [
  {
    path: '',
    // The offline queue also starts with the app (app.ts); here it starts at the latest.
    providers: [provideEnvironmentInitializer(() => inject(CheckInQueue).start())],
    children: [
      {
        path: WebRoutes.checkIn,
        title: pageTitle('checkIn.title'),
        canActivate: [permissionGuard(Permission.AttendanceSelf)],
        loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
      },
      {
        path: WebRoutes.myAttendance,
        title: pageTitle('nav.myAttendance'),
        canActivate: [permissionGuard(Permission.AttendanceSelf)],
        loadComponent: () => import('./my-attendance-page').then((m) => m.MyAttendancePage),
      },
    ],
  },
];
