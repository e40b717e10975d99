import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, type Role, type SessionResponse, permissionsOf } from '@bimtek/contracts';
import { appRoutes } from './app.routes';
import { authInterceptor } from './auth/auth.interceptor';
import { AuthService } from './auth/auth.service';
import { apiUrl } from './core/api';

async function visit(url: string, signedInAs?: { roles: Role[]; mustChangePassword?: boolean }): Promise<string> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter(appRoutes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  if (signedInAs) {
    const session: SessionResponse = {
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u1',
        email: 'sari@example.go.id',
        displayName: 'Sari',
        roles: signedInAs.roles,
        permissions: permissionsOf(signedInAs.roles),
        language: 'id',
        mustChangePassword: signedInAs.mustChangePassword ?? false,
      },
    };
    TestBed.inject(AuthService).login({ login: 'sari@example.go.id', password: 'x' }).subscribe();
    TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.auth.login)).flush(session);
  }
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return TestBed.inject(Router).url;
}

describe('app routes', () => {
  beforeEach(() => localStorage.clear());

  it('sends visitors to the sign-in page and remembers where they wanted to go', async () => {
    expect(await visit('/profil')).toBe('/masuk?returnUrl=%2Fprofil');
  });

  it('opens the home page for everyone signed in, and sends visitors to sign in', async () => {
    expect(await visit('/', { roles: ['participant'] })).toBe('/');
    localStorage.clear();
    TestBed.resetTestingModule();
    expect(await visit('/')).toBe('/masuk?returnUrl=%2F');
  });

  it('shows a trainer their sessions and keeps participants out of them', async () => {
    expect(await visit('/sesi-saya', { roles: ['trainer'] })).toBe('/sesi-saya');
    TestBed.resetTestingModule();
    expect(await visit('/sesi-saya', { roles: ['participant'] })).toBe('/');
  });

  it('opens the notifications for everyone signed in', async () => {
    expect(await visit('/notifikasi', { roles: ['organizer'] })).toBe('/notifikasi');
  });

  it('keeps participants out of the administration', async () => {
    expect(await visit('/admin/pengguna', { roles: ['participant'] })).toBe('/');
  });

  it('keeps organizers out of the audit trail', async () => {
    expect(await visit('/admin/audit', { roles: ['organizer'] })).toBe('/');
  });

  it('lets administrators open a user by id', async () => {
    expect(await visit('/admin/pengguna/42', { roles: ['admin'] })).toBe('/admin/pengguna/42');
  });

  it('lets organizers see the people of their agency', async () => {
    expect(await visit('/peserta-instansi', { roles: ['organizer'] })).toBe('/peserta-instansi');
  });

  it('opens the training catalogue for participants', async () => {
    expect(await visit('/pelatihan', { roles: ['participant'] })).toBe('/pelatihan');
  });

  it('keeps participants out of programme planning', async () => {
    expect(await visit('/program', { roles: ['participant'] })).toBe('/');
  });

  it('lets organizers open a batch', async () => {
    expect(await visit('/angkatan/b1', { roles: ['organizer'] })).toBe('/angkatan/b1');
  });

  it('holds someone with a temporary password on the change-password page', async () => {
    expect(await visit('/profil', { roles: ['trainer'], mustChangePassword: true })).toBe('/ganti-sandi');
  });

  it('does not show the sign-in page to someone already signed in', async () => {
    expect(await visit('/masuk', { roles: ['participant'] })).toBe('/');
  });
});
