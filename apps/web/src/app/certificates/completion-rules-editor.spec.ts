import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ApiRoutes, type BatchCompletionRules, type CompletionRules, DEFAULT_PREDICATE_BANDS, type ErrorBody } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { CompletionRulesEditor } from './completion-rules-editor';

const RULES_URL = apiUrl(ApiRoutes.batches, 'b1', 'completion', 'rules');

const PROGRAM_RULES: BatchCompletionRules = {
  minAttendancePercent: 80,
  minFinalScore: 70,
  postTestMinScore: null,
  requiredAssignmentIds: [],
  predicateBands: DEFAULT_PREDICATE_BANDS.map((band) => ({ ...band })),
  custom: false,
};

async function render(rules: BatchCompletionRules = PROGRAM_RULES) {
  TestBed.configureTestingModule({ imports: [CompletionRulesEditor], providers: [provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CompletionRulesEditor);
  fixture.componentRef.setInput('batchId', 'b1');
  fixture.componentRef.setInput('rules', rules);
  const changed = vi.fn();
  fixture.componentInstance.changed.subscribe(changed);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'assignments')).flush([
    { id: 'a1', title: 'Siaran pers' },
    { id: 'a2', title: 'Foto jurnalistik' },
  ]);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[name=${name}]` }));
  const click = async (name: string) => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: `[name=${name}]` }))).click();
    await fixture.whenStable();
  };
  return { fixture, page, loader, backend, input, click, changed };
}

describe(CompletionRulesEditor.name, () => {
  it('sends the batch’s own rules: thresholds, post-test, required assignments and predicates', async () => {
    const editor = await render();
    expect(editor.page.querySelector('[data-testid=rules-source]')?.textContent).toContain('memakai aturan kelulusan program');
    expect(await (await editor.input('band-label-0')).getValue()).toBe('Sangat Memuaskan');

    await (await editor.input('minFinalScore')).setValue('75');
    await (await editor.loader.getHarness(MatCheckboxHarness.with({ selector: '[name=postTestRequired]' }))).check();
    await (await editor.input('postTestMinScore')).setValue('60');
    await (await editor.loader.getHarness(MatSelectHarness.with({ selector: '[name=requiredAssignmentIds]' }))).clickOptions({ text: 'Siaran pers' });
    await (await editor.input('band-label-4')).setValue('Kurang');
    await editor.click('save-rules');

    const request = editor.backend.expectOne(RULES_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual<CompletionRules>({
      minAttendancePercent: 80,
      minFinalScore: 75,
      postTestMinScore: 60,
      requiredAssignmentIds: ['a1'],
      predicateBands: [
        { label: 'Sangat Memuaskan', above: 90 },
        { label: 'Memuaskan', above: 80 },
        { label: 'Cukup Memuaskan', above: 70 },
        { label: 'Kurang Memuaskan', above: 60 },
        { label: 'Kurang', above: null },
      ],
    });
    request.flush({ ...request.request.body, custom: true });
    expect(editor.changed).toHaveBeenCalled();
  });

  it('shows the server’s field message under the field it names', async () => {
    const editor = await render();
    await editor.click('save-rules');
    const error: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Periksa kembali isian Anda.',
      errors: [{ field: 'predicateBands.1.above', code: 'bandOrder', message: 'Batas predikat harus lebih kecil dari batas sebelumnya' }],
      requestId: 'r1',
    };
    editor.backend.expectOne(RULES_URL).flush(error, { status: 400, statusText: 'Bad Request' });
    await editor.fixture.whenStable();

    const band = editor.page.querySelectorAll('[data-testid=band]')[1];
    expect(band.querySelector('mat-error')?.textContent).toContain('Batas predikat harus lebih kecil dari batas sebelumnya');
    expect(editor.changed).not.toHaveBeenCalled();
  });

  it('refuses predicate thresholds that do not go down, and adds a band above “everything else”', async () => {
    const editor = await render();
    await editor.click('add-band');
    expect(editor.page.querySelectorAll('[data-testid=band]')).toHaveLength(6);
    await (await editor.input('band-label-4')).setValue('Cukup');
    await (await editor.input('band-above-4')).setValue('65');
    await editor.click('save-rules');

    editor.backend.expectNone(RULES_URL);
    const newBand = editor.page.querySelectorAll('[data-testid=band]')[4];
    expect(newBand.querySelector('mat-error')?.textContent).toContain('Harus lebih kecil dari batas di atasnya');
    expect(editor.page.querySelectorAll('[data-testid=band]')[5].textContent).toContain('selainnya');

    await (await editor.input('band-above-4')).setValue('50');
    await editor.click('save-rules');
    const bands = (editor.backend.expectOne(RULES_URL).request.body as CompletionRules).predicateBands;
    expect(bands.map((band) => band.above)).toEqual([90, 80, 70, 60, 50, null]);
  });

  it('drops the batch’s own rules on request', async () => {
    const editor = await render({ ...PROGRAM_RULES, custom: true });
    expect(editor.page.querySelector('[data-testid=rules-source]')?.textContent).toContain('aturan kelulusan sendiri');
    await editor.click('reset-rules');
    const request = editor.backend.expectOne(RULES_URL);
    expect(request.request.method).toBe('DELETE');
    request.flush(null);
    expect(editor.changed).toHaveBeenCalled();
  });
});
