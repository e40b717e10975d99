import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type CheckInResult, type ErrorBody } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { apiUrl } from '../core/api';
import { CheckInPage } from './check-in-page';
import { CheckInQueue } from './check-in-queue';

const CHECK_IN_URL = apiUrl(ApiRoutes.myAttendance, 'check-in');
const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';
const UNIT = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

const RESULT: CheckInResult = {
  batchId: BATCH,
  batchName: 'Angkatan I',
  programTitle: 'Bimtek SPBE',
  timeZone: 'Asia/Makassar',
  unit: {
    key: UNIT,
    title: 'Arsitektur SPBE',
    date: '2024-11-18',
    startsAt: '2024-11-18T01:00:00Z',
    endsAt: '2024-11-18T03:00:00Z',
    opensAt: '2024-11-18T00:30:00Z',
    closesAt: '2024-11-18T03:00:00Z',
    lateAfter: '2024-11-18T01:15:00Z',
    sessionIds: [UNIT],
  },
  status: 'hadir',
  checkedInAt: '2024-11-18T01:05:00Z',
  alreadyRecorded: false,
  offline: false,
};

async function render(query: { b?: string; u?: string; kode?: string } = {}) {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [CheckInPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: AuthService, useValue: { user: signal({ id: 'u1' }) } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CheckInPage);
  for (const [name, value] of Object.entries(query)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const typeCode = async (code: string) => {
    const input = page.querySelector('input[name=code]') as HTMLInputElement;
    input.value = code;
    input.dispatchEvent(new Event('input'));
    (page.querySelector('button[name=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.trim() ?? '';
  return { fixture, backend, page, typeCode, text };
}

describe(CheckInPage.name, () => {
  afterEach(() => localStorage.clear());

  it('labels the code field and the buttons as the hall’s instructions say', async () => {
    const view = await render();
    const label = view.page.querySelector('mat-form-field label')?.textContent ?? '';
    expect(label).toContain('Kode presensi');
    const input = view.page.querySelector('input[name=code]') as HTMLInputElement;
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(view.page.querySelector('button[name=submit]')?.textContent?.trim()).toBe('Kirim');
    expect(view.page.querySelector('button[name=scan]')?.textContent).toContain('Pindai QR');
  });

  it('checks in with a typed code and shows the status and the session', async () => {
    const view = await render();
    await view.typeCode('482 913');

    const request = view.backend.expectOne(CHECK_IN_URL);
    expect(request.request.body).toEqual({ code: '482913' });
    request.flush(RESULT);
    await view.fixture.whenStable();

    expect(view.text('check-in-status')).toBe('Hadir');
    expect(view.text('check-in-session')).toBe('Arsitektur SPBE');
    expect(view.text('check-in-result')).toContain('Presensi tercatat');
    // The venue's clock (WITA), not the phone's zone.
    expect(view.text('check-in-result')).toContain('Pukul 09:05 WITA');
    view.backend.verify();
  });

  it('explains a code that is not six digits without asking the server', async () => {
    const view = await render();
    await view.typeCode('12345');

    expect(view.page.querySelector('mat-error')?.textContent).toContain('Masukkan 6 digit angka');
    view.backend.expectNone(CHECK_IN_URL);
  });

  it('shows the server’s message when the code has expired', async () => {
    const view = await render();
    await view.typeCode('482913');
    const body: ErrorBody = { statusCode: 400, code: 'CHECK_IN_CODE_EXPIRED', message: 'Kode ini sudah kedaluwarsa. Pindai kode yang sedang tampil di layar.', requestId: 'r1' };
    view.backend.expectOne(CHECK_IN_URL).flush(body, { status: 400, statusText: 'Bad Request' });
    await view.fixture.whenStable();

    expect(view.text('check-in-error')).toBe(body.message);
  });

  it('checks in straight away when opened from the kiosk’s QR link', async () => {
    const view = await render({ b: BATCH, u: UNIT, kode: '482913' });

    const request = view.backend.expectOne(CHECK_IN_URL);
    expect(request.request.body).toEqual({ code: '482913', batchId: BATCH, unitKey: UNIT });
    request.flush({ ...RESULT, status: 'terlambat', alreadyRecorded: true });
    await view.fixture.whenStable();

    expect(view.text('check-in-status')).toBe('Terlambat');
    expect(view.text('check-in-result')).toContain('Anda sudah tercatat sebelumnya');
  });

  it('keeps the check-in on the phone when offline', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const view = await render();
    await view.typeCode('482913');

    view.backend.expectNone(CHECK_IN_URL);
    expect(view.text('check-in-result')).toContain('Tersimpan, akan dikirim saat online');
    expect(view.text('check-in-pending')).toContain('Kode 482913');
    expect(view.text('offline-notice')).toContain('offline');
    online.mockRestore();
  });

  it('turns the saved check-in into its result once the connection returns', async () => {
    let online = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    const view = await render();
    TestBed.inject(CheckInQueue).start();
    await view.typeCode('482913');
    expect(view.text('check-in-result')).toContain('Tersimpan, akan dikirim saat online');

    online = true;
    window.dispatchEvent(new Event('online'));
    const request = view.backend.expectOne(CHECK_IN_URL);
    expect(request.request.body).toEqual(expect.objectContaining({ code: '482913', scannedAgoMs: expect.any(Number) }));
    request.flush({ ...RESULT, offline: true });
    await view.fixture.whenStable();

    expect(view.text('check-in-status')).toBe('Hadir');
    expect(view.text('check-in-result')).toContain('Dikirim dari antrean offline');
    expect(view.page.querySelector('[data-testid=check-in-pending]')).toBeNull();
    expect(view.text('check-in-finished')).toContain('Arsitektur SPBE');
    vi.restoreAllMocks();
  });
});
