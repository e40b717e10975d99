import type { SessionUser } from '@bimtek/contracts';

/**
 * The signed-in person's profile (name, roles, permissions), kept so that the app can open offline
 * and show the lessons the service worker has saved. Never a token: without the network there is
 * nothing a token could be used for, and the refresh cookie stays out of reach of scripts.
 */
export const OFFLINE_PROFILE_KEY = 'bimtek.offlineProfile';

export function readOfflineProfile(): SessionUser | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(OFFLINE_PROFILE_KEY) ?? 'null');
    return isSessionUser(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeOfflineProfile(user: SessionUser | null): void {
  try {
    if (user) localStorage.setItem(OFFLINE_PROFILE_KEY, JSON.stringify(user));
    else localStorage.removeItem(OFFLINE_PROFILE_KEY);
  } catch {
    // Without storage the app simply cannot open offline.
  }
}

function isSessionUser(value: unknown): value is SessionUser {
  const user = value as Partial<SessionUser> | null;
  return (
    typeof user === 'object' &&
    user !== null &&
    typeof user.id === 'string' &&
    typeof user.email === 'string' &&
    typeof user.displayName === 'string' &&
    Array.isArray(user.roles) &&
    Array.isArray(user.permissions) &&
    typeof user.language === 'string' &&
    typeof user.mustChangePassword === 'boolean'
  );
}
