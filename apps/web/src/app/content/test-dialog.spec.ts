import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ApiRoutes, type ErrorBody, type ModuleView, type QuestionView, type TestRequest, type TestView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { TestDialog, type TestDialogData } from './test-dialog';

const MODULES: ModuleView[] = [
  { id: 'm1', position: 1, title: 'Dasar kehumasan', jp: 4, objectives: [] },
  { id: 'm2', position: 2, title: 'Menulis siaran pers', jp: 6, objectives: [] },
];
const questions = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `q${i}` }) as QuestionView);
const bankUrl = (moduleId: string) => apiUrl(ApiRoutes.programs, 'p1', 'modules', moduleId, 'questions');

const PRE_TEST: TestView = {
  id: 't1',
  programId: 'p1',
  kind: 'pre',
  moduleId: null,
  title: 'Pre-test',
  questionCount: 20,
  poolSize: 35,
  timeLimitMinutes: 30,
  maxAttempts: 1,
  shuffleQuestions: true,
  shuffleOptions: true,
};

async function render(test: TestView | null) {
  localStorage.clear();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [TestDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { programId: 'p1', modules: MODULES, test } satisfies TestDialogData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(TestDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[name="${name}"]` }));
  const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[name="${name}"]` }));
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await fixture.whenStable();
  };
  return { fixture, backend, text, input, select, submit, close };
}

describe(TestDialog.name, () => {
  it('creates a module quiz, showing the size of that module’s bank', async () => {
    const dialog = await render(null);
    // A pre-test draws from every module's bank.
    dialog.backend.expectOne(bankUrl('m1')).flush(questions(12));
    dialog.backend.expectOne(bankUrl('m2')).flush(questions(8));
    await dialog.fixture.whenStable();
    expect(dialog.text('[data-testid=pool]')).toBe('Bank soal semua mata pelatihan berisi 20 soal.');

    await (await dialog.select('kind')).clickOptions({ text: 'Kuis mata pelatihan' });
    await (await dialog.select('moduleId')).clickOptions({ text: 'Menulis siaran pers' });
    await dialog.fixture.whenStable();
    expect(dialog.text('[data-testid=pool]')).toBe('Bank soal mata pelatihan ini berisi 8 soal.');

    await (await dialog.input('title')).setValue('Kuis siaran pers');
    await (await dialog.input('questionCount')).setValue('10');
    expect(dialog.text('[data-testid=count-above-pool]')).toContain('Bank hanya berisi 8 soal');
    await (await dialog.input('questionCount')).setValue('5');
    await (await dialog.input('timeLimitMinutes')).setValue('15');
    await (await dialog.input('maxAttempts')).setValue('3');
    await dialog.submit();

    const request = dialog.backend.expectOne({ method: 'POST', url: apiUrl(ApiRoutes.programs, 'p1', 'tests') });
    expect(request.request.body).toEqual<TestRequest>({
      kind: 'quiz',
      moduleId: 'm2',
      title: 'Kuis siaran pers',
      questionCount: 5,
      timeLimitMinutes: 15,
      maxAttempts: 3,
      shuffleQuestions: true,
      shuffleOptions: true,
    });
  });

  it('sends no module for a pre-test and empty limits as none', async () => {
    const dialog = await render(PRE_TEST);
    dialog.backend.expectNone(bankUrl('m1'));
    expect(dialog.text('[data-testid=pool]')).toBe('Bank soal semua mata pelatihan berisi 35 soal.');
    await (await dialog.input('questionCount')).setValue('');
    await (await dialog.input('timeLimitMinutes')).setValue('');
    await dialog.submit();

    expect(dialog.backend.expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.tests, 't1') }).request.body).toMatchObject({
      kind: 'pre',
      moduleId: null,
      questionCount: null,
      timeLimitMinutes: null,
    });
  });

  it('explains that a test already taken keeps its kind, and puts the kind back', async () => {
    const dialog = await render(PRE_TEST);
    await (await dialog.select('kind')).clickOptions({ text: 'Post-test' });
    for (const request of dialog.backend.match(() => true)) request.flush(questions(1));
    await dialog.submit();

    const message = 'Tes ini sudah dikerjakan peserta, sehingga jenisnya tidak dapat diubah.';
    dialog.backend
      .expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.tests, 't1') })
      .flush({ statusCode: 409, code: 'ASSESSMENT_IN_USE', message, requestId: 'r1' } satisfies ErrorBody, { status: 409, statusText: 'Conflict' });
    await dialog.fixture.whenStable();

    expect(dialog.text('[data-testid=kind-locked]')).toBe(message);
    expect(await (await dialog.select('kind')).getValueText()).toBe('Pre-test');
    expect(await (await dialog.select('kind')).isDisabled()).toBe(true);
    expect(dialog.close).not.toHaveBeenCalled();
  });
});
