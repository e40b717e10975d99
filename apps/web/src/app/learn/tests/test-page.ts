import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type AttemptQuestionView, type AttemptView, ErrorCode, TrainingPaths } from '@bimtek/contracts';
import { ConfirmDialog, type ConfirmData } from '../../core/confirm-dialog';
import { Notifier } from '../../core/notifier';
import { errorBodyOf } from '../../core/server-errors';
import { I18n } from '../../i18n/i18n';
import type { TranslationKey } from '../../i18n/id';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService } from '../assess.service';
import { AnswerQueue, type SaveState } from './answer-queue';
import { testKindLabel } from './assess-format';
import { AttemptReview } from './attempt-review';
import { isAnswered } from './given-answer';
import { type AnswerChange, QuestionInput } from './question-input';
import { TIME_WARNINGS_MS, clockOffset, dueWarning, formatRemaining, remainingMs } from './server-clock';

type Phase = 'loading' | 'failed' | 'running' | 'finished';

const SAVE_LABELS: Readonly<Record<SaveState, TranslationKey>> = {
  saved: 'assess.save.saved',
  saving: 'assess.save.saving',
  unsent: 'assess.save.unsent',
};
const SAVE_ICONS: Readonly<Record<SaveState, string>> = { saved: 'cloud_done', saving: 'cloud_sync', unsent: 'cloud_off' };

/**
 * Taking a test on a phone (`…/belajar/tes/:testId`): starts the attempt (or resumes the open one),
 * one question per screen with a navigator, every answer saved as the participant goes (see
 * AnswerQueue), a countdown by the server's clock, and the submission, which also happens by itself
 * when the time is up. `?percobaan=<id>` shows that attempt, so a reload never starts a new one.
 */
