import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { type CheckInRequest, type CheckInResult, OFFLINE_CHECK_IN_MAX_AGE_MS } from '@bimtek/contracts';
import { type Observable, catchError, map, of, timeout } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { isOnline, unreachable } from '../core/connection';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { statusLabel } from './attendance-status';
import { MyAttendanceService } from './my-attendance.service';

export const CHECK_IN_QUEUE_KEY = 'bimtek.offlineCheckIns';
/** While items wait, sending is retried this often (besides the browser's `online` event, which phones do not always fire). */
export const CHECK_IN_RETRY_MS = 30_000;
/** On a patchy connection a request can hang for minutes; after this long it counts as not sent. */
export const CHECK_IN_TIMEOUT_MS = 15_000;
/** Outcomes listed on the check-in page. */
const FINISHED_KEPT = 20;
/** Answers that say "not now" rather than "no": the item stays queued. */
const RETRY_LATER = [401, 408, 429];

/** A check-in that could not reach the server, kept in localStorage until it does. */
export interface QueuedCheckIn {
  id: string;
  code: string;
  batchId?: string;
  unitKey?: string;
  /** `Date.now()` on this phone at the scan; only the difference to the sending moment is sent, so a wrong phone clock does not matter. */
  scannedAt: number;
  /** On a shared phone each person's items are sent only while that person is signed in. */
  userId: string;
}

/** A queued check-in the server has answered. */
export interface FinishedCheckIn {
  item: QueuedCheckIn;
  finishedAt: number;
  result: CheckInResult | null;
  /** Why the server refused it (null when recorded). */
  message: string | null;
}

export type CheckInOutcome =
  | { kind: 'recorded'; result: CheckInResult }
  | { kind: 'queued'; item: QueuedCheckIn }
  | { kind: 'refused'; message: string; error: unknown };

/**
 * Check-ins that survive a crowded hall's patchy connection: one that cannot reach the server is kept
 * on the phone and sent when the connection returns (the `online` event, the app starting, a retry
 * every 30 s), with how long ago it was scanned. A definite answer (2xx or 4xx) takes it off the queue
 * and is shown; items too old for the server are still sent, so the person learns why they were refused.
 */
@Injectable({ providedIn: 'root' })
export class CheckInQueue {
  private readonly api = inject(MyAttendanceService);
  private readonly auth = inject(AuthService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);

  private readonly items = signal<QueuedCheckIn[]>(readQueue() ?? []);
  private readonly started = signal(false);
  private readonly sending = signal(false);
  /** Whose items were last sent on sign-in. */
  private flushedFor: string | null = null;

  /** As far as the browser knows. */
  readonly online = signal(isOnline());
  /** The signed-in person's check-ins waiting to be sent, oldest first. */
  readonly pending = computed(() => {
    const userId = this.auth.user()?.id;
    return userId ? this.items().filter((item) => item.userId === userId) : [];
  });
  /** Queued check-ins answered during this visit, newest first. */
  readonly finished = signal<FinishedCheckIn[]>([]);
  readonly busy = this.sending.asReadonly();

