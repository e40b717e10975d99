import { forbidden } from './errors/app-exception';
import type { Principal } from './request-context';

/** Admins act for every agency; organizers only for their own. */
export function assertAgencyAccess(principal: Principal, agencyId: string): void {
  if (principal.roles.includes('admin')) return;
  if (!principal.agencyId || principal.agencyId !== agencyId) throw forbidden();
}

/** The agency whose data a list shows: an organizer's own; for an admin, the one asked for (or all). */
export function agencyScope(principal: Principal, requested?: string | null): string | null {
  if (principal.roles.includes('admin')) return requested ?? null;
  if (!principal.agencyId) throw forbidden();
  return principal.agencyId;
}
