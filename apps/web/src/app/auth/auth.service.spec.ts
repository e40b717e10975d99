import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { ApiRoutes, type SessionResponse, type SessionUser, WebRoutes } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { signedInGuard } from './auth.guards';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { OFFLINE_PROFILE_KEY } from './offline-profile';

const rina: SessionUser = {
  id: 'u1',
  email: 'rina@example.go.id',
  displayName: 'Rina Marlina',
  roles: ['participant'],
  permissions: ['profile:own', 'learning:self'],
  language: 'id',
  mustChangePassword: false,
};
const budi: SessionUser = { ...rina, id: 'u2', email: 'budi@example.go.id', displayName: 'Budi Santoso' };

const session = (user: SessionUser, token = 'token-1'): SessionResponse => ({ accessToken: token, expiresIn: 900, user });
const refreshUrl = apiUrl(ApiRoutes.auth.refresh);
const loginUrl = apiUrl(ApiRoutes.auth.login);
const lessonsUrl = apiUrl('my/learning', 'b1', 'lessons');
const lessonCache = 'ngsw:/:1:data:my-lessons:cache';
const lessonAges = 'ngsw:/:db:1:data:my-lessons:age';
const appCache = 'ngsw:/:1:assets:app:cache';

/** The browser's CacheStorage as far as the app uses it; jsdom has none. */
class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();

  fill(name: string, ...urls: string[]): void {
    this.stores.set(name, new Map(urls.map((url) => [url, new Response('{}')])));
  }

  entries(name: string): string[] {
    return [...(this.stores.get(name)?.keys() ?? [])];
  }

  keys(): Promise<string[]> {
    return Promise.resolve([...this.stores.keys()]);
  }

  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.stores.delete(name));
  }

  open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    return Promise.resolve({
      keys: () => Promise.resolve([...store.keys()].map((url) => new Request(new URL(url, 'http://localhost')))),
      delete: (request: Request) => Promise.resolve(store.delete(new URL(request.url).pathname)),
    });
  }
}

function startApp(): { auth: AuthService; backend: HttpTestingController; router: Router } {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  return { auth: TestBed.inject(AuthService), backend: TestBed.inject(HttpTestingController), router: TestBed.inject(Router) };
}

function signIn(auth: AuthService, backend: HttpTestingController, user: SessionUser): void {
  auth.login({ login: user.email, password: 'rahasia-sekali' }).subscribe();
  backend.expectOne(loginUrl).flush(session(user));
}

/** The phone reloads the tab: memory is gone, storage and caches stay. */
function restartApp(): ReturnType<typeof startApp> {
  TestBed.resetTestingModule();
  return startApp();
}

function enterLessons(): boolean | UrlTree {
  const state = { url: '/belajar/b1' } as RouterStateSnapshot;
  return TestBed.runInInjectionContext(() => signedInGuard({} as ActivatedRouteSnapshot, state)) as boolean | UrlTree;
}

const noConnection = () => new ProgressEvent('error');