  constructor() {
    // Signing in sends that person's waiting items (start() has sent those of whoever was signed in then).
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      if (!this.started()) return;
      untracked(() => {
        if (userId === null) this.flushedFor = null;
        else if (userId !== this.flushedFor) {
          this.flushedFor = userId;
          this.flush();
        }
      });
    });
  }

  /** Starts listening for the connection; called when the app boots and when the check-in pages load. Idempotent. */
  start(): void {
    if (untracked(this.started)) return;
    this.started.set(true);
    const online = () => {
      this.online.set(true);
      this.flush();
    };
    const offline = () => this.online.set(false);
    // Another tab of the app may have queued or sent items.
    const storage = (event: StorageEvent) => {
      if (event.key === CHECK_IN_QUEUE_KEY) this.items.set(readQueue() ?? []);
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('storage', storage);
    const retry = setInterval(() => {
      if (this.pending().length > 0) this.flush();
    }, CHECK_IN_RETRY_MS);
    this.destroyRef.onDestroy(() => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('storage', storage);
      clearInterval(retry);
    });
    this.flushedFor = untracked(this.auth.user)?.id ?? null;
    this.flush();
  }

  /** Checks in now, or queues the check-in when the server cannot be reached. Never errors. */
  checkIn(request: CheckInRequest): Observable<CheckInOutcome> {
    const scannedAt = Date.now();
    this.online.set(isOnline());
    if (!isOnline()) return of(this.enqueue(request, scannedAt));
    return this.api.checkIn(request).pipe(
      timeout(CHECK_IN_TIMEOUT_MS),
      map((result): CheckInOutcome => ({ kind: 'recorded', result })),
      catchError((error: unknown) =>
        of<CheckInOutcome>(unreachable(error) ? this.enqueue(request, scannedAt) : { kind: 'refused', message: this.messageOf(error), error }),
      ),
    );
  }

  /** Sends the waiting items one by one, oldest first, until one cannot get through. */
  flush(): void {
    if (untracked(this.sending) || !isOnline()) return;
    const next = untracked(this.pending)[0];
    if (!next) return;
    this.sending.set(true);
    const scannedAgoMs = Math.max(0, Date.now() - next.scannedAt);
    const request: CheckInRequest = { code: next.code, scannedAgoMs };
    if (next.batchId) request.batchId = next.batchId;
    if (next.unitKey) request.unitKey = next.unitKey;
    this.api
      .checkIn(request)
      .pipe(timeout(CHECK_IN_TIMEOUT_MS))
      .subscribe({
        next: (result) => {
          this.settle(next, result, null);
          this.notifier.info('checkIn.queue.sent', { status: this.i18n.t(statusLabel(result.status)), title: result.unit.title });
          this.sendNext();
        },
        error: (error: unknown) => {
          if (!definite(error)) {
            this.sending.set(false);
            if (unreachable(error)) this.online.set(isOnline());
            return;
          }
          // The server's answer to an item this old is a validation error; say what it means.
          const message = scannedAgoMs > OFFLINE_CHECK_IN_MAX_AGE_MS ? this.i18n.t('checkIn.queue.tooOld') : this.messageOf(error);
          this.settle(next, null, message);
          this.notifier.info('checkIn.queue.refused', { message });
          this.sendNext();
        },
      });
  }

  private sendNext(): void {
    this.sending.set(false);
    this.flush();
  }

  private enqueue(request: CheckInRequest, scannedAt: number): CheckInOutcome {
    const userId = this.auth.user()?.id ?? '';
    const code = request.code.replace(/\D/g, '');
    // Pressing "Kirim" twice while offline queues the check-in once.
    const same = this.items().find((item) => item.userId === userId && item.code === code && item.batchId === request.batchId && item.unitKey === request.unitKey);
    if (same) return { kind: 'queued', item: same };
    const item: QueuedCheckIn = { id: newId(scannedAt), code, scannedAt, userId };
    if (request.batchId) item.batchId = request.batchId;
    if (request.unitKey) item.unitKey = request.unitKey;
    this.items.update((items) => [...items, item]);
    writeQueue(this.items());
    return { kind: 'queued', item };
  }

  private settle(item: QueuedCheckIn, result: CheckInResult | null, message: string | null): void {
    this.items.update((items) => items.filter((other) => other.id !== item.id));
    writeQueue(this.items());
    this.finished.update((list) => [{ item, finishedAt: Date.now(), result, message }, ...list].slice(0, FINISHED_KEPT));
  }

  private messageOf(error: unknown): string {
    const body = errorBodyOf(error);
    if (body) return body.message;
    return this.i18n.t(error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'error.unexpected');
  }
}

/** A 4xx that will not change by sending again (expired session, timeouts and throttling will). */
function definite(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500 && !RETRY_LATER.includes(error.status);
}


/** Not `crypto.randomUUID`, which exists only on HTTPS and localhost. */
function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The stored queue; null when storage cannot be read (the in-memory queue then stands). */
function readQueue(): QueuedCheckIn[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(CHECK_IN_QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isQueuedCheckIn) : [];
  } catch {
    return null;
  }
}

function writeQueue(items: readonly QueuedCheckIn[]): void {
  try {
    if (items.length > 0) localStorage.setItem(CHECK_IN_QUEUE_KEY, JSON.stringify(items));
    else localStorage.removeItem(CHECK_IN_QUEUE_KEY);
  } catch {
    // Private mode or a full storage: the queue lasts as long as this visit.
  }
}

function isQueuedCheckIn(value: unknown): value is QueuedCheckIn {
  const item = value as Partial<QueuedCheckIn> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.id === 'string' &&
    typeof item.code === 'string' &&
    typeof item.scannedAt === 'number' &&
    typeof item.userId === 'string'
  );
}
