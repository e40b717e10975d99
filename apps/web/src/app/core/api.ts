import { HttpContext, HttpContextToken, HttpParams } from '@angular/common/http';
import { API_PREFIX } from '@bimtek/contracts';

/** `/api/<path>[/<segment>...]`; segments (ids) are URL-encoded. */
export function apiUrl(path: string, ...segments: string[]): string {
  return [`/${API_PREFIX}`, path, ...segments.map(encodeURIComponent)].join('/');
}

export function isApiUrl(url: string): boolean {
  return url.startsWith(`/${API_PREFIX}/`);
}

/**
 * Set on calls whose 401 means "wrong credentials" or "no session" rather than "token expired":
 * sign-in, refresh, registration and the password-reset calls. The interceptor then does not refresh.
 */
export const SKIP_SESSION_REFRESH = new HttpContextToken<boolean>(() => false);

export function skipSessionRefresh(): HttpContext {
  return new HttpContext().set(SKIP_SESSION_REFRESH, true);
}

/** Query parameters without the empty ones, so `?search=&role=` never reaches the server. */
export function queryParams(values: Readonly<Record<string, string | number | boolean | null | undefined>>): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') params = params.set(name, String(value));
  }
  return params;
}
