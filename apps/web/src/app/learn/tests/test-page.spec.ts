import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type AttemptView, type ErrorBody } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { Notifier } from '../../core/notifier';
import { ANSWERS_KEY_PREFIX } from './answer-queue';
import { TestPage } from './test-page';

const BATCH = 'b1';
const TEST = 't1';
const ATTEMPT = 'a1';
const START_URL = apiUrl(ApiRoutes.myLearning, BATCH, 'tests', TEST, 'attempts');
const ATTEMPT_URL = apiUrl(ApiRoutes.myAttempts, ATTEMPT);
const SUBMIT_URL = apiUrl(ApiRoutes.myAttempts, ATTEMPT, 'submit');
const answerUrl = (position: number) => apiUrl(ApiRoutes.myAttempts, ATTEMPT, 'answers', String(position));

const SERVER_NOW = Date.parse('2024-11-18T01:10:00Z');
/** The phone's clock is 7 minutes fast. */
const PHONE_SKEW = 7 * 60_000;

function attemptView(overrides: Partial<AttemptView> = {}): AttemptView {
  return {
    id: ATTEMPT,
    testId: TEST,
    batchId: BATCH,
    title: 'Pre-test SPBE',
    kind: 'pre',
    number: 1,
    startedAt: '2024-11-18T01:10:00Z',
    deadline: '2024-11-18T01:30:00Z',
    serverNow: new Date(SERVER_NOW).toISOString(),
    submittedAt: null,
    closedBy: null,
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
        points: 2,
        answer: null,
      },
      { position: 2, kind: 'essay', prompt: 'Jelaskan manfaat SPBE.', options: [], points: 5, answer: null },
      { position: 3, kind: 'trueFalse', prompt: 'SPBE wajib bagi pemerintah daerah.', options: [], points: 1, answer: { kind: 'trueFalse', value: true } },
    ],
    ...overrides,
  };
}

const SUBMITTED: AttemptView = attemptView({ submittedAt: '2024-11-18T01:20:00Z', closedBy: 'participant' });

