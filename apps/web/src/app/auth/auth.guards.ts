import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { type Permission, WebRoutes } from '@bimtek/contracts';
import { AuthService } from './auth.service';

/**
 * Pages behind sign-in. Someone whose account still has an admin-issued temporary password may only
 * see the change-password page until they set their own.
 */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.createUrlTree(['/' + WebRoutes.login], { queryParams: { returnUrl: state.url } });
  if (user.mustChangePassword && !state.url.startsWith(`/${WebRoutes.changePassword}`)) {
    return router.createUrlTree(['/' + WebRoutes.changePassword]);
  }
  return true;
};

/** Sign-in and registration make no sense when already signed in. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.signedIn() ? inject(Router).createUrlTree(['/']) : true;
};

/** Pages for one permission; others land on the home page rather than on a page that would only fail. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return () => {
    const auth = inject(AuthService);
    return auth.can(permission) ? true : inject(Router).createUrlTree(['/']);
  };
}

/** Only same-site paths, so a crafted `?returnUrl=https://…` cannot send anyone elsewhere. */
export function safeReturnUrl(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : null;
}
