import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  ApiRoutes,
  type ForgotPasswordRequest,
  type LoginRequest,
  type Permission,
  type RegisterRequest,
  type ResetPasswordRequest,
  type SessionResponse,
  type SessionUser,
} from '@bimtek/contracts';
import { type Observable, finalize, firstValueFrom, map, shareReplay, tap } from 'rxjs';
import { apiUrl, skipSessionRefresh } from '../core/api';
import { I18n } from '../i18n/i18n';

/**
 * Not a secret: only remembers that this browser had a session, so that anonymous visitors do not
 * send a refresh request that can only fail. The tokens themselves never touch storage.
 */
const SESSION_HINT_KEY = 'bimtek.hasSession';

/**
 * The signed-in person and their access token. The token lives only in memory; the refresh token is
 * an httpOnly cookie that scripts cannot read, which is how a reload restores the session.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);

  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<SessionUser | null>(null);
  private refreshing: Observable<SessionResponse> | null = null;

  readonly accessToken = this.token.asReadonly();
  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  readonly permissions = computed<readonly Permission[]>(() => this.currentUser()?.permissions ?? []);

  can(permission: Permission): boolean {
    return this.permissions().includes(permission);
  }

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http
      .post<SessionResponse>(apiUrl(ApiRoutes.auth.login), request, { context: skipSessionRefresh() })
      .pipe(map((session) => this.start(session)));
  }

  register(request: RegisterRequest): Observable<SessionUser> {
    return this.http
      .post<SessionResponse>(apiUrl(ApiRoutes.profile.register), request, { context: skipSessionRefresh() })
      .pipe(map((session) => this.start(session)));
  }

  /** Exchanges the refresh cookie for a new access token. Concurrent callers share one request. */
  refresh(): Observable<SessionResponse> {
    this.refreshing ??= this.http
      .post<SessionResponse>(apiUrl(ApiRoutes.auth.refresh), null, { context: skipSessionRefresh() })
      .pipe(
        tap((session) => this.start(session)),
        finalize(() => (this.refreshing = null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
    return this.refreshing;
  }

  /** On app start: resume the session from the refresh cookie, if there is one. Never fails. */
  async restore(): Promise<void> {
    if (!readSessionHint()) return;
    try {
      await firstValueFrom(this.refresh());
    } catch {
      this.clear();
    }
  }

  logout(): Observable<void> {
    return this.http
      .post<void>(apiUrl(ApiRoutes.auth.logout), null, { context: skipSessionRefresh() })
      .pipe(finalize(() => this.clear()));
  }

  forgotPassword(request: ForgotPasswordRequest): Observable<void> {
    return this.http.post<void>(apiUrl(ApiRoutes.auth.forgotPassword), request, { context: skipSessionRefresh() });
  }

  resetPassword(request: ResetPasswordRequest): Observable<void> {
    return this.http.post<void>(apiUrl(ApiRoutes.auth.resetPassword), request, { context: skipSessionRefresh() });
  }

  /** After a successful password change the server no longer requires one. */
  passwordChanged(): void {
    this.currentUser.update((user) => (user ? { ...user, mustChangePassword: false } : user));
  }

  /** Keeps the session user in step with profile edits (the toolbar shows the name). */
  updateUser(changes: Partial<Pick<SessionUser, 'displayName' | 'email' | 'language'>>): void {
    this.currentUser.update((user) => (user ? { ...user, ...changes } : user));
  }

  clear(): void {
    this.token.set(null);
    this.currentUser.set(null);
    writeSessionHint(false);
  }

  private start(session: SessionResponse): SessionUser {
    this.token.set(session.accessToken);
    this.currentUser.set(session.user);
    writeSessionHint(true);
    // A new device follows the language saved in the profile until the person picks one here.
    if (!this.i18n.hasLocalChoice && session.user.language !== this.i18n.language()) {
      this.i18n.use(session.user.language, { remember: false });
    }
    return session.user;
  }
}

function readSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function writeSessionHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Without storage every visit simply tries to refresh.
  }
}
