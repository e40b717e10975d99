import type { Language } from './language';
import type { Permission } from './permissions';
import type { Role } from './roles';

export interface LoginRequest {
  /** Email address or 18-digit NIP. */
  login: string;
  password: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  language: Language;
  mustChangePassword: boolean;
}

/**
 * Returned by sign-in and refresh. The refresh token travels only in an httpOnly cookie
 * (REFRESH_COOKIE) scoped to the auth path, never in a body that scripts could read.
 */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: SessionUser;
}

export const REFRESH_COOKIE = 'bimtek_refresh';

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
