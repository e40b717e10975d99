import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, type CertificateVerification, type SessionResponse, permissionsOf } from '@bimtek/contracts';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { apiUrl } from '../core/api';

const CERTIFICATE: CertificateVerification = {
  status: 'valid',
  number: '800/007/BKPSDM/2025',
  kind: 'completion',
  name: 'Budi Santoso, S.Kom.',
  idLabel: 'NIP',
  idMasked: '1990••••••••••1001',
  trainingTitle: 'Bimtek SPBE',
  batchNumber: 1,
  startDate: '2025-05-05',
  endDate: '2025-05-07',
  jp: 24,
  predicate: 'Memuaskan',
  issuer: 'Diskominfo Kota Padang',
  issuedOn: '2025-05-08',
  issuedAt: '2025-05-08T02:00:00Z',
  signed: false,
  revokedAt: null,
  revokeReason: null,
  replacedByCode: null,
};

/** Opens `v/:code` through the app's own routes, as a QR code scan would. */
async function scan(signedIn: boolean) {
  TestBed.configureTestingModule({
    providers: [provideRouter(appRoutes, withComponentInputBinding()), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  if (signedIn) {
    const session: SessionResponse = {
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u1',
        email: 'budi@example.go.id',
        displayName: 'Budi',
        roles: ['participant'],
        permissions: permissionsOf(['participant']),
        language: 'id',
        mustChangePassword: false,
      },
    };
    TestBed.inject(AuthService).login({ login: 'budi@example.go.id', password: 'x' }).subscribe();
    backend.expectOne(apiUrl(ApiRoutes.auth.login)).flush(session);
  }
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/v/k7Qm2x');
  const request = backend.expectOne(apiUrl(ApiRoutes.verify, 'k7Qm2x'));
  request.flush(CERTIFICATE);
  await harness.fixture.whenStable();
  return { url: TestBed.inject(Router).url, page: harness.routeNativeElement!, request };
}

describe('verify routes', () => {
  it('shows the certificate to a visitor who is not signed in', async () => {
    const { url, page, request } = await scan(false);
    expect(url).toBe('/v/k7Qm2x');
    expect(request.request.headers.has('Authorization')).toBe(false);
    expect(page.textContent).toContain('Sertifikat ini sah dan berlaku');
  });

  it('shows the certificate to someone signed in as well', async () => {
    const { url, page } = await scan(true);
    expect(url).toBe('/v/k7Qm2x');
    expect(page.textContent).toContain('Sertifikat ini sah dan berlaku');
  });
});
