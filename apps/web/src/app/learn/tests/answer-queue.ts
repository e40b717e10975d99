import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type AttemptView, ErrorCode, type GivenAnswer } from '@bimtek/contracts';
import { type Subscription, TimeoutError, timeout } from 'rxjs';
import { Notifier } from '../../core/notifier';
import { errorBodyOf } from '../../core/server-errors';
import { I18n } from '../../i18n/i18n';
import { AssessService } from '../assess.service';

/** localStorage key prefix; the attempt id follows, so a reload (or a crash) does not lose answers. */
export const ANSWERS_KEY_PREFIX = 'bimtek.attemptAnswers.';
/** While answers wait, sending is retried this often (phones do not always fire `online`). */
export const ANSWER_RETRY_MS = 30_000;
/** A request hanging on a bad connection counts as not sent after this long. */
export const ANSWER_TIMEOUT_MS = 15_000;
/** Typing is saved once the participant pauses this long. */
export const TEXT_SAVE_DELAY_MS = 800;

/** Saved: the server has every answer. Saving: on its way. Unsent: the connection failed; kept and retried. */
export type SaveState = 'saved' | 'saving' | 'unsent';

/** Per position: waiting to be sent (typing or behind an earlier request), on its way, or failed to get through. */
type Pending = 'waiting' | 'sending' | 'unsent';

export interface AnswerAt {
  position: number;
  answer: GivenAnswer;
}

/** Statuses after which a resend may succeed (besides no answer at all): session refresh, timeouts, throttling, server trouble. */
const RETRY_LATER = [401, 408, 429];

/**
 * The answers of one attempt, each saved to the server as the participant goes. A change is sent at
 * once (text after a pause); an answer that cannot get through stays on the phone (memory and
 * localStorage) and is sent again when the connection returns. The server refusing an answer with
 * 409 ATTEMPT_CLOSED means the time is up: `closed` turns true and nothing more is sent.
 * Provided per test page.
 */
