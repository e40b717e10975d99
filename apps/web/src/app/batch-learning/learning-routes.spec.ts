import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, type Role, type SessionResponse, permissionsOf } from '@bimtek/contracts';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { apiUrl } from '../core/api';

async function visit(url: string, roles: Role[]): Promise<string> {
  localStorage.clear();
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [provideRouter(appRoutes, withComponentInputBinding()), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const session: SessionResponse = {
    accessToken: 't',
    expiresIn: 900,
    user: { id: 'u1', email: 'sari@example.go.id', displayName: 'Sari', roles, permissions: permissionsOf(roles), language: 'id', mustChangePassword: false },
  };
  TestBed.inject(AuthService).login({ login: 'sari@example.go.id', password: 'x' }).subscribe();
  TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.auth.login)).flush(session);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return TestBed.inject(Router).url;
}

describe('batch learning and grading routes', () => {
  it('let a trainer follow a batch’s learning and gradebook without the organizer’s batch page', async () => {
    expect(await visit('/angkatan/b1/pembelajaran?tab=tes', ['trainer'])).toBe('/angkatan/b1/pembelajaran?tab=tes');
    expect(await visit('/angkatan/b1/nilai', ['trainer'])).toBe('/angkatan/b1/nilai');
    expect(await visit('/angkatan/b1', ['trainer'])).toBe('/');
  });

  it('open the grading queue and a submission to trainers and organizers', async () => {
    expect(await visit('/penilaian', ['trainer'])).toBe('/penilaian');
    expect(await visit('/penilaian/s1?status=all', ['organizer'])).toBe('/penilaian/s1?status=all');
  });

  it('keep participants out', async () => {
    expect(await visit('/penilaian', ['participant'])).toBe('/');
    expect(await visit('/angkatan/b1/nilai', ['participant'])).toBe('/');
  });
});
