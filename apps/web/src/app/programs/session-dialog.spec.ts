import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { ApiRoutes, type BatchView, type ErrorBody, type SessionRequest, type SessionView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { SessionDialog, type SessionDialogData } from './session-dialog';

const BATCH = {
  id: 'b1',
  programId: 'p1',
  programTitle: 'Bimtek SPBE',
  name: 'Angkatan I',
  startDate: '2024-12-02',
  endDate: '2024-12-04',
  timeZone: 'Asia/Makassar',
  trainers: [],
} as unknown as BatchView;

async function render(session?: SessionView) {
  localStorage.clear();
  const close = vi.fn();
  const data: SessionDialogData = { batch: BATCH, modules: [{ moduleId: 'm1', title: 'Kebijakan', curriculumJp: 4, scheduledJp: 0 }], session };
  TestBed.configureTestingModule({
    imports: [SessionDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(SessionDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formcontrolname=${name}]` }));
  const submit = async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    await fixture.whenStable();
  };
  return { fixture, page, input, submit, close, backend: TestBed.inject(HttpTestingController) };
}

describe(SessionDialog.name, () => {
  it('sends the local times with the batch’s offset (WITA), whatever the browser’s zone', async () => {
    const dialog = await render();
    await (await dialog.input('date')).setValue('2024-12-03');
    await (await dialog.input('startsAt')).setValue('08:00');
    await (await dialog.input('endsAt')).setValue('09:30');
    await (await dialog.input('room')).setValue(' Aula ');
    await dialog.submit();

    const request = dialog.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'timetable', 'sessions'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual<SessionRequest>({
      kind: 'LECTURE',
      moduleId: null,
      title: null,
      startsAt: '2024-12-03T08:00:00+08:00',
      endsAt: '2024-12-03T09:30:00+08:00',
      room: 'Aula',
      trainerIds: [],
    });
  });

  it('shows an existing session in the batch’s local time and saves it with PATCH', async () => {
    const dialog = await render({
      id: 's1',
      batchId: 'b1',
      moduleId: 'm1',
      moduleTitle: 'Kebijakan',
      title: 'Kebijakan',
      kind: 'LECTURE',
      startsAt: '2024-12-03T00:00:00Z',
      endsAt: '2024-12-03T01:30:00Z',
      room: null,
      trainers: [],
      jp: 2,
    });
    expect(await (await dialog.input('startsAt')).getValue()).toBe('08:00');
    await dialog.submit();

    const request = dialog.backend.expectOne(apiUrl(ApiRoutes.batches, 'timetable', 'sessions', 's1'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual(expect.objectContaining({ startsAt: '2024-12-03T08:00:00+08:00', endsAt: '2024-12-03T09:30:00+08:00' }));
  });

  it('does not send a session that ends before it starts', async () => {
    const dialog = await render();
    await (await dialog.input('startsAt')).setValue('10:00');
    await (await dialog.input('endsAt')).setValue('09:00');
    await dialog.submit();

    dialog.backend.expectNone(apiUrl(ApiRoutes.batches, 'b1', 'timetable', 'sessions'));
    expect(dialog.page.textContent).toContain('Harus setelah waktu mulai');
  });

  it('shows a timetable conflict under the field it concerns', async () => {
    const dialog = await render();
    await (await dialog.input('startsAt')).setValue('08:00');
    await (await dialog.input('endsAt')).setValue('09:30');
    await (await dialog.input('room')).setValue('Aula');
    await dialog.submit();

    const message = 'Aula sudah dipakai oleh Angkatan I · Bimtek SPBE pada 2024-12-02 08:00.';
    const body: ErrorBody = {
      statusCode: 409,
      code: 'TIMETABLE_CONFLICT',
      message: 'Jadwal bentrok.',
      errors: [{ field: 'room', code: 'conflict', message }],
      requestId: 'r1',
    };
    dialog.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'timetable', 'sessions')).flush(body, { status: 409, statusText: 'Conflict' });
    await dialog.fixture.whenStable();

    const roomError = dialog.page.querySelector('[formcontrolname=room]')?.closest('mat-form-field')?.querySelector('mat-error');
    expect(roomError?.textContent?.trim()).toBe(message);
    expect(dialog.close).not.toHaveBeenCalled();
  });
});
