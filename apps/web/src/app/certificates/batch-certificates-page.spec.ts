import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ApiRoutes,
  type BatchCertificatesView,
  type BatchCompletionView,
  type CertificateSummary,
  DEFAULT_PREDICATE_BANDS,
  type ErrorBody,
  type IssueCertificatesRequest,
  type JobView,
} from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { BatchCertificatesPage, JOB_POLL_MS } from './batch-certificates-page';

const batchUrl = (...segments: string[]) => apiUrl(ApiRoutes.batches, 'b1', ...segments);
const JOB_URL = apiUrl(ApiRoutes.jobs, 'j1');

const COMPLETION: BatchCompletionView = {
  batchId: 'b1',
  finished: true,
  rules: {
    minAttendancePercent: 90,
    minFinalScore: 70,
    postTestMinScore: 60,
    requiredAssignmentIds: ['a1'],
    predicateBands: DEFAULT_PREDICATE_BANDS.map((band) => ({ ...band })),
    custom: true,
  },
  results: [
    {
      userId: 'u-ani',
      name: 'Ani Lestari',
      nip: '199001012015032001',
      attendance: 100,
      final: 85.5,
      postTest: 88,
      predicate: 'Memuaskan',
      passedByRules: true,
      reasons: [],
      override: null,
      passed: true,
      certificate: null,
    },
    {
      userId: 'u-budi',
      name: 'Budi Santoso',
      nip: null,
      attendance: 80,
      final: 65.5,
      postTest: null,
      predicate: 'Kurang Memuaskan',
      passedByRules: false,
      reasons: [
        { code: 'attendance', actual: 80, required: 90 },
        { code: 'finalScore', actual: 65.5, required: 70 },
        { code: 'postTest', actual: null, required: 60 },
        { code: 'assignmentMissing', assignmentId: 'a1', title: 'Siaran pers' },
      ],
      override: null,
      passed: false,
      certificate: null,
    },
  ],
};

const CERTIFICATE: CertificateSummary = {
  id: 'c1',
  userId: 'u-ani',
  name: 'Ani Lestari',
  number: '800/12/DISKOMINFO/2024',
  kind: 'completion',
  status: 'valid',
  code: 'K7Q2M9XA',
  predicate: 'Memuaskan',
  issuedAt: '2024-12-06T03:00:00Z',
  sizeBytes: 184_320,
  sha256: 'ab'.repeat(32),
  signed: false,
  revokedAt: null,
  revokeReason: null,
  replacedById: null,
};

