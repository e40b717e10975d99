import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BatchTestView, TimeZone } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AttemptDetail } from './attempt-detail';
import { BatchLearningService } from './batch-learning.service';
import { testKindLabel, venueDateTime } from './learning-format';
import { LearningTab } from './learning-tabs';
import { ReleaseButton, ReleaseState } from './release-controls';
import { PrePostTable } from './pre-post-table';
import { TestResults } from './test-results';
import { TestWindowDialog, type TestWindowData } from './test-window-dialog';

/**
 * The batch's tests: when each is open, how many took it, releasing results; below, the pre/post
 * report. `?test=` shows one test's attempts and `?attempt=` one attempt with its keys.
 */
@Component({
  selector: 'bt-batch-tests',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, ReleaseState, ReleaseButton, AttemptDetail, PrePostTable, TestResults],
  templateUrl: './batch-tests.html',
  styleUrl: './learning-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchTests {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  /** Known to organizers only; needed to schedule in the batch's local time. */
  readonly timeZone = input<TimeZone | null>(null);
  readonly canSchedule = input(false);
  readonly testId = input<string | undefined>();
  readonly attemptId = input<string | undefined>();

  protected readonly tabs = LearningTab;
  protected readonly kindLabel = testKindLabel;
  protected readonly tests = signal<BatchTestView[] | null>(null);
  protected readonly selected = computed(() => this.tests()?.find((test) => test.id === this.testId()) ?? null);
  protected readonly cards = computed(() =>
    (this.tests() ?? []).map((test) => ({
      test,
      opens: venueDateTime(test.opensAt, this.timeZone(), this.i18n),
      closes: venueDateTime(test.closesAt, this.timeZone(), this.i18n),
      released: venueDateTime(test.resultsReleasedAt, this.timeZone(), this.i18n),
      release: (release: boolean) => this.learning.releaseTest(this.batchId(), test.id, release),
    })),
  );

  constructor() {
    toObservable(this.batchId)
      .pipe(switchMap((id) => this.learning.tests(id)))
      .subscribe({ next: (tests) => this.tests.set(tests), error: (error: unknown) => this.notifier.error(error) });
  }

  protected editWindow(test: BatchTestView): void {
    const timeZone = this.timeZone();
    if (!timeZone) return;
    this.dialog
      .open<TestWindowDialog, TestWindowData, BatchTestView>(TestWindowDialog, { data: { batchId: this.batchId(), test, timeZone }, maxWidth: '100vw', width: '480px' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.replace(saved);
        this.notifier.success('batchLearning.window.saved');
      });
  }

  protected replace(saved: BatchTestView): void {
    this.tests.update((tests) => tests?.map((test) => (test.id === saved.id ? saved : test)) ?? null);
  }
}
