import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type AttemptView, type ErrorBody } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { Notifier } from '../../core/notifier';
import { ANSWERS_KEY_PREFIX, ANSWER_RETRY_MS, AnswerQueue, TEXT_SAVE_DELAY_MS } from './answer-queue';

const ATTEMPT = 'a1b2c3d4-0000-4000-8000-000000000001';
const answerUrl = (position: number) => apiUrl(ApiRoutes.myAttempts, ATTEMPT, 'answers', String(position));

function attempt(overrides: Partial<AttemptView> = {}): AttemptView {
  return {
    id: ATTEMPT,
    testId: 't1',
    batchId: 'b1',
    title: 'Pre-test SPBE',
    kind: 'pre',
    number: 1,
    startedAt: '2024-11-18T01:00:00Z',
    deadline: '2024-11-18T01:30:00Z',
    serverNow: '2024-11-18T01:00:00Z',
    submittedAt: null,
    closedBy: null,
    resultsReleased: false,
    score: null,
    questions: [
      { position: 1, kind: 'single', prompt: 'Apa kepanjangan SPBE?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], points: 1, answer: null },
      { position: 2, kind: 'essay', prompt: 'Jelaskan arsitektur SPBE.', options: [], points: 5, answer: null },
      { position: 3, kind: 'trueFalse', prompt: 'SPBE wajib bagi pemda.', options: [], points: 1, answer: { kind: 'trueFalse', value: true } },
    ],
    ...overrides,
  };
}

const closedBody: ErrorBody = { statusCode: 409, code: 'ATTEMPT_CLOSED', message: 'Waktu pengerjaan sudah habis.', requestId: 'r1' };

function stored(): unknown {
  return JSON.parse(localStorage.getItem(ANSWERS_KEY_PREFIX + ATTEMPT) ?? 'null');
}

describe(AnswerQueue.name, () => {
  let online: boolean;
  let backend: HttpTestingController;
  let notifier: { info: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn>; success: ReturnType<typeof vi.fn> };

  function setup(): AnswerQueue {
    TestBed.configureTestingModule({
      providers: [AnswerQueue, provideHttpClient(), provideHttpClientTesting(), { provide: Notifier, useValue: notifier }],
    });
    backend = TestBed.inject(HttpTestingController);
    return TestBed.inject(AnswerQueue);
  }

  beforeEach(() => {
    localStorage.clear();
    online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    notifier = { info: vi.fn(), error: vi.fn(), success: vi.fn() };
  });

  afterEach(() => {
    backend.verify();
    vi.restoreAllMocks();
    vi.useRealTimers();
    localStorage.clear();
  });

  it('saves a choice at once and says “saved” when the server confirms it', () => {
    const queue = setup();
    queue.start(attempt());

    queue.change(1, { kind: 'single', optionId: 'b' });

    expect(queue.state()).toBe('saving');
    const request = backend.expectOne(answerUrl(1));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ answer: { kind: 'single', optionId: 'b' } });
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(queue.state()).toBe('saved');
    expect(queue.unconfirmed()).toEqual([]);
    expect(stored()).toBeNull();
  });

  it('waits for a pause in typing before saving text', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const queue = setup();
    queue.start(attempt());

    queue.change(2, { kind: 'essay', text: 'Arsi' }, TEXT_SAVE_DELAY_MS);
    vi.advanceTimersByTime(TEXT_SAVE_DELAY_MS - 100);
    queue.change(2, { kind: 'essay', text: 'Arsitektur' }, TEXT_SAVE_DELAY_MS);
    vi.advanceTimersByTime(TEXT_SAVE_DELAY_MS - 100);
    backend.expectNone(answerUrl(2));
    expect(queue.state()).toBe('saving');

    vi.advanceTimersByTime(100);
    const request = backend.expectOne(answerUrl(2));
    expect(request.request.body).toEqual({ answer: { kind: 'essay', text: 'Arsitektur' } });
    request.flush(null, { status: 204, statusText: 'No Content' });
    expect(queue.state()).toBe('saved');
  });

  it('keeps an answer on the phone when the connection drops, and sends it when the phone is back online', () => {
    const queue = setup();
    queue.start(attempt());

    queue.change(1, { kind: 'single', optionId: 'a' });
    backend.expectOne(answerUrl(1)).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });

    expect(queue.state()).toBe('unsent');
    expect(stored()).toEqual([{ position: 1, answer: { kind: 'single', optionId: 'a' } }]);
    expect(queue.unconfirmed()).toEqual([{ position: 1, answer: { kind: 'single', optionId: 'a' } }]);

    window.dispatchEvent(new Event('online'));
    backend.expectOne(answerUrl(1)).flush(null, { status: 204, statusText: 'No Content' });

    expect(queue.state()).toBe('saved');
    expect(stored()).toBeNull();
  });

  it('does not try while the phone is offline, and retries every 30 seconds', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const queue = setup();
    queue.start(attempt());
    online = false;

    queue.change(3, { kind: 'trueFalse', value: false });
    backend.expectNone(answerUrl(3));
    expect(queue.state()).toBe('unsent');

    online = true;
    vi.advanceTimersByTime(ANSWER_RETRY_MS);
    const retry = backend.expectOne(answerUrl(3));
    expect(retry.request.body).toEqual({ answer: { kind: 'trueFalse', value: false } });
    retry.flush(null, { status: 204, statusText: 'No Content' });
    expect(queue.state()).toBe('saved');
  });

  it('sends answers a reload left unsent, over the server’s older ones', () => {
    localStorage.setItem(ANSWERS_KEY_PREFIX + ATTEMPT, JSON.stringify([{ position: 3, answer: { kind: 'trueFalse', value: false } }]));
    const queue = setup();

    queue.start(attempt());

    expect(queue.answers().get(3)).toEqual({ kind: 'trueFalse', value: false });
    expect(backend.expectOne(answerUrl(3)).request.body).toEqual({ answer: { kind: 'trueFalse', value: false } });
  });

  it('does not let a late confirmation mark a newer answer as saved', () => {
    const queue = setup();
    queue.start(attempt());

    queue.change(1, { kind: 'single', optionId: 'a' });
    const first = backend.expectOne(answerUrl(1));
    queue.change(1, { kind: 'single', optionId: 'b' });
    // One request per question at a time: the newer answer waits.
    backend.expectNone(answerUrl(1));

    first.flush(null, { status: 204, statusText: 'No Content' });
    expect(queue.state()).toBe('saving');
    const second = backend.expectOne(answerUrl(1));
    expect(second.request.body).toEqual({ answer: { kind: 'single', optionId: 'b' } });
    second.flush(null, { status: 204, statusText: 'No Content' });
    expect(queue.state()).toBe('saved');
  });

  it('stops sending once the server says the attempt is closed (409)', () => {
    const queue = setup();
    queue.start(attempt());

    queue.change(1, { kind: 'single', optionId: 'a' });
    backend.expectOne(answerUrl(1)).flush(closedBody, { status: 409, statusText: 'Conflict' });

    expect(queue.closed()).toBe(true);
    queue.change(3, { kind: 'trueFalse', value: false });
    window.dispatchEvent(new Event('online'));
    backend.expectNone((request) => request.url.includes('/answers/'));
  });

  it('explains an answer the server refuses for good, and does not resend it', () => {
    const queue = setup();
    queue.start(attempt());

    queue.change(1, { kind: 'single', optionId: 'zz' });
    const body: ErrorBody = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Pilihan tidak dikenal.', requestId: 'r2' };
    backend.expectOne(answerUrl(1)).flush(body, { status: 400, statusText: 'Bad Request' });

    expect(notifier.info).toHaveBeenCalledWith('assess.save.refused', { number: 1, message: 'Pilihan tidak dikenal.' });
    expect(queue.state()).toBe('saved');
    window.dispatchEvent(new Event('online'));
    backend.expectNone(answerUrl(1));
  });

  it('forgets the kept answers once the attempt is submitted', () => {
    const queue = setup();
    queue.start(attempt());
    online = false;
    queue.change(1, { kind: 'single', optionId: 'a' });
    expect(stored()).not.toBeNull();

    queue.finish();

    expect(stored()).toBeNull();
    expect(queue.unconfirmed()).toEqual([]);
  });
});
