import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type CheckInResult, type ErrorBody, OFFLINE_CHECK_IN_MAX_AGE_MS } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { apiUrl } from '../core/api';
import { Notifier } from '../core/notifier';
import { CHECK_IN_QUEUE_KEY, CHECK_IN_RETRY_MS, CheckInQueue, type CheckInOutcome, type QueuedCheckIn } from './check-in-queue';

const CHECK_IN_URL = apiUrl(ApiRoutes.myAttendance, 'check-in');
const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';
const UNIT = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const SCANNED_AT = Date.parse('2024-11-18T01:05:00Z');

function result(status: CheckInResult['status'] = 'hadir'): CheckInResult {
  return {
    batchId: BATCH,
    batchName: 'Angkatan I',
    programTitle: 'Bimtek SPBE',
    timeZone: 'Asia/Jakarta',
    unit: {
      key: UNIT,
      title: 'Arsitektur SPBE',
      date: '2024-11-18',
      startsAt: '2024-11-18T01:00:00Z',
      endsAt: '2024-11-18T03:00:00Z',
      opensAt: '2024-11-18T00:30:00Z',
      closesAt: '2024-11-18T03:00:00Z',
      lateAfter: '2024-11-18T01:15:00Z',
      sessionIds: [UNIT],
    },
    status,
    checkedInAt: '2024-11-18T01:05:00Z',
    alreadyRecorded: false,
    offline: true,
  };
}

function errorBody(statusCode: number, code: ErrorBody['code'], message: string): ErrorBody {
  return { statusCode, code, message, errors: [{ field: 'code', code: 'expired', message }], requestId: 'r1' };
}

function stored(): QueuedCheckIn[] {
  return JSON.parse(localStorage.getItem(CHECK_IN_QUEUE_KEY) ?? '[]') as QueuedCheckIn[];
}

