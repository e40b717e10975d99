import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type Role, type SessionResponse, permissionsOf } from '@bimtek/contracts';
import { App } from './app';
import { authInterceptor } from './auth/auth.interceptor';
import { AuthService } from './auth/auth.service';
import { apiUrl } from './core/api';

async function renderShellSignedInAs(roles: Role[] | null) {
  TestBed.configureTestingModule({
    imports: [App],
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  if (roles) {
    const session: SessionResponse = {
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u1',
        email: 'budi@example.go.id',
        displayName: 'Budi Santoso, S.Kom.',
        roles,
        permissions: permissionsOf(roles),
        language: 'id',
        mustChangePassword: false,
      },
    };
    TestBed.inject(AuthService).login({ login: 'budi@example.go.id', password: 'x' }).subscribe();
    TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.auth.login)).flush(session);
  }
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const menuEntries = (page: HTMLElement) =>
  Array.from(page.querySelectorAll('mat-sidenav a[mat-list-item] [matListItemTitle]')).map((title) => title.textContent?.trim());

describe(App.name, () => {
  beforeEach(() => localStorage.clear());

  it('shows the product name and a sign-in link to visitors, without a menu', async () => {
    const page = await renderShellSignedInAs(null);
    expect(page.querySelector('mat-toolbar')?.textContent).toContain('Bimtek');
    expect(page.querySelector('mat-toolbar a[href="/masuk"]')).not.toBeNull();
    expect(page.querySelector('mat-sidenav')).toBeNull();
  });

  it('shows administrators the user, outbox and audit pages', async () => {
    const page = await renderShellSignedInAs(['admin']);
    expect(menuEntries(page)).toEqual(['Beranda', 'Profil saya', 'Pelatihan', 'Penilaian', 'Program', 'Kalender angkatan', 'Peserta instansi', 'Pengguna', 'Kotak keluar', 'Audit']);
    expect(page.querySelector('mat-sidenav a[href="/admin/pengguna"]')).not.toBeNull();
  });

  it('shows organizers their programmes and the people of their agency but no administration', async () => {
    const page = await renderShellSignedInAs(['organizer']);
    expect(menuEntries(page)).toEqual(['Beranda', 'Profil saya', 'Pelatihan', 'Penilaian', 'Program', 'Kalender angkatan', 'Peserta instansi']);
  });

  it('shows participants their profile and their training', async () => {
    const page = await renderShellSignedInAs(['participant']);
    expect(menuEntries(page)).toEqual(['Beranda', 'Profil saya', 'Pelatihan', 'Presensi', 'Kehadiran saya', 'Sertifikat saya']);
    expect(page.querySelector('a[href="/admin/pengguna"]')).toBeNull();
    expect(page.textContent).toContain('Budi Santoso, S.Kom.');
  });

  it('shows trainers their sessions', async () => {
    const page = await renderShellSignedInAs(['trainer']);
    expect(menuEntries(page)).toEqual(['Beranda', 'Profil saya', 'Pelatihan', 'Sesi saya', 'Penilaian']);
  });

  it('shows the number of unread notifications on the bell', async () => {
    const page = await renderShellSignedInAs(['participant']);
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve, 10));
    http.expectOne((req) => req.url === apiUrl(ApiRoutes.myNotifications)).flush({ items: [], total: 3, unread: 3, page: 1, pageSize: 1 });
    await TestBed.inject(ApplicationRef).whenStable();
    const bell = page.querySelector('a[name=notifications]');
    expect(bell?.getAttribute('aria-label')).toBe('Notifikasi, 3 belum dibaca');
    expect(bell?.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('3');
  });

  it('marks a session opened without a connection in the toolbar', async () => {
    const page = await renderShellSignedInAs(['participant']);
    expect(page.querySelector('.offline-mark')).toBeNull();
    TestBed.resetTestingModule();

    // The phone reloads the tab offline: the refresh gets no answer, the saved profile opens the app.
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    const restored = TestBed.inject(AuthService).restore();
    TestBed.inject(HttpTestingController).expectOne(apiUrl(ApiRoutes.auth.refresh)).error(new ProgressEvent('error'));
    await restored;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const offlinePage = fixture.nativeElement as HTMLElement;

    expect(offlinePage.querySelector('.user-name')?.textContent).toContain('Budi Santoso');
    expect(offlinePage.querySelector('.offline-mark')?.getAttribute('aria-label')).toBe(
      'Luring: menampilkan materi yang tersimpan di perangkat ini',
    );
  });
});
