import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type AttendanceRecordView, type AttendanceUnitSheet, type CorrectAttendanceRequest, type MarkAttendanceRequest } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { UnitAttendancePage } from './unit-attendance-page';

const RECORD: AttendanceRecordView = {
  userId: 'u-budi',
  unitKey: 's1',
  status: 'hadir',
  method: 'kiosk',
  offline: false,
  checkedInAt: '2024-12-02T00:05:00Z',
  reason: null,
  hasEvidence: false,
  updatedAt: '2024-12-02T00:05:00Z',
};

const SHEET: AttendanceUnitSheet = {
  batchId: 'b1',
  batchName: 'Angkatan I',
  programTitle: 'Bimtek SPBE',
  timeZone: 'Asia/Makassar',
  unit: {
    key: 's1',
    title: 'Kebijakan SPBE',
    date: '2024-12-02',
    startsAt: '2024-12-02T00:00:00Z',
    endsAt: '2024-12-02T02:00:00Z',
    opensAt: '2024-12-01T23:30:00Z',
    closesAt: '2024-12-02T02:00:00Z',
    lateAfter: '2024-12-02T00:15:00Z',
    sessionIds: ['s1'],
  },
  counts: { hadir: 1, terlambat: 0, izin: 0, sakit: 0, alpa: 0, none: 2 },
  people: [
    { userId: 'u-ani', fullName: 'Ani Lestari', nip: null, unitName: 'Dinas Kominfo', record: null },
    { userId: 'u-budi', fullName: 'Budi Santoso', nip: null, unitName: 'Bappeda', record: RECORD },
    { userId: 'u-citra', fullName: 'Citra Dewi', nip: null, unitName: 'Dinas Kominfo', record: null },
  ],
};

const SHEET_URL = apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1');

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [UnitAttendancePage],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // Dialogs close at once, so what follows their closing happens within the test.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(UnitAttendancePage);
  fixture.componentRef.setInput('id', 'b1');
  fixture.componentRef.setInput('unitKey', 's1');
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
  };
  const flushSheet = async (sheet: AttendanceUnitSheet = SHEET) => {
    await settle();
    const requests = backend.match(SHEET_URL);
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) request.flush(sheet);
    await settle();
  };
  await flushSheet();
  const page = fixture.nativeElement as HTMLElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const dialogs = TestbedHarnessEnvironment.documentRootLoader(fixture);
  return { fixture, page, backend, loader, dialogs, settle, flushSheet };
}

describe(UnitAttendancePage.name, () => {
  it('shows the counts and everyone’s record in the venue’s time', async () => {
    const unit = await render();
    expect(unit.page.querySelector('[data-testid=count-hadir]')?.textContent).toContain('1');
    expect(unit.page.querySelector('[data-testid=count-none]')?.textContent).toContain('2');
    const budi = unit.page.querySelector('tr[data-user=u-budi]')?.textContent ?? '';
    expect(budi).toContain('Hadir');
    expect(budi).toContain('08:05');
    expect(budi).toContain('Kiosk');
  });

  it('marks everyone not yet recorded as present, after asking', async () => {
    const unit = await render();
    await (await unit.loader.getHarness(MatButtonHarness.with({ selector: '[name=mark-all-present]' }))).click();
    await (await unit.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=confirm]' }))).click();
    await unit.settle();

    const request = unit.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'mark'));
    expect(request.request.body).toEqual<MarkAttendanceRequest>({ userIds: ['u-ani', 'u-citra'], status: 'hadir' });
    request.flush({ marked: 2, skipped: 0 });
    // The sheet is asked for again at once.
    await unit.flushSheet();
  });

  it('asks a reason for izin before marking the selection', async () => {
    const unit = await render();
    (unit.page.querySelector('tr[data-user=u-ani] input[type=checkbox]') as HTMLInputElement).click();
    await unit.settle();
    await (await unit.loader.getHarness(MatButtonHarness.with({ selector: '[name=mark-izin]' }))).click();
    await (await unit.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    unit.backend.expectNone(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'mark'));

    await (await unit.dialogs.getHarness(MatInputHarness.with({ selector: '[name=reason]' }))).setValue('Tugas dinas ke Makassar');
    await (await unit.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    const request = unit.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'mark'));
    expect(request.request.body).toEqual<MarkAttendanceRequest>({ userIds: ['u-ani'], status: 'izin', reason: 'Tugas dinas ke Makassar' });
  });

  it('corrects one record with a status and the required reason', async () => {
    const unit = await render();
    (unit.page.querySelector('tr[data-user=u-budi] button[name=correct]') as HTMLButtonElement).click();
    await unit.settle();
    await (await unit.dialogs.getHarness(MatSelectHarness.with({ selector: '[name=status]' }))).clickOptions({ text: 'Terlambat' });
    await (await unit.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    unit.backend.expectNone(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'records', 'u-budi'));

    await (await unit.dialogs.getHarness(MatInputHarness.with({ selector: '[name=reason]' }))).setValue('Datang 08:40, tercatat salah');
    await (await unit.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    const request = unit.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'units', 's1', 'records', 'u-budi'));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual<CorrectAttendanceRequest>({ status: 'terlambat', reason: 'Datang 08:40, tercatat salah' });
  });
});
