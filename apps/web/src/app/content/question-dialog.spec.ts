import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ApiRoutes, type ErrorBody, type QuestionRequest, type QuestionView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { QuestionDialog, type QuestionDialogData } from './question-dialog';

const createUrl = apiUrl(ApiRoutes.programs, 'p1', 'modules', 'm1', 'questions');

async function render(question: QuestionView | null = null) {
  localStorage.clear();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [QuestionDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { programId: 'p1', moduleId: 'm1', question } satisfies QuestionDialogData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(QuestionDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[name="${name}"]` }));
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await fixture.whenStable();
  };
  return { fixture, page, loader, input, submit, close, backend: TestBed.inject(HttpTestingController) };
}

describe(QuestionDialog.name, () => {
  it('writes a multiple-choice question with two correct options and sends their indexes', async () => {
    const dialog = await render();
    await (await dialog.loader.getHarness(MatSelectHarness.with({ selector: '[name=kind]' }))).clickOptions({ text: 'Pilihan ganda (beberapa jawaban)' });
    await (await dialog.input('prompt')).setValue('Manakah kanal resmi humas pemerintah?');
    await (await dialog.input('option-0')).setValue('Situs web OPD');
    await (await dialog.input('option-1')).setValue('Akun pribadi pegawai');
    dialog.page.querySelector<HTMLButtonElement>('button[name=add-option]')!.click();
    await dialog.fixture.whenStable();
    await (await dialog.input('option-2')).setValue('Media sosial resmi OPD');

    await dialog.submit();
    expect(dialog.page.querySelector('[data-testid=correct-error]')?.textContent).toContain('Tandai minimal satu jawaban yang benar.');
    dialog.backend.expectNone(createUrl);

    await (await dialog.loader.getHarness(MatCheckboxHarness.with({ selector: '[data-testid=correct-0]' }))).check();
    await (await dialog.loader.getHarness(MatCheckboxHarness.with({ selector: '[data-testid=correct-2]' }))).check();
    await dialog.submit();

    const request = dialog.backend.expectOne({ method: 'POST', url: createUrl });
    expect(request.request.body).toEqual<QuestionRequest>({
      kind: 'multiple',
      prompt: 'Manakah kanal resmi humas pemerintah?',
      points: 1,
      explanation: null,
      options: ['Situs web OPD', 'Akun pribadi pegawai', 'Media sosial resmi OPD'],
      correctIndexes: [0, 2],
    });
    const saved = { id: 'q9' } as QuestionView;
    request.flush(saved);
    expect(dialog.close).toHaveBeenCalledWith(saved);
  });

  it('shows the server’s field errors under the option they name, and the others above the buttons', async () => {
    const dialog = await render();
    await (await dialog.input('prompt')).setValue('Ibu kota Sumatera Barat?');
    await (await dialog.input('option-0')).setValue('Padang');
    await (await dialog.input('option-1')).setValue('Padang ');
    await (await dialog.loader.getHarness(MatRadioButtonHarness.with({ selector: '[data-testid=correct-0]' }))).check();
    await dialog.submit();

    const refused: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Periksa kembali data yang dikirim.',
      errors: [
        { field: 'options.1', code: 'duplicate', message: 'Pilihan jawaban tidak boleh sama.' },
        { field: 'moduleId', code: 'notFound', message: 'Mata pelatihan tidak ditemukan.' },
      ],
      requestId: 'r1',
    };
    dialog.backend.expectOne(createUrl).flush(refused, { status: 400, statusText: 'Bad Request' });
    await dialog.fixture.whenStable();

    const options = dialog.page.querySelectorAll('[data-testid=option]');
    expect(options[1].querySelector('mat-error')?.textContent).toContain('Pilihan jawaban tidak boleh sama.');
    expect(options[0].querySelector('mat-error')?.textContent ?? '').toBe('');
    expect(dialog.page.querySelector('[data-testid=form-problems]')?.textContent).toContain('Mata pelatihan tidak ditemukan.');
    expect(dialog.close).not.toHaveBeenCalled();
  });

  it('edits a short-answer question through its chips and saves it in place', async () => {
    const question: QuestionView = {
      id: 'q2',
      moduleId: 'm1',
      kind: 'shortAnswer',
      prompt: 'Singkatan dari Organisasi Perangkat Daerah?',
      options: [],
      key: { kind: 'shortAnswer', accepted: ['OPD'] },
      points: 1,
      explanation: null,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    const dialog = await render(question);
    expect(Array.from(dialog.page.querySelectorAll('[data-testid=accepted]')).map((chip) => chip.textContent?.trim().replace(/\s*cancel$/, ''))).toEqual(['OPD']);

    const chipInput = dialog.page.querySelector<HTMLInputElement>('input[name=accepted]')!;
    chipInput.value = 'opd';
    chipInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    await dialog.fixture.whenStable();
    await dialog.submit();

    const request = dialog.backend.expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.questions, 'q2') });
    expect((request.request.body as QuestionRequest).accepted).toEqual(['OPD', 'opd']);
  });
});