describe(CheckInQueue.name, () => {
  let online: boolean;
  let now: number;
  let backend: HttpTestingController;
  let notifier: { info: ReturnType<typeof vi.fn>; success: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };

  function setup(userId = 'u1'): CheckInQueue {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { user: signal({ id: userId }) } },
        { provide: Notifier, useValue: notifier },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    return TestBed.inject(CheckInQueue);
  }

  /** A participant scanned the kiosk's QR while the hall's Wi-Fi was down. */
  function scanOffline(queue: CheckInQueue): CheckInOutcome | undefined {
    online = false;
    let outcome: CheckInOutcome | undefined;
    queue.checkIn({ code: '123456', batchId: BATCH, unitKey: UNIT }).subscribe((o) => (outcome = o));
    return outcome;
  }

  function comeOnline(): void {
    online = true;
    window.dispatchEvent(new Event('online'));
  }

  beforeEach(() => {
    localStorage.clear();
    online = true;
    now = SCANNED_AT;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    notifier = { info: vi.fn(), success: vi.fn(), error: vi.fn() };
  });

  afterEach(() => {
    backend.verify();
    vi.restoreAllMocks();
    vi.useRealTimers();
    localStorage.clear();
  });

  it('keeps a check-in made offline on the phone, with the moment of the scan, without calling the server', () => {
    const queue = setup();
    queue.start();

    const outcome = scanOffline(queue);

    expect(outcome?.kind).toBe('queued');
    backend.expectNone(CHECK_IN_URL);
    expect(stored()).toEqual([expect.objectContaining({ code: '123456', batchId: BATCH, unitKey: UNIT, scannedAt: SCANNED_AT, userId: 'u1' })]);
    expect(queue.pending()).toHaveLength(1);
  });

  it('queues a check-in whose request cannot reach the server (status 0, 502–504)', () => {
    const queue = setup();
    let outcome: CheckInOutcome | undefined;
    queue.checkIn({ code: '123 456' }).subscribe((o) => (outcome = o));

    backend.expectOne(CHECK_IN_URL).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });

    expect(outcome?.kind).toBe('queued');
    expect(stored()).toEqual([expect.objectContaining({ code: '123456', scannedAt: SCANNED_AT })]);

    queue.checkIn({ code: '654321' }).subscribe((o) => (outcome = o));
    backend.expectOne(CHECK_IN_URL).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    expect(outcome?.kind).toBe('queued');
    expect(stored().map((item) => item.code)).toEqual(['123456', '654321']);
  });

  it('shows the server’s message instead of queueing when the server refuses a check-in', () => {
    const queue = setup();
    let outcome: CheckInOutcome | undefined;
    queue.checkIn({ code: '111111' }).subscribe((o) => (outcome = o));

    backend.expectOne(CHECK_IN_URL).flush(errorBody(400, 'CHECK_IN_CODE_INVALID', 'Kode tidak cocok.'), { status: 400, statusText: 'Bad Request' });

    expect(outcome).toEqual(expect.objectContaining({ kind: 'refused', message: 'Kode tidak cocok.' }));
    expect(stored()).toEqual([]);
  });

  it('sends the queue when the connection returns, saying how long ago the code was scanned', () => {
    const queue = setup();
    queue.start();
    scanOffline(queue);

    now = SCANNED_AT + 95_000;
    comeOnline();

    const request = backend.expectOne(CHECK_IN_URL);
    expect(request.request.body).toEqual({ code: '123456', batchId: BATCH, unitKey: UNIT, scannedAgoMs: 95_000 });
    request.flush(result('terlambat'));

    expect(stored()).toEqual([]);
    expect(queue.pending()).toEqual([]);
    expect(queue.finished()).toEqual([expect.objectContaining({ result: expect.objectContaining({ status: 'terlambat' }), message: null })]);
    expect(notifier.info).toHaveBeenCalledWith('checkIn.queue.sent', { status: 'Terlambat', title: 'Arsitektur SPBE' });
  });

  it('sends what an earlier visit left in the queue as soon as the app starts', () => {
    const left: QueuedCheckIn = { id: 'a', code: '222333', scannedAt: SCANNED_AT - 60_000, userId: 'u1' };
    localStorage.setItem(CHECK_IN_QUEUE_KEY, JSON.stringify([left]));
    const queue = setup();

    queue.start();

    expect(backend.expectOne(CHECK_IN_URL).request.body).toEqual({ code: '222333', scannedAgoMs: 60_000 });
  });

  it('takes an item off the queue when the server refuses it (4xx) and shows why', () => {
    const queue = setup();
    queue.start();
    scanOffline(queue);

    comeOnline();
    backend.expectOne(CHECK_IN_URL).flush(errorBody(400, 'CHECK_IN_CODE_EXPIRED', 'Kode ini sudah kedaluwarsa.'), { status: 400, statusText: 'Bad Request' });

    expect(stored()).toEqual([]);
    expect(queue.finished()).toEqual([expect.objectContaining({ result: null, message: 'Kode ini sudah kedaluwarsa.' })]);
    expect(notifier.info).toHaveBeenCalledWith('checkIn.queue.refused', { message: 'Kode ini sudah kedaluwarsa.' });
  });

  it('keeps an item when sending fails again (status 0) and retries every 30 seconds', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const queue = setup();
    queue.start();
    scanOffline(queue);

    comeOnline();
    backend.expectOne(CHECK_IN_URL).error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });

    expect(stored()).toHaveLength(1);
    expect(queue.pending()).toHaveLength(1);
    expect(queue.finished()).toEqual([]);

    now = SCANNED_AT + CHECK_IN_RETRY_MS;
    vi.advanceTimersByTime(CHECK_IN_RETRY_MS);
    const retry = backend.expectOne(CHECK_IN_URL);
    expect(retry.request.body).toEqual(expect.objectContaining({ scannedAgoMs: CHECK_IN_RETRY_MS }));
    retry.flush(result());
    expect(stored()).toEqual([]);
  });

  it('keeps an item while the session has expired (401), as signing in again sends it', () => {
    const queue = setup();
    queue.start();
    scanOffline(queue);

    comeOnline();
    backend.expectOne(CHECK_IN_URL).flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(stored()).toHaveLength(1);
  });

  it('sends an item older than 12 hours anyway and explains the refusal', () => {
    const queue = setup();
    queue.start();
    scanOffline(queue);

    now = SCANNED_AT + OFFLINE_CHECK_IN_MAX_AGE_MS + 60_000;
    comeOnline();
    const request = backend.expectOne(CHECK_IN_URL);
    expect(request.request.body).toEqual(expect.objectContaining({ scannedAgoMs: OFFLINE_CHECK_IN_MAX_AGE_MS + 60_000 }));
    request.flush({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'Data yang dikirim belum benar.', requestId: 'r' } satisfies ErrorBody, {
      status: 400,
      statusText: 'Bad Request',
    });

    expect(stored()).toEqual([]);
    expect(queue.finished()[0]?.message).toMatch(/12 jam/);
  });

  it('sends several items one after the other, oldest first', () => {
    const queue = setup();
    queue.start();
    online = false;
    queue.checkIn({ code: '111111' }).subscribe();
    now += 1000;
    queue.checkIn({ code: '222222' }).subscribe();
    queue.checkIn({ code: '222222' }).subscribe();
    expect(stored().map((item) => item.code)).toEqual(['111111', '222222']);

    now += 1000;
    comeOnline();
    const first = backend.expectOne(CHECK_IN_URL);
    expect(first.request.body).toEqual({ code: '111111', scannedAgoMs: 2000 });
    first.flush(result());
    const second = backend.expectOne(CHECK_IN_URL);
    expect(second.request.body).toEqual({ code: '222222', scannedAgoMs: 1000 });
    second.flush(result());
    expect(stored()).toEqual([]);
  });

  it('leaves another person’s queued check-ins on a shared phone alone', () => {
    localStorage.setItem(CHECK_IN_QUEUE_KEY, JSON.stringify([{ id: 'x', code: '999999', scannedAt: SCANNED_AT, userId: 'someone-else' }]));
    const queue = setup('u1');

    queue.start();

    backend.expectNone(CHECK_IN_URL);
    expect(queue.pending()).toEqual([]);
    expect(stored()).toHaveLength(1);
  });
});
