import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiRoutes, type BatchTestView, type TestWindowRequest } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { TestWindowDialog, type TestWindowData } from './test-window-dialog';

const TEST: BatchTestView = {
  id: 't-pre',
  programId: 'p1',
  kind: 'pre',
  moduleId: null,
  title: 'Pre-test SPBE',
  questionCount: 20,
  poolSize: 40,
  timeLimitMinutes: 30,
  maxAttempts: 1,
  shuffleQuestions: true,
  shuffleOptions: true,
  // 08:00 WITA.
  opensAt: '2024-12-02T00:00:00Z',
  closesAt: null,
  resultsReleasedAt: null,
  participants: 25,
  submitted: 0,
  awaitingGrading: 0,
};

const WINDOW_URL = apiUrl(ApiRoutes.batches, 'b1', 'tests', 't-pre', 'window');

async function render() {
  localStorage.clear();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [TestWindowDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { batchId: 'b1', test: TEST, timeZone: 'Asia/Makassar' } satisfies TestWindowData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(TestWindowDialog);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => page.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
  const type = async (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await fixture.whenStable();
  };
  return { page, input, type, submit, close, backend: TestBed.inject(HttpTestingController) };
}

describe(TestWindowDialog.name, () => {
  it('shows and sends the window in the batch’s local time (WITA), whatever the device’s zone', async () => {
    const dialog = await render();
    expect(dialog.input('opensAt').value).toBe('2024-12-02T08:00');
    expect(dialog.page.textContent).toContain('WITA');

    await dialog.type('closesAt', '2024-12-02T10:30');
    await dialog.submit();
    const request = dialog.backend.expectOne(WINDOW_URL);
    expect(request.request.method).toBe('PUT');
    const body = request.request.body as TestWindowRequest;
    expect(body).toEqual<TestWindowRequest>({ opensAt: '2024-12-02T08:00:00+08:00', closesAt: '2024-12-02T10:30:00+08:00' });
    expect(new Date(body.closesAt!).toISOString()).toBe('2024-12-02T02:30:00.000Z');

    const saved = { ...TEST, closesAt: '2024-12-02T02:30:00Z' };
    request.flush(saved);
    expect(dialog.close).toHaveBeenCalledWith(saved);
  });

  it('sends an emptied end as no limit', async () => {
    const dialog = await render();
    await dialog.type('opensAt', '');
    await dialog.submit();
    expect(dialog.backend.expectOne(WINDOW_URL).request.body).toEqual<TestWindowRequest>({ opensAt: null, closesAt: null });
  });

  it('refuses a window that closes before it opens', async () => {
    const dialog = await render();
    await dialog.type('closesAt', '2024-12-02T07:00');
    await dialog.submit();
    dialog.backend.expectNone(WINDOW_URL);
    expect(dialog.page.textContent).toContain('Harus setelah waktu mulai');
  });
});
