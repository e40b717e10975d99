import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { AttemptSummaryView, AttemptView } from '@bimtek/contracts';
import { switchMap, tap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { type Line, questionKindLabel, questionLines } from './attempt-questions';
import { BatchLearningService } from './batch-learning.service';
import { EssayGradeField } from './essay-grade-field';
import { formatPercent, formatPoints } from './learning-format';
import { LearningTab } from './learning-tabs';

/** One attempt as graders see it: every answer beside its key, and a points field for each essay. */
@Component({
  selector: 'bt-attempt-detail',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe, EssayGradeField],
  templateUrl: './attempt-detail.html',
  styleUrls: ['./learning-list.scss', './attempt-detail.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttemptDetail {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly attemptId = input.required<string>();

  protected readonly tabs = LearningTab;
  protected readonly kindLabel = questionKindLabel;
  protected readonly attempt = signal<AttemptView | null>(null);
  /** From the test's list: the attempt itself does not carry the participant's name. */
  protected readonly summary = signal<AttemptSummaryView | null>(null);
  protected readonly questions = computed(() => {
    const text = (line: Line | null) => (line === null ? null : line.key ? this.i18n.t(line.key) : line.text);
    return (this.attempt()?.questions ?? []).map((question) => {
      const lines = questionLines(question);
      return { ...lines, answerText: text(lines.answer), keyText: text(lines.key) };
    });
  });
  protected readonly score = computed(() => {
    const score = this.attempt()?.score;
    const locale = this.i18n.locale();
    return score ? `${formatPoints(score.earned, locale)}/${formatPoints(score.available, locale)} · ${formatPercent(score.percent, locale)}` : null;
  });
  protected readonly points = (value: number | null | undefined) => formatPoints(value, this.i18n.locale());

  constructor() {
    toObservable(computed(() => ({ batchId: this.batchId(), attemptId: this.attemptId() })))
      .pipe(
        tap(() => this.attempt.set(null)),
        switchMap(({ batchId, attemptId }) => this.learning.attempt(batchId, attemptId)),
        tap((attempt) => this.attempt.set(attempt)),
        switchMap((attempt) => this.learning.attempts(attempt.batchId, attempt.testId)),
      )
      .subscribe({
        next: (attempts) => this.summary.set(attempts.find((attempt) => attempt.id === this.attemptId()) ?? null),
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  protected graded(attempt: AttemptView): void {
    this.attempt.set(attempt);
  }
}
