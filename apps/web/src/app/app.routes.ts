import type { Routes, UrlMatcher } from '@angular/router';
import { TrainingPaths, WebRoutes } from '@bimtek/contracts';
import { signedInGuard } from './auth/auth.guards';

/**
 * Matches the URLs of one area without consuming them, so each area's lazily loaded routes use the
 * full paths from WebRoutes (`admin/pengguna`) and no path is spelled twice. Only the chunk of the
 * area being visited is downloaded.
 */
function area(...paths: string[]): UrlMatcher {
  return (segments) => {
    const url = segments.map((segment) => segment.path).join('/');
    return paths.some((path) => url === path || url.startsWith(`${path}/`)) ? { consumed: [] } : null;
  };
}

export const appRoutes: Routes = [
  {
    // The home page is the empty path, which `area` cannot match without matching everything.
    path: WebRoutes.home,
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes),
  },
  {
    matcher: area(WebRoutes.mySessions, WebRoutes.notifications),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./home/home.routes').then((m) => m.homeRoutes),
  },
  {
    matcher: area(WebRoutes.checkIn, WebRoutes.myAttendance),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./check-in/check-in.routes').then((m) => m.checkInRoutes),
  },
  {
    matcher: area(WebRoutes.login, WebRoutes.register, WebRoutes.forgotPassword, WebRoutes.resetPassword),
    loadChildren: () => import('./auth/auth.routes').then((m) => m.authRoutes),
  },
  {
    matcher: area(WebRoutes.profile, WebRoutes.changePassword),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
  },
  {
    matcher: area(WebRoutes.people),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./agency-people/agency-people.routes').then((m) => m.agencyPeopleRoutes),
  },
  {
    matcher: area(WebRoutes.adminUsers, WebRoutes.adminOutbox, WebRoutes.adminAudit),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    matcher: area(TrainingPaths.catalog),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./training/training.routes').then((m) => m.trainingRoutes),
  },
  {
    matcher: area(TrainingPaths.programs, TrainingPaths.batches, TrainingPaths.batchCalendar),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./programs/programs.routes').then((m) => m.programsRoutes),
  },
  {
    matcher: area(TrainingPaths.grading),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./grading/grading.routes').then((m) => m.gradingRoutes),
  },
  {
    matcher: area(WebRoutes.myCertificates),
    canActivateChild: [signedInGuard],
    loadChildren: () => import('./certificates/my-certificates.routes').then((m) => m.myCertificatesRoutes),
  },
  {
    // Public: anyone who scans a certificate's QR code lands here, signed in or not.
    matcher: area(WebRoutes.verify),
    loadChildren: () => import('./verify/verify.routes').then((m) => m.verifyRoutes),
  },
  { path: '**', redirectTo: WebRoutes.home },
];
