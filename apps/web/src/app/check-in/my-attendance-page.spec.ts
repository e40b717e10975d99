import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type AttendanceRecordView, type AttendanceUnitView, EVIDENCE_MAX_BYTES, type MyBatchAttendance } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { MyAttendancePage } from './my-attendance-page';

const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';

function unit(key: string, title: string, startsAt: string, endsAt: string): AttendanceUnitView {
  return { key, title, date: startsAt.slice(0, 10), startsAt, endsAt, opensAt: startsAt, closesAt: endsAt, lateAfter: startsAt, sessionIds: [key] };
}

function record(unitKey: string, changes: Partial<AttendanceRecordView>): AttendanceRecordView {
  return { userId: 'u1', unitKey, status: 'hadir', method: 'kiosk', offline: false, checkedInAt: null, reason: null, hasEvidence: false, updatedAt: '2024-11-18T00:00:00Z', ...changes };
}

const OPENING = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c61';
const SPBE = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c62';
const CLOSING = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c63';

const MINE: MyBatchAttendance[] = [
  {
    batchId: BATCH,
    batchName: 'Angkatan I',
    programTitle: 'Bimtek SPBE',
    timeZone: 'Asia/Jakarta',
    mode: 'session',
    rate: 66.6,
    attended: 2,
    planned: 3,
    units: [
      // 08:00–10:00 WIB, whatever zone the test machine is in.
      { unit: unit(OPENING, 'Pembukaan', '2024-11-18T01:00:00Z', '2024-11-18T03:00:00Z'), record: record(OPENING, { checkedInAt: '2024-11-18T01:04:00Z', offline: true }) },
      { unit: unit(SPBE, 'Arsitektur SPBE', '2024-11-18T04:00:00Z', '2024-11-18T06:00:00Z'), record: record(SPBE, { status: 'sakit', method: 'excuse', reason: 'Demam', hasEvidence: true }) },
      { unit: unit(CLOSING, 'Penutupan', '2024-11-19T01:00:00Z', '2024-11-19T03:00:00Z'), record: null },
    ],
  },
];

async function render() {
  TestBed.configureTestingModule({ imports: [MyAttendancePage], providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MyAttendancePage);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.myAttendance)).flush(MINE);
  backend.expectOne(apiUrl(ApiRoutes.myBadge)).flush({ token: 'badge-token', fullName: 'Rina Marlina', nip: '198703152010012003' });
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const units = () => Array.from(page.querySelectorAll('[data-testid=my-unit]')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  return { fixture, backend, page, units };
}

function dialog(): HTMLElement {
  return document.querySelector('mat-dialog-container') as HTMLElement;
}

describe(MyAttendancePage.name, () => {
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove()));

  it('shows the rate over the planned sessions and each session’s record in the batch’s time zone', async () => {
    const view = await render();

    const rate = view.page.querySelector('[data-testid=my-rate]')?.textContent ?? '';
    expect(rate).toContain('66,6%');
    expect(rate).toContain('2 dari 3 sesi');
    const [opening, spbe, closing] = view.units();
    expect(opening).toContain('08:00–10:00 WIB');
    expect(opening).toContain('Hadir');
    expect(opening).toContain('Masuk pukul 08:04 WIB');
    expect(opening).toContain('Dikirim offline');
    expect(spbe).toContain('Sakit');
    expect(spbe).toContain('Alasan: Demam');
    expect(spbe).toContain('Lihat bukti');
    expect(spbe).toContain('Ubah izin/sakit');
    expect(closing).toContain('Belum ada catatan');
    expect(closing).toContain('Ajukan izin/sakit');
    expect(opening).not.toContain('izin/sakit');
  });

  it('sends izin with its reason and evidence as a form upload, after refusing a file that is too large', async () => {
    const view = await render();
    const buttons = view.page.querySelectorAll<HTMLButtonElement>('button[name=excuse]');
    buttons[buttons.length - 1].click();
    await view.fixture.whenStable();

    (dialog().querySelector('button[name=submit]') as HTMLButtonElement).click();
    await view.fixture.whenStable();
    expect(dialog().textContent).toContain('Wajib diisi');

    const picker = dialog().querySelector('input[name=file]') as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(picker, 'files', { configurable: true, value: [file] });
      picker.dispatchEvent(new Event('change'));
    };
    choose(new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], 'scan.pdf', { type: 'application/pdf' }));
    await view.fixture.whenStable();
    expect(dialog().querySelector('[data-testid=excuse-file-error]')?.textContent).toContain('Berkas terlalu besar (5.0 MB). Maksimal 5 MB.');

    choose(new File(['%PDF-1.4'], 'surat-tugas.pdf', { type: 'application/pdf' }));
    await view.fixture.whenStable();
    expect(dialog().querySelector('[data-testid=excuse-file]')?.textContent).toContain('surat-tugas.pdf');

    const reason = dialog().querySelector('textarea[name=reason]') as HTMLTextAreaElement;
    reason.value = 'Dinas luar ke Jakarta';
    reason.dispatchEvent(new Event('input'));
    (dialog().querySelector('button[name=submit]') as HTMLButtonElement).click();

    const request = view.backend.expectOne(apiUrl(ApiRoutes.myAttendance, 'excuses'));
    const body = request.request.body as FormData;
    expect(body.get('batchId')).toBe(BATCH);
    expect(body.get('unitKey')).toBe(CLOSING);
    expect(body.get('status')).toBe('izin');
    expect(body.get('reason')).toBe('Dinas luar ke Jakarta');
    expect((body.get('file') as File).name).toBe('surat-tugas.pdf');
    request.flush(record(CLOSING, { status: 'izin', method: 'excuse', reason: 'Dinas luar ke Jakarta', hasEvidence: true }));
    await view.fixture.whenStable();

    view.backend.expectOne(apiUrl(ApiRoutes.myAttendance)).flush(MINE);
    view.backend.verify();
  });
});
