import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApiRoutes, type SessionResponse, WebRoutes } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { I18n } from '../i18n/i18n';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

function session(token: string): SessionResponse {
  return {
    accessToken: token,
    expiresIn: 900,
    user: {
      id: 'u1',
      email: 'rina@example.go.id',
      displayName: 'Rina Marlina',
      roles: ['participant'],
      permissions: ['profile:own', 'agencies:read'],
      language: 'id',
      mustChangePassword: false,
    },
  };
}

const unauthorized = { status: 401, statusText: 'Unauthorized' };
const profileUrl = apiUrl(ApiRoutes.profile.root);
const refreshUrl = apiUrl(ApiRoutes.auth.refresh);

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  function signIn(token: string): void {
    TestBed.inject(AuthService).login({ login: 'rina@example.go.id', password: 'rahasia-sekali' }).subscribe();
    backend.expectOne(apiUrl(ApiRoutes.auth.login)).flush(session(token));
  }

  it('sends the access token and the UI language with every API call', () => {
    signIn('token-1');
    TestBed.inject(I18n).use('en');
    http.get(profileUrl).subscribe();
    const request = backend.expectOne(profileUrl).request;
    expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.headers.get('Accept-Language')).toBe('en');
  });

  it('refreshes an expired session once and retries the call with the new token', () => {
    signIn('expired');
    let body: unknown;
    http.get(profileUrl).subscribe((response) => (body = response));

    backend.expectOne(profileUrl).flush(null, unauthorized);
    backend.expectOne({ method: 'POST', url: refreshUrl }).flush(session('fresh'));
    const retry = backend.expectOne(profileUrl);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer fresh');
    retry.flush({ fullName: 'Rina Marlina' });

    expect(body).toEqual({ fullName: 'Rina Marlina' });
    expect(TestBed.inject(AuthService).accessToken()).toBe('fresh');
  });

  it('shares one refresh between calls that fail at the same time', () => {
    signIn('expired');
    http.get(profileUrl).subscribe();
    http.get(apiUrl(ApiRoutes.agencies)).subscribe();

    backend.expectOne(profileUrl).flush(null, unauthorized);
    backend.expectOne(apiUrl(ApiRoutes.agencies)).flush(null, unauthorized);
    backend.expectOne(refreshUrl).flush(session('fresh'));

    backend.expectOne(profileUrl).flush({});
    backend.expectOne(apiUrl(ApiRoutes.agencies)).flush([]);
  });

  it('does not refresh a second time when the retried call is refused as well', () => {
    signIn('expired');
    let status: number | undefined;
    http.get(profileUrl).subscribe({ error: (error: { status: number }) => (status = error.status) });

    backend.expectOne(profileUrl).flush(null, unauthorized);
    backend.expectOne(refreshUrl).flush(session('fresh'));
    backend.expectOne(profileUrl).flush(null, unauthorized);

    backend.expectNone(refreshUrl);
    expect(status).toBe(401);
  });

  it('signs the person out and sends them to the sign-in page when the refresh fails', () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    signIn('expired');
    let failed = false;
    http.get(profileUrl).subscribe({ error: () => (failed = true) });

    backend.expectOne(profileUrl).flush(null, unauthorized);
    backend.expectOne(refreshUrl).flush(null, unauthorized);

    expect(failed).toBe(true);
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/' + WebRoutes.login], expect.objectContaining({ queryParams: expect.anything() }));
  });

  it('keeps the person signed in when the refresh cannot reach the server', () => {
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    signIn('expired');
    let status: number | undefined;
    http.get(profileUrl).subscribe({ error: (error: { status: number }) => (status = error.status) });

    backend.expectOne(profileUrl).flush(null, unauthorized);
    backend.expectOne(refreshUrl).error(new ProgressEvent('error'));

    expect(status).toBe(401);
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not try to refresh when the sign-in itself is refused', () => {
    let failed = false;
    TestBed.inject(AuthService)
      .login({ login: 'rina@example.go.id', password: 'salah' })
      .subscribe({ error: () => (failed = true) });
    backend.expectOne(apiUrl(ApiRoutes.auth.login)).flush(
      { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Email/NIP atau kata sandi salah', requestId: 'r1' },
      unauthorized,
    );
    backend.expectNone(refreshUrl);
    expect(failed).toBe(true);
  });
});
