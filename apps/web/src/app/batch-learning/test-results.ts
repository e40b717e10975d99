import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { AttemptSummaryView, BatchTestView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchLearningService } from './batch-learning.service';
import { formatPercent, formatPoints, testKindLabel } from './learning-format';
import { LearningTab } from './learning-tabs';

/** One test's attempts in the batch: who took it, their score, and essays still to grade. */
@Component({
  selector: 'bt-test-results',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <a mat-button class="back" [routerLink]="[]" [queryParams]="{ tab: tabs.tests }">
      <mat-icon>arrow_back</mat-icon>
      {{ 'batchLearning.tests.backToList' | t }}
    </a>
    <div class="sub-head">
      <h2 class="break">{{ test().title }}</h2>
      <span class="tag">{{ kindLabel(test().kind) | t }}</span>
    </div>
    @if (!test().resultsReleasedAt) {
      <p class="muted small">{{ 'batchLearning.tests.notReleasedHint' | t }}</p>
    }
    @if (rows(); as list) {
      <ul class="outlined-list" data-testid="attempt-list">
        @for (a of list; track a.id) {
          <li>
            <a class="row-link" [routerLink]="[]" [queryParams]="{ tab: tabs.tests, test: test().id, attempt: a.id }" [attr.data-attempt]="a.id">
              <span class="row-main">
                <span class="strong break">{{ a.name }}</span>
                <span class="muted small">
                  {{ 'batchLearning.tests.attemptNumber' | t: { number: a.number } }} ·
                  @if (a.submittedAt) {
                    {{ (a.closedBy === 'deadline' ? 'batchLearning.tests.closedAtDeadline' : 'batchLearning.tests.submittedAt') | t: { at: a.submitted } }}
                  } @else {
                    {{ 'batchLearning.tests.inProgress' | t }}
                  }
                </span>
              </span>
              @if (a.essaysToGrade > 0) {
                <span class="tag tag-warn">{{ 'batchLearning.tests.essaysToGrade' | t: { count: a.essaysToGrade } }}</span>
              }
              <span class="row-score">{{ a.score }}</span>
              <mat-icon aria-hidden="true">chevron_right</mat-icon>
            </a>
          </li>
        } @empty {
          <p class="empty">{{ 'batchLearning.tests.noAttempts' | t }}</p>
        }
      </ul>
    } @else {
      <div class="list-progress"><mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" /></div>
    }
  `,
  styleUrl: './learning-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestResults {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly test = input.required<BatchTestView>();

  protected readonly tabs = LearningTab;
  protected readonly kindLabel = testKindLabel;
  private readonly attempts = signal<AttemptSummaryView[] | null>(null);
  protected readonly rows = computed(() => {
    const attempts = this.attempts();
    if (!attempts) return null;
    const locale = this.i18n.locale();
    return attempts.map((attempt) => ({
      ...attempt,
      submitted: this.i18n.formatDate(attempt.submittedAt, 'dateTime'),
      score: attempt.percent === null ? '–' : `${formatPoints(attempt.earned, locale)}/${formatPoints(attempt.available, locale)} · ${formatPercent(attempt.percent, locale)}`,
    }));
  });

  constructor() {
    // Releasing results hands down a new test object; only another test means other attempts.
    const key = computed(() => ({ batchId: this.batchId(), testId: this.test().id }), { equal: (a, b) => a.batchId === b.batchId && a.testId === b.testId });
    toObservable(key)
      .pipe(switchMap(({ batchId, testId }) => this.learning.attempts(batchId, testId)))
      .subscribe({ next: (attempts) => this.attempts.set(attempts), error: (error: unknown) => this.notifier.error(error) });
  }
}