@Injectable()
export class AnswerQueue {
  private readonly api = inject(AssessService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  private attemptId: string | null = null;
  /** Question number shown to the participant, by position. */
  private numbers = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Map<number, Subscription>();
  /** Bumped on every change, so a late response cannot confirm an answer changed since it was sent. */
  private readonly versions = new Map<number, number>();
  private stopped = false;

  private readonly answerMap = signal<ReadonlyMap<number, GivenAnswer>>(new Map());
  private readonly pending = signal<ReadonlyMap<number, Pending>>(new Map());

  /** The latest answer per position, saved or not. */
  readonly answers = this.answerMap.asReadonly();
  /** The server answered 409 ATTEMPT_CLOSED: the deadline has passed or the attempt was submitted elsewhere. */
  readonly closed = signal(false);
  readonly state = computed<SaveState>(() => {
    const statuses = [...this.pending().values()];
    if (statuses.includes('unsent')) return 'unsent';
    return statuses.length > 0 ? 'saving' : 'saved';
  });

  constructor() {
    const online = () => this.retry();
    window.addEventListener('online', online);
    const retry = setInterval(() => this.retry(), ANSWER_RETRY_MS);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', online);
      clearInterval(retry);
      this.stop();
    });
  }

  /** Takes over an open attempt: the server's answers, overlaid with any this phone kept but did not get through, which are sent now. */
  start(attempt: AttemptView): void {
    this.attemptId = attempt.id;
    this.stopped = false;
    this.closed.set(false);
    this.numbers = new Map(attempt.questions.map((question, index) => [question.position, index + 1]));
    const answers = new Map<number, GivenAnswer>();
    for (const question of attempt.questions) if (question.answer) answers.set(question.position, question.answer);
    const kept = readStored(attempt.id);
    const known = new Set(this.numbers.keys());
    const unsent = new Map<number, Pending>();
    for (const [position, answer] of kept) {
      if (!known.has(position)) continue;
      answers.set(position, answer);
      unsent.set(position, 'unsent');
    }
    this.answerMap.set(answers);
    this.pending.set(unsent);
    this.retry();
  }

  /** Records a change and saves it, after `delayMs` of quiet for typing. */
  change(position: number, answer: GivenAnswer, delayMs = 0): void {
    if (this.stopped) return;
    this.answerMap.update((answers) => new Map(answers).set(position, answer));
    this.versions.set(position, (this.versions.get(position) ?? 0) + 1);
    this.setPending(position, 'waiting');
    this.store();
    clearTimeout(this.timers.get(position));
    this.timers.delete(position);
    if (delayMs > 0) {
      this.timers.set(
        position,
        setTimeout(() => {
          this.timers.delete(position);
          this.send(position);
        }, delayMs),
      );
    } else {
      this.send(position);
    }
  }

  /** Every answer the server has not confirmed (to go with the submission). */
  unconfirmed(): AnswerAt[] {
    const answers = this.answerMap();
    return [...this.pending().keys()]
      .sort((a, b) => a - b)
      .flatMap((position) => {
        const answer = answers.get(position);
        return answer ? [{ position, answer }] : [];
      });
  }

  /** Sends every answer that failed to get through. */
  retry(): void {
    if (this.stopped || !this.attemptId || !isOnline()) return;
    for (const [position, status] of this.pending()) if (status === 'unsent') this.send(position);
  }

  /** Stops sending (the attempt is over); what the phone kept stays until `finish`. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** The attempt was submitted (with every unconfirmed answer) or closed: nothing is left to keep. */
  finish(attemptId: string | null = this.attemptId): void {
    this.stop();
    for (const request of this.inFlight.values()) request.unsubscribe();
    this.inFlight.clear();
    this.pending.set(new Map());
    if (attemptId) removeStored(attemptId);
  }

  private send(position: number): void {
    const attemptId = this.attemptId;
    const answer = this.answerMap().get(position);
    if (this.stopped || !attemptId || !answer) return;
    // One request per question at a time; a change made meanwhile follows when it returns.
    if (this.inFlight.has(position) || this.timers.has(position)) return;
    if (!isOnline()) {
      this.setPending(position, 'unsent');
      return;
    }
    const version = this.versions.get(position) ?? 0;
    this.setPending(position, 'sending');
    const request = this.api
      .saveAnswer(attemptId, position, answer)
      .pipe(timeout(ANSWER_TIMEOUT_MS))
      .subscribe({
        next: () => this.settled(position, version, null),
        error: (error: unknown) => this.settled(position, version, error),
      });
    if (!request.closed) this.inFlight.set(position, request);
  }

  private settled(position: number, version: number, error: unknown): void {
    this.inFlight.delete(position);
    if (this.stopped) return;
    const changedSince = (this.versions.get(position) ?? 0) !== version;
    if (error === null) {
      if (changedSince) this.sendLatest(position);
      else this.confirmed(position);
      return;
    }
    if (errorBodyOf(error)?.code === ErrorCode.AttemptClosed) {
      this.setPending(position, 'unsent');
      this.closed.set(true);
      this.stop();
      return;
    }
    if (retryLater(error)) {
      this.setPending(position, 'unsent');
      return;
    }
    // A refusal that sending again would not change (e.g. an option that is not in the question).
    this.notifier.info('assess.save.refused', {
      number: this.numbers.get(position) ?? position,
      message: errorBodyOf(error)?.message ?? this.i18n.t('error.unexpected'),
    });
    if (changedSince) this.sendLatest(position);
    else this.confirmed(position);
  }

  private sendLatest(position: number): void {
    if (this.timers.has(position)) this.setPending(position, 'waiting');
    else this.send(position);
  }

  private confirmed(position: number): void {
    this.pending.update((pending) => {
      const next = new Map(pending);
      next.delete(position);
      return next;
    });
    this.store();
  }

  private setPending(position: number, status: Pending): void {
    this.pending.update((pending) => new Map(pending).set(position, status));
  }

  /** Keeps the unconfirmed answers on the phone. */
  private store(): void {
    if (!this.attemptId) return;
    const answers = this.unconfirmed();
    if (answers.length === 0) removeStored(this.attemptId);
    else writeStored(this.attemptId, answers);
  }
}

function retryLater(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status >= 500 || RETRY_LATER.includes(error.status);
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function readStored(attemptId: string): Map<number, GivenAnswer> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(ANSWERS_KEY_PREFIX + attemptId) ?? '[]');
    if (!Array.isArray(parsed)) return new Map();
    return new Map(parsed.filter(isAnswerAt).map((item) => [item.position, item.answer]));
  } catch {
    return new Map();
  }
}

function writeStored(attemptId: string, answers: readonly AnswerAt[]): void {
  try {
    localStorage.setItem(ANSWERS_KEY_PREFIX + attemptId, JSON.stringify(answers));
  } catch {
    // Private mode or a full storage: the answers last as long as the page.
  }
}

function removeStored(attemptId: string): void {
  try {
    localStorage.removeItem(ANSWERS_KEY_PREFIX + attemptId);
  } catch {
    // As above.
  }
}

function isAnswerAt(value: unknown): value is AnswerAt {
  const item = value as Partial<AnswerAt> | null;
  return typeof item === 'object' && item !== null && typeof item.position === 'number' && typeof item.answer === 'object' && item.answer !== null;
}
