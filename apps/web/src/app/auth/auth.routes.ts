import type { Routes } from '@angular/router';
import { WebRoutes } from '@bimtek/contracts';
import { pageTitle } from '../core/title-strategy';
import { guestGuard } from './auth.guards';

/** Public area: signing in, registering and recovering a password. */
export const authRoutes: Routes = [
  {
    path: WebRoutes.login,
    title: pageTitle('login.title'),
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: WebRoutes.register,
    title: pageTitle('register.title'),
    canActivate: [guestGuard],
    loadComponent: () => import('../registration/registration-page').then((m) => m.RegistrationPage),
  },
  {
    path: WebRoutes.forgotPassword,
    title: pageTitle('forgot.title'),
    loadComponent: () => import('./forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    // Reachable while signed in too: the emailed link must work whoever is using the browser.
    path: WebRoutes.resetPassword,
    title: pageTitle('reset.title'),
    loadComponent: () => import('./reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
];
