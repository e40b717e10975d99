import { API_PREFIX, ApiRoutes, REFRESH_COOKIE } from '@bimtek/contracts';
import type { Response } from 'express';
import type { AppRequest } from '../common/request-context';
import type { AppConfig } from '../config/app-config';

/**
 * The refresh token lives in an httpOnly cookie that scripts cannot read, sent only to the auth
 * endpoints, and only from our own pages (SameSite=Strict).
 */
export function setRefreshCookie(response: Response, config: AppConfig, token: string): void {
  response.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: `/${API_PREFIX}/${ApiRoutes.auth.root}`,
    maxAge: config.refreshTokenTtlDays * 86_400_000,
  });
}

export function clearRefreshCookie(response: Response, config: AppConfig): void {
  response.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: `/${API_PREFIX}/${ApiRoutes.auth.root}`,
  });
}

export function refreshCookieOf(request: AppRequest): string | undefined {
  const cookies = request.cookies as Record<string, string | undefined> | undefined;
  return cookies?.[REFRESH_COOKIE];
}
