import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type GradingQueueItem } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { GradingQueuePage } from './grading-queue-page';

const ITEM: GradingQueueItem = {
  submissionId: 's1',
  assignmentId: 'a1',
  assignmentTitle: 'Menulis siaran pers',
  batchId: 'b1',
  batchLabel: 'Bimtek SPBE · Angkatan I',
  moduleTitle: 'Kehumasan',
  user: { id: 'u-ani', name: 'Ani Lestari' },
  submittedAt: '2024-12-03T01:00:00Z',
  late: true,
  graded: false,
  points: null,
  maxPoints: 7,
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [GradingQueuePage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(GradingQueuePage);
  await fixture.whenStable();
  const queue = () => backend.expectOne((request) => request.url === apiUrl(ApiRoutes.gradingQueue));
  return { fixture, page: fixture.nativeElement as HTMLElement, queue };
}

describe(GradingQueuePage.name, () => {
  it('asks for the ungraded work first and shows each as a card that opens the grade page', async () => {
    const list = await render();
    const request = list.queue();
    expect(request.request.params.get('status')).toBe('ungraded');
    expect(request.request.params.has('batchId')).toBe(false);
    request.flush([ITEM, { ...ITEM, submissionId: 's2', late: false, graded: true, points: 5, user: { id: 'u-budi', name: 'Budi Santoso' } }]);
    await list.fixture.whenStable();

    const ani = list.page.querySelector<HTMLAnchorElement>('[data-submission=s1]')!;
    expect(ani.textContent).toContain('Ani Lestari');
    expect(ani.textContent).toContain('Terlambat');
    expect(ani.getAttribute('href')).toBe('/penilaian/s1?status=ungraded');
    expect(list.page.querySelector('[data-submission=s2]')?.textContent).toContain('5/7');
  });

  it('narrows the queue to one batch', async () => {
    const list = await render();
    list.queue().flush([ITEM]);
    list.fixture.componentRef.setInput('batch', 'b1');
    list.fixture.componentRef.setInput('status', 'all');
    await list.fixture.whenStable();
    const request = list.queue();
    expect(request.request.params.get('batchId')).toBe('b1');
    expect(request.request.params.get('status')).toBe('all');
  });
});
