import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type BatchView, type EnrollmentView, type ErrorBody, type SessionResponse, permissionsOf } from '@bimtek/contracts';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { apiUrl } from '../core/api';
import { CatalogPage } from './catalog-page';

const BATCH: BatchView = {
  id: 'b1',
  programId: 'p1',
  programTitle: 'Bimtek SPBE',
  agencyId: 'padang',
  number: 1,
  name: 'Angkatan I',
  status: 'registration_open',
  startDate: '2024-12-02',
  endDate: '2024-12-04',
  timeZone: 'Asia/Jakarta',
  venue: 'Aula Balai Kota',
  capacity: 30,
  registrationOpensAt: null,
  registrationClosesAt: null,
  requiresApproval: true,
  placesTaken: 12,
  waitlistLength: 2,
  targetUnits: [],
  organizers: [],
  trainers: [],
  createdAt: '2024-11-01T00:00:00Z',
};

const ENROLLMENT: EnrollmentView = {
  id: 'e1',
  batchId: 'b1',
  batchName: 'Angkatan I',
  programTitle: 'Bimtek SPBE',
  userId: 'u1',
  userName: 'Rina',
  nip: null,
  unitName: null,
  status: 'waitlisted',
  waitlistPosition: 3,
  reason: null,
  createdAt: '2024-11-02T00:00:00Z',
  decidedAt: null,
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [CatalogPage],
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const session: SessionResponse = {
    accessToken: 't',
    expiresIn: 900,
    user: {
      id: 'u1',
      email: 'rina@padang.go.id',
      displayName: 'Rina',
      roles: ['participant'],
      permissions: permissionsOf(['participant']),
      language: 'id',
      mustChangePassword: false,
    },
  };
  TestBed.inject(AuthService).login({ login: 'rina@padang.go.id', password: 'x' }).subscribe();
  backend.expectOne(apiUrl(ApiRoutes.auth.login)).flush(session);

  const fixture = TestBed.createComponent(CatalogPage);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const flushLists = async (mine: EnrollmentView[]) => {
    backend.expectOne(apiUrl(ApiRoutes.catalog)).flush([BATCH]);
    backend.expectOne(apiUrl(ApiRoutes.myEnrollments)).flush(mine);
    await fixture.whenStable();
  };
  const enroll = async () => {
    (page.querySelector('button[name=enroll]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, backend, page, flushLists, enroll };
}

describe(CatalogPage.name, () => {
  it('lists open batches with places and waitlist', async () => {
    const view = await render();
    await view.flushLists([]);

    const card = view.page.querySelector('[data-testid=catalog]')?.textContent ?? '';
    expect(card).toContain('Bimtek SPBE');
    expect(card).toContain('Angkatan I');
    expect(card).toContain('12/30 tempat terisi');
    expect(card).toContain('Daftar tunggu: 2');
  });

  it('shows the server’s message when registration is refused', async () => {
    const view = await render();
    await view.flushLists([]);
    await view.enroll();

    const body: ErrorBody = {
      statusCode: 409,
      code: 'ENROLLMENT_OVERLAP',
      message: 'Anda sudah terdaftar di Angkatan II · Pelatihan Arsip pada tanggal yang sama.',
      requestId: 'r1',
    };
    view.backend.expectOne(apiUrl(ApiRoutes.catalog, 'b1', 'enrollment')).flush(body, { status: 409, statusText: 'Conflict' });
    await view.fixture.whenStable();

    expect(view.page.querySelector('[data-testid=enroll-problem]')?.textContent?.trim()).toBe(body.message);
  });

  it('shows the waitlist position instead of the button once registered', async () => {
    const view = await render();
    await view.flushLists([]);
    await view.enroll();
    view.backend.expectOne(apiUrl(ApiRoutes.catalog, 'b1', 'enrollment')).flush(ENROLLMENT);
    await view.flushLists([ENROLLMENT]);

    expect(view.page.querySelector('button[name=enroll]')).toBeNull();
    expect(view.page.querySelector('[data-testid=catalog] [data-testid=enrollment-status]')?.textContent).toContain('Daftar tunggu no. 3');
    expect(view.page.querySelector('[data-testid=my-enrollments]')?.textContent).toContain('Mengundurkan diri');
  });

  it('leads an approved participant to the batch’s lessons, and no one still waiting', async () => {
    const view = await render();
    await view.flushLists([ENROLLMENT, { ...ENROLLMENT, id: 'e2', batchId: 'b2', status: 'approved', waitlistPosition: null }]);

    const links = Array.from(view.page.querySelectorAll('[data-testid=my-enrollments] a[name=learn]'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/pelatihan/b2/belajar']);
    expect(links[0].textContent).toContain('Materi & tes');
  });
});
