import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type MyGradesView, type MyTestView } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { MyGrades } from './my-grades';

const BATCH = 'b1';
const GRADES_URL = apiUrl(ApiRoutes.myLearning, BATCH, 'grades');

const TEST: MyTestView = {
  id: 't1',
  kind: 'post',
  moduleId: null,
  title: 'Post-test',
  questionCount: 20,
  timeLimitMinutes: 30,
  maxAttempts: 1,
  attemptsUsed: 1,
  opensAt: null,
  closesAt: null,
  state: 'closed',
  openAttemptId: null,
  resultsReleased: true,
  bestScore: 82.5,
  attempts: [],
};

async function render(row: MyGradesView) {
  TestBed.configureTestingModule({ imports: [MyGrades], providers: [provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MyGrades);
  fixture.componentRef.setInput('batchId', BATCH);
  await fixture.whenStable();
  backend.expectOne(GRADES_URL).flush(row);
  backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'tests')).flush([TEST]);
  backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'assignments')).flush([{ id: 'as1', title: 'Siaran pers' }]);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { page, text };
}

/** "title score" per detail line. */
function detailsOf(page: HTMLElement): string[] {
  return Array.from(page.querySelectorAll('[data-testid=grades-detail]')).map((item) =>
    Array.from(item.children)
      .map((part) => part.textContent?.trim())
      .join(' '),
  );
}

const ROW: MyGradesView = {
  userId: 'u1',
  name: 'Ani Lestari',
  nip: null,
  scores: { attendance: 90, 'test:t1': 82.5, 'assignment:as1': 75 },
  attendance: 90,
  tests: 82.5,
  assignments: 75,
  final: 81,
  passed: true,
  weights: { attendance: 20, tests: 40, assignments: 40 },
  passingScore: 70,
};

describe(MyGrades.name, () => {
  it('shows attendance, tests, assignments, the final score and the verdict', async () => {
    const view = await render(ROW);

    expect(view.text('grades-final')).toContain('81%');
    expect(view.text('grades-weights')).toContain('kehadiran 20% + rata-rata tes 40% + rata-rata tugas 40%');
    expect(view.text('grades-weights')).toContain('paling sedikit 70');
    expect(view.text('grades-verdict')).toBe('verified Lulus');
    expect(view.text('grades-attendance')).toBe('90%');
    expect(view.text('grades-tests')).toBe('82,5%');
    expect(view.text('grades-assignments')).toBe('75%');
    const details = detailsOf(view.page);
    expect(details).toEqual(['Post-test 82,5%', 'Siaran pers 75%']);
    expect(view.page.querySelector('[data-testid=grades-partial]')).toBeNull();
  });

  it('says which results are not released yet and that the final score can still change', async () => {
    const view = await render({ ...ROW, scores: { attendance: 90, 'test:t1': null, 'assignment:as1': null }, tests: null, assignments: null, final: 18, passed: false });

    expect(view.text('grades-tests')).toBe('Belum dirilis');
    expect(view.text('grades-assignments')).toBe('Belum dirilis');
    expect(view.text('grades-verdict')).toContain('Belum lulus');
    expect(view.text('grades-partial')).toContain('masih dapat berubah');
    const details = detailsOf(view.page);
    expect(details).toEqual(['Post-test Belum dirilis', 'Siaran pers Belum dirilis']);
  });
});
