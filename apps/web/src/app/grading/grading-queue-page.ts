import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type GradingQueueItem, TrainingPaths } from '@bimtek/contracts';
import { switchMap, tap } from 'rxjs';
import { formatPoints } from '../batch-learning/learning-format';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { GRADING_STATUSES, type GradingStatus, GradingService } from './grading.service';

/** `penilaian`: the submissions a trainer may grade, ungraded first by default; filters live in the query. */
@Component({
  selector: 'bt-grading-queue-page',
  imports: [RouterLink, MatButtonToggleModule, MatFormFieldModule, MatIconModule, MatProgressBarModule, MatSelectModule, TranslatePipe],
  templateUrl: './grading-queue-page.html',
  styleUrl: './grading-queue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradingQueuePage {
  private readonly grading = inject(GradingService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);

  /** From the query. */
  readonly batch = input<string>();
  readonly status = input<string>();

  protected readonly paths = TrainingPaths;
  protected readonly statuses = GRADING_STATUSES;
  protected readonly statusLabel = (status: GradingStatus): TranslationKey => `grading.status.${status}`;
  protected readonly items = signal<GradingQueueItem[] | null>(null);
  /** Every batch seen in an answer so far, so a filtered list can still switch to another batch. */
  protected readonly batches = signal<{ id: string; label: string }[]>([]);
  protected readonly currentStatus = computed<GradingStatus>(() => {
    const status = this.status();
    return (GRADING_STATUSES as readonly string[]).includes(status ?? '') ? (status as GradingStatus) : 'ungraded';
  });
  protected readonly cards = computed(() => {
    const locale = this.i18n.locale();
    return (this.items() ?? []).map((item) => ({
      ...item,
      submitted: this.i18n.formatDate(item.submittedAt, 'dateTime'),
      points: item.graded ? `${formatPoints(item.points, locale)}/${formatPoints(item.maxPoints, locale)}` : '',
    }));
  });
  private readonly filter = computed(() => ({ batchId: this.batch() ?? null, status: this.currentStatus() }), {
    equal: (a, b) => a.batchId === b.batchId && a.status === b.status,
  });

  constructor() {
    toObservable(this.filter)
      .pipe(
        tap(() => this.items.set(null)),
        switchMap((filter) => this.grading.queue(filter)),
      )
      .subscribe({
        next: (items) => {
          this.items.set(items);
          this.remember(items);
        },
        error: (error: unknown) => {
          this.items.set([]);
          this.notifier.error(error);
        },
      });
  }

  protected filterBy(change: { batch?: string | null; status?: GradingStatus }): void {
    const queryParams = { batch: this.batch() ?? null, status: this.currentStatus(), ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  private remember(items: readonly GradingQueueItem[]): void {
    const known = new Map(this.batches().map((batch) => [batch.id, batch.label]));
    for (const item of items) known.set(item.batchId, item.batchLabel);
    this.batches.set([...known].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label)));
  }
}
