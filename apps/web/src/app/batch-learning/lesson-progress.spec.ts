import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type LessonProgressView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { LessonProgress } from './lesson-progress';

const PROGRESS: LessonProgressView = {
  batchId: 'b1',
  lessons: [
    { id: 'l1', moduleId: 'm1', title: 'Kebijakan SPBE' },
    { id: 'l2', moduleId: 'm1', title: 'Arsitektur SPBE' },
    { id: 'l3', moduleId: 'm2', title: 'Keamanan informasi' },
  ],
  people: [
    { userId: 'u-ani', name: 'Ani Lestari', nip: '198503302010012001', completedLessonIds: ['l1', 'l2', 'l3'], percent: 100 },
    { userId: 'u-budi', name: 'Budi Santoso', nip: null, completedLessonIds: ['l1'], percent: 33.3 },
  ],
  averagePercent: 66.7,
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [LessonProgress], providers: [provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LessonProgress);
  fixture.componentRef.setInput('batchId', 'b1');
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'lesson-progress')).flush(PROGRESS);
  await fixture.whenStable();
  return { page: fixture.nativeElement as HTMLElement };
}

describe(LessonProgress.name, () => {
  it('shows who finished which lesson, each person’s percent and the batch average', async () => {
    const { page } = await render();
    const budi = page.querySelector('tr[data-user=u-budi]')!;
    expect(Array.from(budi.querySelectorAll('td')).map((cell) => (cell.querySelector('mat-icon') ? 'done' : cell.textContent?.trim()))).toEqual(['done', '–', '–', '33,3 %']);
    expect(page.querySelector('tr[data-user=u-ani] [data-testid=person-percent]')?.textContent).toContain('100 %');
    expect(page.querySelector('[data-testid=progress-average]')?.textContent).toContain('66,7 %');
    // Under each lesson: how many finished it.
    expect(Array.from(page.querySelectorAll('tfoot td')).map((cell) => cell.textContent?.trim())).toEqual(['2', '1', '1', '66,7 %']);
    expect(page.querySelector('[data-testid=lesson-legend]')?.textContent).toContain('Keamanan informasi');
  });
});