describe(AuthService.name, () => {
  let caches: FakeCaches;

  beforeEach(() => {
    localStorage.clear();
    caches = new FakeCaches();
    caches.fill(lessonCache, lessonsUrl);
    caches.fill(lessonAges, '/my-lessons/age');
    caches.fill(appCache, '/index.html');
    vi.stubGlobal('caches', caches);
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    vi.unstubAllGlobals();
  });

  it('keeps the profile for offline starts, but never a token', () => {
    const { auth, backend } = startApp();
    signIn(auth, backend, rina);

    const stored = localStorage.getItem(OFFLINE_PROFILE_KEY) ?? '';
    expect(JSON.parse(stored)).toEqual(rina);
    expect(Object.values(localStorage).join(' ')).not.toContain('token-1');
  });

  it('opens offline as the person last signed in, without a token, so saved lessons can be read', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);

    const { auth, backend } = restartApp();
    const restored = auth.restore();
    backend.expectOne(refreshUrl).error(noConnection());
    await restored;

    expect(auth.user()).toEqual(rina);
    expect(auth.accessToken()).toBeNull();
    expect(auth.offline()).toBe(true);
    expect(enterLessons()).toBe(true);
    expect(caches.entries(lessonCache)).toEqual([lessonsUrl]);
  });

  it('also opens offline when the service worker answers the refresh for the missing network', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);

    const { auth, backend } = restartApp();
    const restored = auth.restore();
    backend.expectOne(refreshUrl).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await restored;

    expect(auth.user()?.displayName).toBe('Rina Marlina');
    expect(auth.offline()).toBe(true);
  });

  it('sends the person to sign in and forgets them when the server refuses the refresh at start-up', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);

    const { auth, backend } = restartApp();
    const restored = auth.restore();
    backend.expectOne(refreshUrl).flush(null, { status: 401, statusText: 'Unauthorized' });
    await restored;

    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(OFFLINE_PROFILE_KEY)).toBeNull();
    expect(enterLessons()).toBeInstanceOf(UrlTree);
    expect(String(enterLessons())).toContain(WebRoutes.login);
    await vi.waitFor(() => expect(caches.entries(lessonCache)).toEqual([]));
  });

  it('on sign-out forgets the profile and empties the saved lessons, but keeps the app itself', async () => {
    const { auth, backend } = startApp();
    signIn(auth, backend, rina);

    auth.logout().subscribe();
    backend.expectOne(apiUrl(ApiRoutes.auth.logout)).flush(null);

    expect(localStorage.getItem(OFFLINE_PROFILE_KEY)).toBeNull();
    await vi.waitFor(() => expect(caches.entries(lessonCache)).toEqual([]));
    expect(caches.entries(lessonAges)).toEqual([]);
    expect(caches.entries(appCache)).toEqual(['/index.html']);
  });

  it('signs out even when the sign-out call cannot reach the server', async () => {
    const { auth, backend } = startApp();
    signIn(auth, backend, rina);

    auth.logout().subscribe({ error: () => undefined });
    backend.expectOne(apiUrl(ApiRoutes.auth.logout)).error(noConnection());

    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(OFFLINE_PROFILE_KEY)).toBeNull();
    await vi.waitFor(() => expect(caches.entries(lessonCache)).toEqual([]));
  });

  it('empties the saved lessons when someone else signs in, and keeps them for the same person', async () => {
    const { auth, backend } = startApp();
    signIn(auth, backend, rina);
    await vi.waitFor(() => expect(caches.entries(lessonCache)).toEqual([]));
    // Rina opens a lesson, signs in again later (new tab): her saved lesson stays.
    caches.fill(lessonCache, lessonsUrl);
    signIn(auth, backend, rina);
    await new Promise((resolve) => setTimeout(resolve));
    expect(caches.entries(lessonCache)).toEqual([lessonsUrl]);

    signIn(auth, backend, budi);

    await vi.waitFor(() => expect(caches.entries(lessonCache)).toEqual([]));
    expect(JSON.parse(localStorage.getItem(OFFLINE_PROFILE_KEY) ?? '')).toEqual(budi);
  });

  it('refreshes the session when the browser comes back online', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);
    const { auth, backend } = restartApp();
    const restored = auth.restore();
    backend.expectOne(refreshUrl).error(noConnection());
    await restored;

    window.dispatchEvent(new Event('online'));
    backend.expectOne({ method: 'POST', url: refreshUrl }).flush(session(rina, 'fresh'));

    expect(auth.accessToken()).toBe('fresh');
    expect(auth.offline()).toBe(false);
  });

  it('signs out when the refresh after coming back online is refused', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);
    const { auth, backend, router } = restartApp();
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const restored = auth.restore();
    backend.expectOne(refreshUrl).error(noConnection());
    await restored;

    window.dispatchEvent(new Event('online'));
    backend.expectOne(refreshUrl).flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(auth.signedIn()).toBe(false);
    expect(localStorage.getItem(OFFLINE_PROFILE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/' + WebRoutes.login], expect.anything());
  });

  it('does not refresh on the online event while properly signed in', () => {
    const { auth, backend } = startApp();
    signIn(auth, backend, rina);

    window.dispatchEvent(new Event('online'));

    backend.expectNone(refreshUrl);
  });

  it('stays in the offline session when API calls fail for lack of a connection', async () => {
    const first = startApp();
    signIn(first.auth, first.backend, rina);
    const { auth, backend } = restartApp();
    const restored = auth.restore();
    backend.expectOne(refreshUrl).error(noConnection());
    await restored;

    let failed = false;
    TestBed.inject(HttpClient)
      .get(lessonsUrl)
      .subscribe({ error: () => (failed = true) });
    const request = backend.expectOne(lessonsUrl);
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.error(noConnection());

    backend.expectNone(refreshUrl);
    expect(failed).toBe(true);
    expect(auth.offline()).toBe(true);
  });
});