function job(overrides: Partial<JobView>): JobView {
  return {
    id: 'j1',
    kind: 'certificates.issue',
    status: 'queued',
    done: 0,
    total: 0,
    error: null,
    createdAt: '2024-12-06T03:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

async function render(completion: BatchCompletionView, certificates: BatchCertificatesView) {
  TestBed.configureTestingModule({ imports: [BatchCertificatesPage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(BatchCertificatesPage);
  fixture.componentRef.setInput('id', 'b1');
  const settle = async () => {
    await fixture.whenStable();
    await fixture.whenStable();
  };
  await settle();
  backend.expectOne(batchUrl('learning')).flush({ batchId: 'b1', programId: 'p1', programTitle: 'Bimtek Jurnalistik Humas', name: 'Angkatan II', timeZone: 'Asia/Jakarta' });
  const answerLoads = async (completionView: BatchCompletionView, certificatesView: BatchCertificatesView) => {
    backend.expectOne(batchUrl('completion')).flush(completionView);
    backend.expectOne(batchUrl('certificates')).flush(certificatesView);
    await settle();
  };
  await answerLoads(completion, certificates);
  backend.match(batchUrl('assignments')).forEach((request) => request.flush([{ id: 'a1', title: 'Siaran pers' }]));
  await settle();
  const page = fixture.nativeElement as HTMLElement;
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  /** Lets the job poll's timer fire (setInterval is faked) and answers the poll. */
  const poll = async (answer: JobView) => {
    vi.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(answer);
    await settle();
  };
  return { fixture, page, backend, text, settle, answerLoads, poll };
}

describe(BatchCertificatesPage.name, () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('shows each participant’s outcome with the reasons in words, and filters them', async () => {
    const view = await render(COMPLETION, { batchId: 'b1', certificates: [], job: null });
    expect(view.page.textContent).toContain('Bimtek Jurnalistik Humas · Angkatan II');
    expect(view.page.querySelector('[data-testid=summary]')?.textContent).toBe('1 dari 2 peserta lulus.');

    const budi = view.page.querySelector('[data-user=u-budi]')!;
    expect(budi.querySelector('[data-testid=outcome]')?.textContent).toContain('Tidak lulus');
    expect(budi.querySelector('[data-testid=numbers]')?.textContent).toContain('Kehadiran 80% · nilai akhir 65,5 · Kurang Memuaskan');
    expect(budi.querySelector('[data-testid=reasons]')?.textContent).toBe(
      'kehadiran 80% < 90%; nilai akhir 65,5 < 70; post-test belum ada nilai; tugas "Siaran pers" belum dikumpulkan',
    );
    expect(view.page.querySelector('[data-user=u-ani] [data-testid=outcome]')?.textContent).toContain('Lulus');

    const failedFilter = Array.from(view.page.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find((button) => button.textContent?.includes('Tidak lulus (1)'))!;
    failedFilter.click();
    await view.settle();
    expect(Array.from(view.page.querySelectorAll('[data-user]')).map((card) => card.getAttribute('data-user'))).toEqual(['u-budi']);
  });

  it('issues, shows the progress of the polled job, and reloads results and certificates when it is done', async () => {
    const view = await render(COMPLETION, { batchId: 'b1', certificates: [], job: null });
    view.page.querySelector<HTMLInputElement>('[name=include-attendance] input')!.click();
    view.page.querySelector<HTMLButtonElement>('button[name=issue]')!.click();
    await view.settle();

    const issue = view.backend.expectOne(batchUrl('certificates', 'issue'));
    expect(issue.request.method).toBe('POST');
    expect(issue.request.body).toEqual<IssueCertificatesRequest>({ includeAttendance: true });
    issue.flush(job({}), { status: 202, statusText: 'Accepted' });
    await view.settle();
    expect(view.text('job-progress')).toContain('Menunggu giliran');
    expect(view.page.querySelector<HTMLButtonElement>('button[name=issue]')!.disabled).toBe(true);

    // The first poll goes out at once, then one a second.
    vi.advanceTimersByTime(0);
    view.backend.expectOne(JOB_URL).flush(job({ status: 'running', done: 12, total: 30 }));
    await view.settle();
    expect(view.text('job-progress')).toContain('12 dari 30');
    expect(view.page.querySelector('[data-testid=job-progress] mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');

    await view.poll(job({ status: 'done', done: 30, total: 30 }));
    await view.answerLoads(COMPLETION, { batchId: 'b1', certificates: [CERTIFICATE], job: job({ status: 'done', done: 30, total: 30 }) });
    expect(view.text('job-progress')).toBeNull();
    expect(view.page.querySelector('[data-certificate=c1]')?.textContent).toContain('800/12/DISKOMINFO/2024');

    vi.advanceTimersByTime(5 * JOB_POLL_MS);
    view.backend.expectNone(JOB_URL);
  });

  it('resumes following an issuance that is still running when the page opens', async () => {
    const view = await render(COMPLETION, { batchId: 'b1', certificates: [], job: job({ status: 'running', done: 5, total: 30 }) });
    expect(view.text('job-progress')).toContain('5 dari 30');
    vi.advanceTimersByTime(0);
    view.backend.expectOne(JOB_URL).flush(job({ status: 'failed', done: 7, total: 30, error: 'Templat sertifikat belum lengkap' }));
    await view.settle();
    expect(view.text('job-progress')).toBeNull();
    expect(view.text('job-failed')).toContain('Penerbitan gagal: Templat sertifikat belum lengkap');
    vi.advanceTimersByTime(5 * JOB_POLL_MS);
    view.backend.expectNone(JOB_URL);
  });

  it('explains why certificates cannot be issued yet, and shows the server’s refusal', async () => {
    const running = await render({ ...COMPLETION, finished: false }, { batchId: 'b1', certificates: [], job: null });
    expect(running.page.querySelector<HTMLButtonElement>('button[name=issue]')!.disabled).toBe(true);
    expect(running.text('not-finished')).toContain('setelah angkatan selesai');

    TestBed.resetTestingModule();
    const view = await render(COMPLETION, { batchId: 'b1', certificates: [], job: null });
    view.page.querySelector<HTMLButtonElement>('button[name=issue]')!.click();
    await view.settle();
    const refusal: ErrorBody = { statusCode: 409, code: 'CONFLICT', message: 'Angkatan belum selesai.', requestId: 'r1' };
    view.backend.expectOne(batchUrl('certificates', 'issue')).flush(refusal, { status: 409, statusText: 'Conflict' });
    await view.settle();
    expect(view.text('issue-error')).toBe('Angkatan belum selesai.');
    expect(view.text('job-progress')).toBeNull();
  });

  it('follows a reissued certificate until its PDF is there', async () => {
    const view = await render(COMPLETION, { batchId: 'b1', certificates: [CERTIFICATE], job: null });
    view.page.querySelector<HTMLButtonElement>('[data-certificate=c1] button[name=reissue]')!.click();
    await view.settle();
    const reason = document.querySelector<HTMLTextAreaElement>('bt-reason-dialog textarea[name=reason]')!;
    reason.value = 'Gelar akademik belum tercantum';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('bt-reason-dialog button[name=submit]')!.click();
    await view.settle();

    const replacement: CertificateSummary = { ...CERTIFICATE, id: 'c2', number: '800/13/DISKOMINFO/2024', code: 'R4T8W2ZC', status: 'pending', issuedAt: null, sizeBytes: null, sha256: null };
    const replaced: CertificateSummary = { ...CERTIFICATE, status: 'revoked', revokedAt: '2024-12-07T01:00:00Z', revokeReason: 'Gelar akademik belum tercantum', replacedById: 'c2' };
    view.backend.expectOne(apiUrl(ApiRoutes.certificates, 'c1', 'reissue')).flush(replacement);
    // The dialog hands its result over once it has finished closing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await view.settle();
    expect(document.body.textContent).toContain('Sertifikat pengganti 800/13/DISKOMINFO/2024 sedang dibuat.');

    vi.advanceTimersByTime(0);
    view.backend.expectOne(batchUrl('certificates')).flush({ batchId: 'b1', certificates: [replaced, replacement], job: null });
    await view.settle();
    expect(view.page.querySelector('[data-certificate=c1] [data-testid=state]')?.textContent).toContain('Diganti');
    expect(view.page.querySelector('[data-certificate=c2] [data-testid=state]')?.textContent).toContain('Menunggu');

    vi.advanceTimersByTime(JOB_POLL_MS);
    view.backend.expectOne(batchUrl('certificates')).flush({ batchId: 'b1', certificates: [replaced, { ...replacement, status: 'valid', sizeBytes: 185_000 }], job: null });
    await view.settle();
    expect(view.page.querySelector('[data-certificate=c2] [data-testid=state]')?.textContent).toContain('Berlaku');

    vi.advanceTimersByTime(5 * JOB_POLL_MS);
    view.backend.expectNone(batchUrl('certificates'));
  });
});
