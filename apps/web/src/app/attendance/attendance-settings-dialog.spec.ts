import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { ApiRoutes, type AttendanceSettingsRequest, type AttendanceSettingsView, type ErrorBody } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { AttendanceSettingsDialog, type AttendanceSettingsData } from './attendance-settings-dialog';

const SETTINGS: AttendanceSettingsView = { mode: 'session', opensBeforeMinutes: 30, closesAfterMinutes: 0, lateAfterMinutes: 15, hasRecords: false };

async function render(settings: AttendanceSettingsView = SETTINGS) {
  localStorage.clear();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [AttendanceSettingsDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { batchId: 'b1', settings } satisfies AttendanceSettingsData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(AttendanceSettingsDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const submit = async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    await fixture.whenStable();
  };
  return { fixture, page, loader, submit, close, backend: TestBed.inject(HttpTestingController) };
}

describe(AttendanceSettingsDialog.name, () => {
  it('switches to per-day attendance with a later lateness threshold', async () => {
    const dialog = await render();
    await (await dialog.loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=mode-day]' }))).check();
    await (await dialog.loader.getHarness(MatInputHarness.with({ selector: '[name=lateAfterMinutes]' }))).setValue('20');
    await dialog.submit();

    const request = dialog.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'settings'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual<AttendanceSettingsRequest>({ mode: 'day', opensBeforeMinutes: 30, lateAfterMinutes: 20, closesAfterMinutes: 0 });
    const saved = { ...SETTINGS, mode: 'day' as const, lateAfterMinutes: 20 };
    request.flush(saved);
    expect(dialog.close).toHaveBeenCalledWith(saved);
  });

  it('explains that the mode is fixed once attendance was recorded, and keeps the dialog open', async () => {
    const dialog = await render();
    await (await dialog.loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=mode-day]' }))).check();
    await dialog.submit();

    const message = 'Sudah ada data kehadiran, sehingga perubahan ini tidak dapat dilakukan.';
    dialog.backend
      .expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'settings'))
      .flush({ statusCode: 409, code: 'ATTENDANCE_RECORDED', message, errors: [{ field: 'mode', code: 'ATTENDANCE_RECORDED', message }], requestId: 'r1' } satisfies ErrorBody, {
        status: 409,
        statusText: 'Conflict',
      });
    await dialog.fixture.whenStable();

    expect(dialog.page.querySelector('[data-testid=mode-locked]')?.textContent).toContain(message);
    expect(await (await dialog.loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=mode-session]' }))).isChecked()).toBe(true);
    expect(await (await dialog.loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=mode-day]' }))).isDisabled()).toBe(true);
    expect(dialog.close).not.toHaveBeenCalled();
  });

  it('leaves the mode alone when records exist, and still saves the minutes', async () => {
    const dialog = await render({ ...SETTINGS, hasRecords: true });
    expect(dialog.page.querySelector('[data-testid=mode-locked]')?.textContent).toContain('tidak dapat diubah');
    await (await dialog.loader.getHarness(MatInputHarness.with({ selector: '[name=opensBeforeMinutes]' }))).setValue('45');
    await dialog.submit();

    expect(dialog.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attendance', 'settings')).request.body).toEqual({ opensBeforeMinutes: 45, lateAfterMinutes: 15, closesAfterMinutes: 0 });
  });
});
