import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type BatchTestView, type PrePostReport } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { BatchTests } from './batch-tests';

const POST_TEST: BatchTestView = {
  id: 't-post',
  programId: 'p1',
  kind: 'post',
  moduleId: null,
  title: 'Post-test SPBE',
  questionCount: 20,
  poolSize: 40,
  timeLimitMinutes: 30,
  maxAttempts: 1,
  shuffleQuestions: true,
  shuffleOptions: true,
  opensAt: '2024-12-04T00:00:00Z',
  closesAt: '2024-12-04T02:00:00Z',
  resultsReleasedAt: null,
  participants: 25,
  submitted: 20,
  awaitingGrading: 3,
};

const REPORT: PrePostReport = {
  batchId: 'b1',
  preTestId: 't-pre',
  postTestId: 't-post',
  rows: [
    { userId: 'u-ani', name: 'Ani Lestari', nip: null, pre: 50, post: 62.5, gain: 12.5 },
    { userId: 'u-budi', name: 'Budi Santoso', nip: null, pre: 70, post: null, gain: null },
  ],
  averagePre: 60,
  averagePost: 62.5,
  averageGain: 12.5,
};

const RELEASE_URL = apiUrl(ApiRoutes.batches, 'b1', 'tests', 't-post', 'release');

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [BatchTests], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(BatchTests);
  fixture.componentRef.setInput('batchId', 'b1');
  fixture.componentRef.setInput('timeZone', 'Asia/Makassar');
  fixture.componentRef.setInput('canSchedule', true);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'tests')).flush([POST_TEST]);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'pre-post')).flush(REPORT);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const release = async () => {
    page.querySelector<HTMLButtonElement>('[data-test=t-post] button[name=release]')!.click();
    await fixture.whenStable();
  };
  return { fixture, page, backend, release };
}

describe(BatchTests.name, () => {
  it('lists each test with its window in the batch’s time, the counts, and the pre/post report', async () => {
    const tests = await render();
    const card = tests.page.querySelector('[data-test=t-post]')?.textContent ?? '';
    expect(card).toContain('Dibuka 4 Desember 2024 08:00 WITA – ditutup 4 Desember 2024 10:00 WITA');
    expect(card).toContain('20 dari 25 peserta mengumpulkan');
    expect(card).toContain('3 menunggu penilaian esai');
    expect(tests.page.querySelector('button[name=window]')).not.toBeNull();

    const cells = (userId: string) => Array.from(tests.page.querySelectorAll(`[data-testid=pre-post] tr[data-user=${userId}] td`)).map((cell) => cell.textContent?.trim());
    expect(cells('u-ani')).toEqual(['50 %', '62,5 %', '+12,5']);
    expect(cells('u-budi')).toEqual(['70 %', '–', '–']);
    const average = Array.from(tests.page.querySelectorAll('[data-testid=pre-post-average] td')).map((cell) => cell.textContent?.trim());
    expect(average).toEqual(['60 %', '62,5 %', '+12,5']);
  });

  it('releases the results, then withdraws them', async () => {
    const tests = await render();
    await tests.release();
    const put = tests.backend.expectOne(RELEASE_URL);
    expect(put.request.method).toBe('PUT');
    put.flush({ ...POST_TEST, resultsReleasedAt: '2024-12-04T03:00:00Z' });
    await tests.fixture.whenStable();
    expect(tests.page.querySelector('[data-test=t-post] [data-testid=release-state]')?.textContent).toContain('Nilai dirilis 4 Desember 2024 11:00 WITA');
    expect(tests.page.querySelector('[data-test=t-post] button[name=release]')?.textContent).toContain('Tarik rilis');

    await tests.release();
    const remove = tests.backend.expectOne(RELEASE_URL);
    expect(remove.request.method).toBe('DELETE');
  });
});