describe(TestPage.name, () => {
  let online: boolean;
  let phoneNow: number;
  let notifier: { info: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn>; success: ReturnType<typeof vi.fn> };

  async function render(inputs: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [TestPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Notifier, useValue: notifier },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TestPage);
    fixture.componentRef.setInput('batchId', BATCH);
    fixture.componentRef.setInput('testId', TEST);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    const page = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    };
    await settle();
    const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const choose = async (option: string) => {
      (page.querySelector(`[data-option="${option}"] input`) as HTMLInputElement).click();
      await settle();
    };
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const confirmDialog = async () => {
      await settle();
      const message = document.querySelector('mat-dialog-content')?.textContent?.trim() ?? '';
      await (await dialogs.getHarness(MatButtonHarness.with({ selector: '[name=confirm]' }))).click();
      await settle();
      return message;
    };
    return { fixture, backend, page, settle, text, choose, confirmDialog };
  }

  async function started(view = attemptView()) {
    const rendered = await render();
    rendered.backend.expectOne({ url: START_URL, method: 'POST' }).flush(view);
    await rendered.settle();
    return rendered;
  }

  beforeEach(() => {
    localStorage.clear();
    online = true;
    phoneNow = SERVER_NOW + PHONE_SKEW;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    vi.spyOn(Date, 'now').mockImplementation(() => phoneNow);
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    notifier = { info: vi.fn(), error: vi.fn(), success: vi.fn() };
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('starts the attempt and counts down by the server’s clock, not the phone’s', async () => {
    const view = await started();

    expect(view.text('countdown')).toContain('20:00');
    expect(view.text('question')).toContain('Soal 1 dari 3');
    expect(view.text('question')).toContain('Apa kepanjangan SPBE?');
    expect(view.page.querySelectorAll('[data-testid=navigator] button')).toHaveLength(3);
    // The answer the server already holds counts as answered.
    expect(view.page.querySelector('[data-testid=navigator] button:nth-child(3)')?.classList).toContain('answered');

    phoneNow += 65_000;
    vi.advanceTimersByTime(1000);
    await view.settle();
    expect(view.text('countdown')).toContain('18:55');
  });

  it('saves each answer as it is given and shows whether it is saved', async () => {
    const view = await started();

    await view.choose('o2');
    expect(view.text('save-state')).toBe('cloud_sync Menyimpan…');
    const request = view.backend.expectOne({ url: answerUrl(1), method: 'PUT' });
    expect(request.request.body).toEqual({ answer: { kind: 'single', optionId: 'o2' } });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await view.settle();

    expect(view.text('save-state')).toBe('cloud_done Tersimpan');
    expect(view.page.querySelector('[data-testid=navigator] button:nth-child(1)')?.classList).toContain('answered');
  });

  it('says “Belum terkirim” and keeps the answer on the phone when offline', async () => {
    const view = await started();
    online = false;

    await view.choose('o1');

    view.backend.expectNone(answerUrl(1));
    expect(view.text('save-state')).toContain('Belum terkirim');
    expect(view.text('unsent-notice')).toContain('dikirim otomatis saat koneksi kembali');
    expect(JSON.parse(localStorage.getItem(ANSWERS_KEY_PREFIX + ATTEMPT) ?? '[]')).toEqual([{ position: 1, answer: { kind: 'single', optionId: 'o1' } }]);
  });

  it('asks before submitting, counting the unanswered questions, and sends the answers not yet saved', async () => {
    const view = await started();
    online = false;
    await view.choose('o1');
    online = true;

    (view.page.querySelector('button[name=submit]') as HTMLButtonElement).click();
    const message = await view.confirmDialog();

    expect(message).toContain('Masih ada 1 soal yang belum dijawab');
    const submit = view.backend.expectOne({ url: SUBMIT_URL, method: 'POST' });
    expect(submit.request.body).toEqual({ answers: [{ position: 1, answer: { kind: 'single', optionId: 'o1' } }] });
    submit.flush(SUBMITTED);
    await view.settle();

    expect(view.text('test-done')).toContain('Jawaban terkirim');
    expect(view.text('results-pending')).toBe('Nilai akan tampil setelah narasumber merilisnya.');
    expect(localStorage.getItem(ANSWERS_KEY_PREFIX + ATTEMPT)).toBeNull();
  });

  it('lets the participant send the submission again when it did not get through', async () => {
    const view = await started();
    (view.page.querySelector('button[name=submit]') as HTMLButtonElement).click();
    await view.confirmDialog();
    view.backend.expectOne(SUBMIT_URL).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await view.settle();

    expect(view.text('submit-problem')).toContain('Jawaban belum terkirim');
    const retry = view.page.querySelector('button[name=submit]') as HTMLButtonElement;
    expect(retry.textContent).toContain('Kirim lagi');
    retry.click();
    await view.confirmDialog();
    view.backend.expectOne(SUBMIT_URL).flush(SUBMITTED);
    await view.settle();
    expect(view.text('test-done')).toContain('Jawaban terkirim');
  });

  it('warns at 5 and 1 minute left and submits by itself when the time is up', async () => {
    const view = await started();

    phoneNow = Date.parse('2024-11-18T01:25:00Z') + PHONE_SKEW;
    vi.advanceTimersByTime(1000);
    await view.settle();
    expect(view.text('time-warning')).toBe('Sisa waktu 5 menit.');
    expect(notifier.info).toHaveBeenCalledWith('assess.timer.fiveMinutes');

    phoneNow = Date.parse('2024-11-18T01:29:00Z') + PHONE_SKEW;
    vi.advanceTimersByTime(1000);
    await view.settle();
    expect(notifier.info).toHaveBeenCalledWith('assess.timer.oneMinute');
    view.backend.expectNone(SUBMIT_URL);

    phoneNow = Date.parse('2024-11-18T01:30:00Z') + PHONE_SKEW;
    vi.advanceTimersByTime(1000);
    await view.settle();
    // No confirmation: the submission goes at once, and only once.
    const submit = view.backend.expectOne({ url: SUBMIT_URL, method: 'POST' });
    expect(submit.request.body).toEqual({});
    submit.flush(attemptView({ submittedAt: '2024-11-18T01:30:00Z', closedBy: 'deadline' }));
    await view.settle();
    vi.advanceTimersByTime(3000);
    await view.settle();
    view.backend.expectNone(SUBMIT_URL);
    expect(view.text('test-done')).toContain('Waktu habis');
  });

  it('stops the test and says the time is up when the server refuses an answer as too late', async () => {
    const view = await started();

    await view.choose('o2');
    const closed: ErrorBody = { statusCode: 409, code: 'ATTEMPT_CLOSED', message: 'Waktu pengerjaan sudah habis.', requestId: 'r1' };
    view.backend.expectOne(answerUrl(1)).flush(closed, { status: 409, statusText: 'Conflict' });
    await view.settle();

    expect(view.text('test-done')).toContain('Waktu habis');
    expect(view.page.querySelector('[data-testid=question]')).toBeNull();
    view.backend.expectOne({ url: ATTEMPT_URL, method: 'GET' }).flush(attemptView({ submittedAt: '2024-11-18T01:30:00Z', closedBy: 'deadline' }));
    await view.settle();
    expect(view.text('test-done')).toContain('ditutup otomatis');
  });

  it('shows the score and each question’s result once released, without starting a new attempt', async () => {
    const view = await render({ percobaan: ATTEMPT });
    view.backend.expectNone(START_URL);
    const released = attemptView({
      submittedAt: '2024-11-18T01:20:00Z',
      closedBy: 'participant',
      resultsReleased: true,
      score: { earned: 6, available: 8, percent: 75 },
      questions: [
        {
          ...attemptView().questions[0],
          answer: { kind: 'single', optionId: 'o2' },
          result: { pointsAwarded: 0, key: { kind: 'single', correctOptionId: 'o1' }, explanation: 'SPBE: Sistem Pemerintahan Berbasis Elektronik (Perpres 95/2018).' },
        },
        { ...attemptView().questions[1], answer: { kind: 'essay', text: 'Efisiensi layanan.' }, result: { pointsAwarded: 5, key: { kind: 'essay' }, explanation: null } },
        { ...attemptView().questions[2], result: { pointsAwarded: 1, key: { kind: 'trueFalse', correct: true }, explanation: null } },
      ],
    });
    view.backend.expectOne({ url: ATTEMPT_URL, method: 'GET' }).flush(released);
    await view.settle();

    expect(view.text('attempt-score')).toContain('75%');
    expect(view.text('attempt-score')).toContain('6 dari 8 poin');
    const questions = Array.from(view.page.querySelectorAll('[data-testid=review-question]'));
    expect(questions).toHaveLength(3);
    expect(questions[0]?.querySelector('[data-option=o1]')?.classList).toContain('correct');
    expect(questions[0]?.querySelector('[data-option=o2]')?.classList).toContain('chosen');
    expect(questions[0]?.querySelector('[data-testid=review-points]')?.textContent).toContain('0 dari 2 poin');
    expect(questions[0]?.querySelector('[data-testid=review-explanation]')?.textContent).toContain('Perpres 95/2018');
    expect(questions[1]?.querySelector('[data-testid=review-answer]')?.textContent).toContain('Efisiensi layanan.');
    expect(questions[2]?.querySelector('[data-testid=review-key]')?.textContent).toContain('Benar');
  });

  it('shows why the test cannot be started', async () => {
    const view = await render();
    const body: ErrorBody = { statusCode: 409, code: 'ATTEMPTS_EXHAUSTED', message: 'Kesempatan mengerjakan tes ini sudah habis.', requestId: 'r1' };
    view.backend.expectOne(START_URL).flush(body, { status: 409, statusText: 'Conflict' });
    await view.settle();

    expect(view.text('test-failure')).toBe('Kesempatan mengerjakan tes ini sudah habis.');
  });
});