@Component({
  selector: 'bt-test-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, AttemptReview, QuestionInput],
  providers: [AnswerQueue],
  template: `
    <section class="page page-narrow">
      <a mat-button class="back" [routerLink]="hubLink()" [queryParams]="{ tab: 'tes' }">
        <mat-icon>arrow_back</mat-icon>
        {{ 'assess.test.back' | t }}
      </a>

      @switch (phase()) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
        @case ('failed') {
          <p class="notice notice-warn" role="alert" data-testid="test-failure">{{ failure() }}</p>
        }
        @case ('running') {
          @if (attempt(); as view) {
            <header class="bar" data-testid="test-bar">
              <div class="bar-title">
                <span class="tag">{{ kindLabel(view.kind) | t }}</span>
                <span class="strong break">{{ view.title }}</span>
              </div>
              <div class="bar-status">
                @if (remaining() !== null) {
                  <span class="timer" role="timer" [class.warn]="warning() !== null" [class.urgent]="warning() === lastWarning" data-testid="countdown">
                    <mat-icon aria-hidden="true">timer</mat-icon>
                    <span class="visually-hidden">{{ 'assess.timer.label' | t }}</span>
                    {{ countdown() }}
                  </span>
                }
                <span class="save" [class.unsent]="queue.state() === 'unsent'" data-testid="save-state">
                  <mat-icon aria-hidden="true">{{ saveIcon() }}</mat-icon>
                  {{ saveLabel() | t }}
                </span>
              </div>
            </header>

            @if (warning(); as w) {
              <p class="notice notice-warn" role="alert" data-testid="time-warning">
                {{ (w === lastWarning ? 'assess.timer.oneMinute' : 'assess.timer.fiveMinutes') | t }}
              </p>
            }
            @if (queue.state() === 'unsent') {
              <p class="notice" role="status" data-testid="unsent-notice">
                <mat-icon aria-hidden="true">cloud_off</mat-icon>
                <span>{{ 'assess.save.unsentHint' | t }}</span>
              </p>
            }

            @if (current(); as q) {
              <article class="question" data-testid="question">
                <p class="muted small">
                  {{ 'assess.test.question' | t: { number: index() + 1, total: view.questions.length } }} ·
                  {{ 'assess.test.points' | t: { points: q.points } }}
                </p>
                <p class="prompt break" [id]="'prompt-' + q.position">{{ q.prompt }}</p>
                <bt-question-input [question]="q" [answer]="queue.answers().get(q.position) ?? null" [disabled]="!canAnswer()" (changed)="answer(q, $event)" />
              </article>
            }

            <div class="steps">
              <button mat-stroked-button type="button" name="previous" [disabled]="index() === 0" (click)="go(index() - 1)">
                <mat-icon>chevron_left</mat-icon>
                {{ 'assess.test.previous' | t }}
              </button>
              @if (index() < view.questions.length - 1) {
                <button mat-flat-button type="button" name="next" (click)="go(index() + 1)">
                  {{ 'assess.test.next' | t }}
                  <mat-icon iconPositionEnd>chevron_right</mat-icon>
                </button>
              }
            </div>

            <nav class="navigator" [attr.aria-label]="'assess.test.navigator' | t">
              <p class="muted small">{{ 'assess.test.answeredCount' | t: { answered: answeredCount(), total: view.questions.length } }}</p>
              <div class="grid" data-testid="navigator">
                @for (q of view.questions; track q.position; let i = $index) {
                  @let done = answeredAt(q);
                  <button
                    type="button"
                    class="cell"
                    [class.answered]="done"
                    [class.current]="i === index()"
                    [attr.aria-current]="i === index() ? 'step' : null"
                    [attr.aria-label]="'assess.test.goTo' | t: { number: i + 1, state: ((done ? 'assess.test.answered' : 'assess.test.unanswered') | t) }"
                    (click)="go(i)"
                  >
                    {{ i + 1 }}
                  </button>
                }
              </div>
            </nav>

            @if (submitProblem(); as problem) {
              <p class="notice notice-warn" role="alert" data-testid="submit-problem">{{ problem }}</p>
            }
            @if (submitting()) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'assess.test.submitting' | t" />
            }
            <button mat-flat-button type="button" class="submit" name="submit" [disabled]="submitting()" (click)="confirmSubmit()">
              <mat-icon>send</mat-icon>
              {{ (submitProblem() ? 'assess.test.retrySubmit' : 'assess.test.submit') | t }}
            </button>
          }
        }
        @case ('finished') {
          @if (attempt(); as view) {
            <h1 class="break">{{ view.title }}</h1>
            @let timeUp = timedOut() || view.closedBy === 'deadline';
            <div class="done" [class.time-up]="timeUp" role="status" data-testid="test-done">
              <mat-icon class="big" aria-hidden="true">{{ timeUp ? 'timer_off' : 'task_alt' }}</mat-icon>
              <p class="status">{{ (timeUp ? 'assess.test.timeUp' : 'assess.test.submitted') | t }}</p>
              @if (timeUp) {
                <p class="small">{{ (view.submittedAt ? 'assess.test.closedByDeadline' : 'assess.test.timeUpHint') | t }}</p>
              }
            </div>
            @if (view.resultsReleased) {
              <bt-attempt-review [attempt]="view" />
            } @else {
              <p class="notice" data-testid="results-pending">{{ 'assess.test.resultsPending' | t }}</p>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    .back {
      margin: -8px 0 8px -12px;
    }
    .bar {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 8px 0;
      margin-bottom: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bar-title,
    .bar-status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .bar-status {
      justify-content: space-between;
    }
    .timer,
    .save {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .timer {
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    .timer.warn {
      color: #b45309;
    }
    .timer.urgent {
      color: var(--mat-sys-error);
    }
    .save {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .save.unsent {
      color: var(--mat-sys-error);
    }
    .notice mat-icon {
      flex: none;
    }
    .question {
      min-height: 40vh;
    }
    .prompt {
      font: var(--mat-sys-body-large);
      white-space: pre-wrap;
    }
    .steps {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      margin: 16px 0;
      button {
        flex: 1;
        height: 48px;
      }
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(44px, 1fr));
      gap: 6px;
    }
    .cell {
      height: 44px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: inherit;
      cursor: pointer;
    }
    .cell.answered {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      border-color: transparent;
    }
    .cell.current {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .submit {
      width: 100%;
      height: 56px;
      margin-top: 24px;
    }
    .done {
      text-align: center;
      padding: 20px 16px;
      margin-bottom: 16px;
      border-radius: 16px;
      background: #e8f5e9;
      color: #1b5e20;
      p {
        margin: 4px 0;
      }
    }
    .done.time-up {
      background: #fff3e0;
      color: #7a3e00;
    }
    .big {
      width: 56px;
      height: 56px;
      font-size: 56px;
    }
    .status {
      font: var(--mat-sys-headline-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestPage {
  private readonly api = inject(AssessService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly queue = inject(AnswerQueue);

  /** From the learning hub's route (resolved, see batchIdParam). */
  readonly batchId = input('');
  readonly testId = input('');
  /** `?percobaan=`: an attempt already started (or submitted). */
  readonly percobaan = input<string>();

  protected readonly kindLabel = testKindLabel;
  protected readonly lastWarning = TIME_WARNINGS_MS[TIME_WARNINGS_MS.length - 1];
  protected readonly phase = signal<Phase>('loading');
  protected readonly attempt = signal<AttemptView | null>(null);
  protected readonly failure = signal('');
  protected readonly index = signal(0);
  protected readonly submitting = signal(false);
  protected readonly submitProblem = signal<string | null>(null);
  /** The server refused an answer as too late, or the countdown ran out: no more answering. */
  protected readonly timedOut = signal(false);
  /** The phone's clock, ticking; the server's is this plus `offset`. */
  private readonly now = signal(Date.now());
  private readonly offset = signal(0);
  private warned: number | null = null;
  private autoSubmitted = false;

  protected readonly hubLink = computed(() => ['/', TrainingPaths.catalog, this.batchId(), TrainingPaths.learn]);
  protected readonly current = computed<AttemptQuestionView | null>(() => this.attempt()?.questions[this.index()] ?? null);
  protected readonly remaining = computed(() => {
    const deadline = this.attempt()?.deadline;
    return deadline && this.phase() === 'running' ? remainingMs(deadline, this.offset(), this.now()) : null;
  });
  protected readonly countdown = computed(() => formatRemaining(this.remaining() ?? 0));
  protected readonly warning = computed(() => {
    const left = this.remaining();
    return left === null ? null : dueWarning(left);
  });
  protected readonly canAnswer = computed(() => this.phase() === 'running' && !this.submitting() && !this.timedOut() && this.remaining() !== 0);
  protected readonly answeredCount = computed(() => (this.attempt()?.questions ?? []).filter((q) => this.answeredAt(q)).length);
  protected readonly saveLabel = computed(() => SAVE_LABELS[this.queue.state()]);
  protected readonly saveIcon = computed(() => SAVE_ICONS[this.queue.state()]);

  constructor() {
    effect(() => {
      const batchId = this.batchId();
      const testId = this.testId();
      if (!batchId || !testId) return;
      // Only the route's ids start a load; `percobaan` changes when this page records the attempt in the URL.
      untracked(() => this.load(batchId, testId, this.percobaan() ?? null));
    });

    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));

    effect(() => {
      const left = this.remaining();
      const warning = this.warning();
      untracked(() => {
        if (left === 0) this.submitAtDeadline();
        else if (warning !== null && warning < (this.warned ?? Infinity)) {
          this.warned = warning;
          this.notifier.info(warning === this.lastWarning ? 'assess.timer.oneMinute' : 'assess.timer.fiveMinutes');
        }
      });
    });

    effect(() => {
      if (this.queue.closed()) untracked(() => this.timeIsUp());
    });
  }

  protected answeredAt(question: AttemptQuestionView): boolean {
    return isAnswered(this.queue.answers().get(question.position));
  }

  protected answer(question: AttemptQuestionView, change: AnswerChange): void {
    if (!this.canAnswer()) return;
    this.queue.change(question.position, change.answer, change.delayMs);
  }

  protected go(index: number): void {
    const total = this.attempt()?.questions.length ?? 0;
    if (index >= 0 && index < total) this.index.set(index);
  }

  protected confirmSubmit(): void {
    const total = this.attempt()?.questions.length ?? 0;
    const unanswered = total - this.answeredCount();
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'assess.test.submitTitle',
          message: unanswered > 0 ? 'assess.test.submitUnanswered' : 'assess.test.submitAll',
          params: { count: unanswered },
          confirm: 'assess.test.submit',
        },
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.submit();
      });
  }

  /** Sends the submission with every answer the server has not confirmed; safe to send again. */
  protected submit(): void {
    const view = this.attempt();
    // A confirmation dialog left open while the countdown submitted by itself must not send again.
    if (!view || this.submitting() || this.phase() !== 'running') return;
    this.submitting.set(true);
    this.submitProblem.set(null);
    this.api.submitAttempt(view.id, this.queue.unconfirmed()).subscribe({
      next: (submitted) => {
        this.submitting.set(false);
        this.queue.finish();
        this.show(submitted);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const body = errorBodyOf(error);
        if (body?.code === ErrorCode.AttemptClosed) {
          this.timeIsUp();
          return;
        }
        // A refusal says why; without an answer (offline, server trouble) the answers wait on the phone.
        const refused = body && error instanceof HttpErrorResponse && error.status < 500;
        this.submitProblem.set(refused ? body.message : this.i18n.t('assess.test.submitFailed'));
      },
    });
  }

  private load(batchId: string, testId: string, attemptId: string | null): void {
    this.phase.set('loading');
    const source = attemptId ? this.api.attempt(attemptId) : this.api.startAttempt(batchId, testId);
    source.subscribe({
      next: (view) => {
        this.show(view);
        if (view.id !== attemptId) {
          void this.router.navigate([], { relativeTo: this.route, queryParams: { percobaan: view.id }, replaceUrl: true });
        }
      },
      error: (error: unknown) => {
        this.failure.set(errorBodyOf(error)?.message ?? this.i18n.t(error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'assess.test.startFailed'));
        this.phase.set('failed');
      },
    });
  }

  private show(view: AttemptView): void {
    this.offset.set(clockOffset(view.serverNow));
    this.now.set(Date.now());
    this.attempt.set(view);
    if (view.submittedAt) {
      this.queue.finish(view.id);
      this.phase.set('finished');
    } else if (this.timedOut()) {
      this.phase.set('finished');
    } else {
      this.queue.start(view);
      this.phase.set('running');
    }
  }

  /** The countdown reached zero: hand in what there is (the server closes the attempt at its deadline anyway). */
  private submitAtDeadline(): void {
    if (this.autoSubmitted || this.phase() !== 'running') return;
    this.autoSubmitted = true;
    this.submit();
  }

  /** The server refuses answers now; show what it holds. */
  private timeIsUp(): void {
    if (this.timedOut()) return;
    this.timedOut.set(true);
    this.queue.stop();
    const view = this.attempt();
    this.phase.set('finished');
    if (!view) return;
    this.api.attempt(view.id).subscribe({ next: (latest) => this.show(latest), error: () => undefined });
  }
}
