import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { ApiRoutes, type AssignmentRequest, type AssignmentView, type ErrorBody, type ModuleView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { AssignmentDialog, type AssignmentDialogData } from './assignment-dialog';

const MODULES: ModuleView[] = [{ id: 'm1', position: 1, title: 'Menulis untuk media', jp: 4, objectives: [] }];

const PHOTOS: AssignmentView = {
  id: 'as2',
  programId: 'p1',
  moduleId: 'm1',
  title: 'Tiga foto kegiatan OPD',
  instructions: 'Unggah tiga foto dengan keterangan.',
  fileKind: 'images',
  minFiles: 3,
  maxFiles: 3,
  maxFileBytes: 5 * 1024 * 1024,
  textRequired: false,
  rubric: [
    {
      id: 'c1',
      title: 'Komposisi',
      description: null,
      levels: [
        { id: 'l1', title: 'Kurang', description: null, points: 1 },
        { id: 'l2', title: 'Baik', description: null, points: 3 },
      ],
    },
  ],
  maxPoints: 3,
  hasGrades: false,
};

async function render(assignment: AssignmentView | null) {
  localStorage.clear();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [AssignmentDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { programId: 'p1', modules: MODULES, moduleId: 'm1', assignment } satisfies AssignmentDialogData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(AssignmentDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[name="${name}"]` }));
  const click = async (selector: string) => {
    page.querySelector<HTMLButtonElement>(selector)!.click();
    await fixture.whenStable();
  };
  return { fixture, page, input, click, close, backend: TestBed.inject(HttpTestingController) };
}

describe(AssignmentDialog.name, () => {
  it('builds a rubric of criteria and levels, shows its maximum, and sends it', async () => {
    const dialog = await render(null);
    await (await dialog.input('title')).setValue('Rencana konten satu minggu');
    await (await dialog.input('instructions')).setValue('Susun rencana konten media sosial OPD untuk tujuh hari.');
    await (await dialog.input('criterion-0')).setValue('Kesesuaian tujuan');
    await (await dialog.input('level-0-0')).setValue('Kurang');
    await (await dialog.input('points-0-0')).setValue('1');
    await dialog.click('button[name=add-level]');
    await (await dialog.input('level-0-1')).setValue('Baik');
    expect(await (await dialog.input('points-0-1')).getValue()).toBe('2');
    await (await dialog.input('points-0-1')).setValue('5');
    await dialog.click('button[name=add-criterion]');
    await (await dialog.input('criterion-1')).setValue('Jadwal unggah');
    expect(dialog.page.querySelector('[data-testid=max-points]')?.textContent).toContain('Nilai maksimal: 10 poin');

    await dialog.click('button[name=submit]');
    const request = dialog.backend.expectOne({ method: 'POST', url: apiUrl(ApiRoutes.programs, 'p1', 'assignments') });
    const body = request.request.body as AssignmentRequest;
    expect(body.moduleId).toBe('m1');
    expect(body.rubric).toEqual([
      {
        title: 'Kesesuaian tujuan',
        description: null,
        levels: [
          { title: 'Kurang', description: null, points: 1 },
          { title: 'Baik', description: null, points: 5 },
        ],
      },
      {
        title: 'Jadwal unggah',
        description: null,
        levels: [
          { title: 'Kurang', description: null, points: 1 },
          { title: 'Baik', description: null, points: 5 },
        ],
      },
    ]);
  });

  it('explains a rubric locked by grading since the dialog opened, and keeps the other changes to save again', async () => {
    const dialog = await render(PHOTOS);
    await (await dialog.input('title')).setValue('Tiga foto kegiatan OPD (revisi)');
    await (await dialog.input('points-0-1')).setValue('4');
    await dialog.click('button[name=submit]');

    const message = 'Tugas ini sudah dinilai, sehingga rubriknya tidak dapat diubah lagi.';
    dialog.backend
      .expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.assignments, 'as2') })
      .flush({ statusCode: 409, code: 'RUBRIC_LOCKED', message, requestId: 'r1' } satisfies ErrorBody, { status: 409, statusText: 'Conflict' });
    await dialog.fixture.whenStable();

    expect(dialog.page.querySelector('[data-testid=rubric-locked]')?.textContent).toContain(message);
    expect(await (await dialog.input('points-0-1')).getValue()).toBe('3');
    expect(await (await dialog.input('points-0-1')).isDisabled()).toBe(true);
    expect(dialog.page.querySelector('button[name=add-criterion]')).toBeNull();
    expect(await (await dialog.input('title')).getValue()).toBe('Tiga foto kegiatan OPD (revisi)');
    expect(dialog.close).not.toHaveBeenCalled();

    await dialog.click('button[name=submit]');
    const retry = dialog.backend.expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.assignments, 'as2') });
    expect((retry.request.body as AssignmentRequest).rubric[0].levels[1]).toEqual({ id: 'l2', title: 'Baik', description: null, points: 3 });
  });

  it('opens a graded assignment with its rubric read-only', async () => {
    const dialog = await render({ ...PHOTOS, hasGrades: true });
    expect(dialog.page.querySelector('[data-testid=rubric-locked]')?.textContent).toContain('rubrik tidak dapat diubah lagi');
    expect(await (await dialog.input('criterion-0')).isDisabled()).toBe(true);
    expect(dialog.page.querySelector('button[name=add-level]')).toBeNull();
  });
});
