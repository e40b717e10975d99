import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { ApiRoutes, type MyTestView, type TimetableView } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { MyTests } from './my-tests';

const BATCH = 'b1';

const TIMETABLE: TimetableView = {
  batchId: BATCH,
  timeZone: 'Asia/Makassar',
  sessions: [],
  jpByModule: [{ moduleId: 'm1', title: 'Arsitektur SPBE', curriculumJp: 4, scheduledJp: 4 }],
  scheduledJp: 4,
  curriculumJp: 4,
};

function test(overrides: Partial<MyTestView>): MyTestView {
  return {
    id: 't1',
    kind: 'pre',
    moduleId: null,
    title: 'Pre-test',
    questionCount: 20,
    timeLimitMinutes: 30,
    maxAttempts: 2,
    attemptsUsed: 0,
    opensAt: '2024-11-18T00:00:00Z',
    closesAt: '2024-11-18T02:00:00Z',
    state: 'open',
    openAttemptId: null,
    resultsReleased: false,
    bestScore: null,
    attempts: [],
    ...overrides,
  };
}

async function render(tests: MyTestView[]) {
  // A spec run earlier in the same worker may have left English chosen; these assert the Indonesian default.
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [MyTests],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MyTests);
  fixture.componentRef.setInput('batchId', BATCH);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'tests')).flush(tests);
  backend.expectOne(apiUrl(ApiRoutes.catalog, BATCH, 'timetable')).flush(TIMETABLE);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const cards = () => Array.from(page.querySelectorAll<HTMLElement>('[data-testid=my-test]'));
  return { fixture, page, cards, dialogs: TestbedHarnessEnvironment.documentRootLoader(fixture) };
}

describe(MyTests.name, () => {
  it('lists each test with its kind, window in the batch’s time, attempts and state', async () => {
    const view = await render([
      test({}),
      test({ id: 't2', kind: 'quiz', moduleId: 'm1', title: 'Kuis Arsitektur', state: 'upcoming', opensAt: '2024-11-19T01:00:00Z', closesAt: null }),
    ]);

    const [pre, quiz] = view.cards();
    expect(pre?.textContent).toContain('Pre-test');
    expect(pre?.querySelector('[data-testid=test-facts]')?.textContent).toMatch(/20 soal\s*·\s*30 menit\s*·\s*Percobaan 0 dari 2/);
    // 00:00 UTC is 08:00 WITA.
    expect(pre?.querySelector('[data-testid=test-opens]')?.textContent).toContain('18 November 2024 08:00 WITA');
    expect(pre?.querySelector('[data-testid=test-closes]')?.textContent).toContain('10:00 WITA');
    expect(pre?.querySelector('button[name=start]')).not.toBeNull();

    expect(quiz?.textContent).toContain('Kuis');
    expect(quiz?.textContent).toContain('Arsitektur SPBE');
    expect(quiz?.querySelector('[data-testid=test-state]')?.textContent).toContain('Belum dibuka');
    expect(quiz?.querySelector('button[name=start]')).toBeNull();
  });

  it('confirms the time limit and the attempts left before starting', async () => {
    const view = await render([test({ attemptsUsed: 1 })]);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    (view.page.querySelector('button[name=start]') as HTMLButtonElement).click();
    await view.fixture.whenStable();
    const message = document.querySelector('mat-dialog-content')?.textContent ?? '';
    expect(message).toContain('30 menit');
    expect(message).toContain('Sisa kesempatan: 1 dari 2');
    await (await view.dialogs.getHarness(MatButtonHarness.with({ selector: '[name=confirm]' }))).click();

    expect(navigate).toHaveBeenCalledWith(['/', 'pelatihan', BATCH, 'belajar', 'tes', 't1']);
  });

  it('offers to continue an open attempt and shows the best score once released', async () => {
    const view = await render([
      test({ state: 'inProgress', attemptsUsed: 1, openAttemptId: 'a9' }),
      test({ id: 't3', kind: 'post', title: 'Post-test', state: 'closed', attemptsUsed: 1, resultsReleased: true, bestScore: 87.5, attempts: [{ id: 'a3', number: 1, submittedAt: '2024-11-20T02:00:00Z' }] }),
      test({ id: 't4', kind: 'quiz', title: 'Kuis 2', state: 'closed', attemptsUsed: 1, resultsReleased: false, attempts: [{ id: 'a4', number: 1, submittedAt: '2024-11-20T02:00:00Z' }] }),
    ]);

    const [open, post, quiz] = view.cards();
    const resume = open?.querySelector('a[name=continue]');
    expect(resume?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/tes/t1?percobaan=a9`);
    expect(open?.querySelector('button[name=start]')).toBeNull();
    expect(post?.querySelector('[data-testid=test-best]')?.textContent).toContain('87,5%');
    expect(post?.textContent).toContain('Hasil percobaan 1');
    expect(quiz?.textContent).toContain('Nilai belum dirilis');
    expect(quiz?.querySelector('[data-testid=test-best]')).toBeNull();
  });
});
