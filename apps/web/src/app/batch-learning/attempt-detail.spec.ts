import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type AttemptSummaryView, type AttemptView, type EssayGradeRequest } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { AttemptDetail } from './attempt-detail';

const ATTEMPT: AttemptView = {
  id: 'at1',
  testId: 't-post',
  batchId: 'b1',
  title: 'Post-test SPBE',
  kind: 'post',
  number: 1,
  startedAt: '2024-12-04T01:00:00Z',
  deadline: null,
  serverNow: '2024-12-04T02:00:00Z',
  submittedAt: '2024-12-04T01:20:00Z',
  closedBy: 'participant',
  resultsReleased: false,
  score: null,
  questions: [
    {
      position: 1,
      kind: 'single',
      prompt: 'Apa kepanjangan SPBE?',
      options: [
        { id: 'o1', text: 'Sistem Pemerintahan Berbasis Elektronik' },
        { id: 'o2', text: 'Sistem Pelayanan Berbasis Elektronik' },
      ],
      points: 1,
      answer: { kind: 'single', optionId: 'o2' },
      result: { pointsAwarded: 0, key: { kind: 'single', correctOptionId: 'o1' }, explanation: null },
    },
    {
      position: 2,
      kind: 'essay',
      prompt: 'Jelaskan manfaat SPBE.',
      options: [],
      points: 10,
      answer: { kind: 'essay', text: 'Layanan lebih cepat.\nBiaya lebih rendah.' },
      result: { pointsAwarded: null, key: { kind: 'essay' }, explanation: null },
    },
  ],
};

const SUMMARY: AttemptSummaryView = {
  id: 'at1',
  userId: 'u-ani',
  name: 'Ani Lestari',
  nip: null,
  number: 1,
  startedAt: ATTEMPT.startedAt,
  submittedAt: ATTEMPT.submittedAt,
  closedBy: 'participant',
  earned: null,
  available: 11,
  percent: null,
  essaysToGrade: 1,
};

const GRADE_URL = apiUrl(ApiRoutes.batches, 'b1', 'attempts', 'at1', 'answers', '2', 'grade');

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [AttemptDetail], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AttemptDetail);
  fixture.componentRef.setInput('batchId', 'b1');
  fixture.componentRef.setInput('attemptId', 'at1');
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'attempts', 'at1')).flush(ATTEMPT);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'tests', 't-post', 'attempts')).flush([SUMMARY]);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const givePoints = async (value: string) => {
    const input = page.querySelector<HTMLInputElement>('input[name=essayPoints]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    page.querySelector<HTMLButtonElement>('button[name=grade-essay]')!.click();
    await fixture.whenStable();
  };
  return { fixture, page, backend, givePoints };
}

describe(AttemptDetail.name, () => {
  it('shows whose attempt it is, the chosen option beside the key, and the essay as written', async () => {
    const detail = await render();
    expect(detail.page.querySelector('h2')?.textContent).toContain('Ani Lestari');
    const choice = detail.page.querySelector('[data-position="1"]')!;
    expect(choice.querySelector('li.chosen')?.textContent).toContain('Sistem Pelayanan');
    expect(choice.querySelector('li.correct')?.textContent).toContain('Sistem Pemerintahan');
    expect(detail.page.querySelector('[data-position="2"] .answer')?.textContent).toBe('Layanan lebih cepat.\nBiaya lebih rendah.');
  });

  it('grades an essay with at most the question’s points', async () => {
    const detail = await render();
    await detail.givePoints('12');
    detail.backend.expectNone(GRADE_URL);
    expect(detail.page.querySelector('[data-position="2"]')?.textContent).toContain('Maksimal 10');

    await detail.givePoints('7.5');
    const request = detail.backend.expectOne(GRADE_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual<EssayGradeRequest>({ points: 7.5 });
    const graded: AttemptView = {
      ...ATTEMPT,
      questions: [ATTEMPT.questions[0], { ...ATTEMPT.questions[1], result: { pointsAwarded: 7.5, key: { kind: 'essay' }, explanation: null } }],
      score: { earned: 7.5, available: 11, percent: 68.2 },
    };
    request.flush(graded);
    await detail.fixture.whenStable();
    expect(detail.page.querySelector('[data-testid=attempt-score]')?.textContent).toContain('68,2 %');
  });
});
