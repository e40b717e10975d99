import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  ApiRoutes,
  type ForgotPasswordRequest,
  type LoginRequest,
  type Permission,
  type RegisterRequest,
  type ResetPasswordRequest,
  type SessionResponse,
  type SessionUser,
  WebRoutes,
} from '@bimtek/contracts';
import { type Observable, finalize, firstValueFrom, map, shareReplay, tap } from 'rxjs';
import { apiUrl, skipSessionRefresh } from '../core/api';
import { unreachable } from '../core/connection';
import { clearOfflineData } from '../core/offline-data';
import { I18n } from '../i18n/i18n';
import { readOfflineProfile, writeOfflineProfile } from './offline-profile';

/**
 * Not a secret: only remembers that this browser had a session, so that anonymous visitors do not
 * send a refresh request that can only fail. The tokens themselves never touch storage.
 */
const SESSION_HINT_KEY = 'bimtek.hasSession';

/**
 * The signed-in person and their access token. The token lives only in memory; the refresh token is
 * an httpOnly cookie that scripts cannot read, which is how a reload restores the session.
 *
 * Opened without a connection, the app cannot refresh; it then continues as the person last signed in
 * (their saved profile, no token) so the lessons the service worker saved stay readable, and refreshes
 * when the browser is back online.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<SessionUser | null>(null);
  private refreshing: Observable<SessionResponse> | null = null;

  readonly accessToken = this.token.asReadonly();
  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  readonly permissions = computed<readonly Permission[]>(() => this.currentUser()?.permissions ?? []);
  /** Signed in from the saved profile while the server was out of reach: API calls go without a token. */
  readonly offline = computed(() => this.currentUser() !== null && this.token() === null);

  constructor() {
    const reconnect = () => {
      if (this.offline()) this.reconnect();
    };
    window.addEventListener('online', reconnect);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', reconnect));
  }

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

  /**
   * On app start: resume the session from the refresh cookie, if there is one. Never fails. Only an
   * answer from the server ends the session; without one the saved profile opens an offline session.
   */
  async restore(): Promise<void> {
    if (!readSessionHint()) return;
    try {
      await firstValueFrom(this.refresh());
    } catch (error: unknown) {
      if (!unreachable(error)) {
        this.clear();
        return;
      }
      const profile = readOfflineProfile();
      if (profile) this.currentUser.set(profile);
    }
  }

  /** The server refused the refresh: signed out, on to the sign-in page, back to the same page afterwards. */
  expired(): void {
    this.clear();
    void this.router.navigate(['/' + WebRoutes.login], { queryParams: { returnUrl: this.router.url } });
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
    this.updateStoredUser({ mustChangePassword: false });
  }

  /** Keeps the session user in step with profile edits (the toolbar shows the name). */
  updateUser(changes: Partial<Pick<SessionUser, 'displayName' | 'email' | 'language'>>): void {
    this.updateStoredUser(changes);
  }

  /** The session is over: on a shared phone the next person must not see this one's saved lessons. */
  clear(): void {
    this.token.set(null);
    this.currentUser.set(null);
    writeSessionHint(false);
    writeOfflineProfile(null);
    void clearOfflineData().catch(() => undefined);
  }

  private start(session: SessionResponse): SessionUser {
    // Saved lessons belong to the saved profile; someone else signing in must not read them.
    if (readOfflineProfile()?.id !== session.user.id) void clearOfflineData().catch(() => undefined);
    this.token.set(session.accessToken);
    this.currentUser.set(session.user);
    writeSessionHint(true);
    writeOfflineProfile(session.user);
    // A new device follows the language saved in the profile until the person picks one here.
    if (!this.i18n.hasLocalChoice && session.user.language !== this.i18n.language()) {
      this.i18n.use(session.user.language, { remember: false });
    }
    return session.user;
  }

  /** Back online after an offline start: a refused refresh ends the session, no answer waits for the next chance. */
  private reconnect(): void {
    this.refresh().subscribe({
      error: (error: unknown) => {
        if (!unreachable(error)) this.expired();
      },
    });
  }

  private updateStoredUser(changes: Partial<SessionUser>): void {
    this.currentUser.update((user) => (user ? { ...user, ...changes } : user));
    const user = this.currentUser();
    if (user) writeOfflineProfile(user);
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
