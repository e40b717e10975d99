import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, DEFAULT_PREDICATE_BANDS, type GradeWeights, type ProgramView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { ContentPage } from './content-page';

const PROGRAM: ProgramView = {
  id: 'p1',
  agencyId: 'padang',
  agencyName: 'Pemerintah Kota Padang',
  title: 'Bimtek Kehumasan',
  kind: 'BIMTEK',
  mode: 'BLENDED',
  year: 2025,
  description: null,
  minAttendancePercent: 80,
  passingScore: 70,
  postTestMinScore: null,
  predicateBands: [...DEFAULT_PREDICATE_BANDS],
  modules: [
    { id: 'm2', position: 2, title: 'Menulis siaran pers', jp: 6, objectives: [] },
    { id: 'm1', position: 1, title: 'Dasar kehumasan', jp: 4, objectives: [] },
  ],
  totalJp: 10,
  batchCount: 0,
  copiedFromId: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const lessonsUrl = (moduleId: string) => apiUrl(ApiRoutes.programs, 'p1', 'modules', moduleId, 'lessons');

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [ContentPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ContentPage);
  fixture.componentRef.setInput('id', 'p1');
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.programs, 'p1')).flush(PROGRAM);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  return { fixture, backend, loader, page: fixture.nativeElement as HTMLElement };
}

describe(ContentPage.name, () => {
  it('opens on the first module’s lessons and follows the module picker', async () => {
    const page = await render();
    page.backend.expectOne(lessonsUrl('m1')).flush([]);
    await page.fixture.whenStable();
    expect(page.page.querySelector('a.back')?.getAttribute('href')).toBe('/program/p1');

    await (await page.loader.getHarness(MatSelectHarness.with({ selector: '[name=module]' }))).clickOptions({ text: '2. Menulis siaran pers' });
    page.backend.expectOne(lessonsUrl('m2')).flush([]);
  });

  it('shows tests and grade weights for the whole programme, without a module picker', async () => {
    const page = await render();
    page.backend.expectOne(lessonsUrl('m1')).flush([]);
    const tabs = await page.loader.getHarness(MatTabGroupHarness);
    expect(await Promise.all((await tabs.getTabs()).map((tab) => tab.getLabel()))).toEqual(['Materi', 'Bank soal', 'Tes', 'Tugas', 'Bobot nilai']);

    await tabs.selectTab({ label: 'Tes' });
    page.backend.expectOne(apiUrl(ApiRoutes.programs, 'p1', 'tests')).flush([]);
    await page.fixture.whenStable();
    expect(page.page.querySelector('mat-select[name=module]')).toBeNull();

    await tabs.selectTab({ label: 'Bobot nilai' });
    page.backend.expectOne(apiUrl(ApiRoutes.programs, 'p1', 'grade-weights')).flush({ attendance: 30, tests: 30, assignments: 40 } satisfies GradeWeights);
    await page.fixture.whenStable();
    const input = page.page.querySelector<HTMLInputElement>('input[name=attendance]')!;
    expect(input.value).toBe('30');
    input.value = '20';
    input.dispatchEvent(new Event('input'));
    await page.fixture.whenStable();
    expect(page.page.querySelector('[data-testid=weights-total]')?.textContent).toContain('Jumlah: 90. Jumlah bobot harus 100.');
    expect(page.page.querySelector<HTMLButtonElement>('button[name=save-weights]')?.disabled).toBe(true);

    const tests = page.page.querySelector<HTMLInputElement>('input[name=tests]')!;
    tests.value = '40';
    tests.dispatchEvent(new Event('input'));
    await page.fixture.whenStable();
    page.page.querySelector<HTMLButtonElement>('button[name=save-weights]')!.click();
    const save = page.backend.expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.programs, 'p1', 'grade-weights') });
    expect(save.request.body).toEqual<GradeWeights>({ attendance: 20, tests: 40, assignments: 40 });
  });
});
