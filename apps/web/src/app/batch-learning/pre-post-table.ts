import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import type { PrePostReport } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchLearningService } from './batch-learning.service';
import { formatGain, formatPercent } from './learning-format';

/** Each participant's pre-test and post-test score (best attempt), the gain, and the batch's averages. */
@Component({
  selector: 'bt-pre-post-table',
  imports: [TranslatePipe],
  template: `
    <h2 class="heading">{{ 'batchLearning.prePost.title' | t }}</h2>
    @if (report(); as r) {
      @if (!r.preTestId && !r.postTestId) {
        <p class="muted">{{ 'batchLearning.prePost.noTests' | t }}</p>
      } @else if (r.rows.length === 0) {
        <p class="muted">{{ 'batchLearning.noPeople' | t }}</p>
      } @else {
        <div class="grid-scroll" data-testid="pre-post">
          <table class="grid">
            <thead>
              <tr>
                <th scope="col" class="name-col">{{ 'batchLearning.person' | t }}</th>
                <th scope="col">{{ 'batchLearning.prePost.pre' | t }}</th>
                <th scope="col">{{ 'batchLearning.prePost.post' | t }}</th>
                <th scope="col">{{ 'batchLearning.prePost.gain' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.userId) {
                <tr [attr.data-user]="row.userId">
                  <th scope="row" class="name-col">
                    <span class="strong">{{ row.name }}</span>
                    @if (row.nip) {
                      <span class="muted small">{{ row.nip }}</span>
                    }
                  </th>
                  <td>{{ row.pre }}</td>
                  <td>{{ row.post }}</td>
                  <td class="total-col">{{ row.gain }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr data-testid="pre-post-average">
                <th scope="row" class="name-col">{{ 'batchLearning.average' | t }}</th>
                <td>{{ averages().pre }}</td>
                <td>{{ averages().post }}</td>
                <td class="total-col">{{ averages().gain }}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p class="muted small">{{ 'batchLearning.prePost.hint' | t }}</p>
      }
    }
  `,
  styleUrl: './learning-grid.scss',
  styles: `
    .heading {
      margin: 24px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrePostTable {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly report = signal<PrePostReport | null>(null);
  protected readonly rows = computed(() => {
    const locale = this.i18n.locale();
    return (this.report()?.rows ?? []).map((row) => ({
      ...row,
      pre: formatPercent(row.pre, locale),
      post: formatPercent(row.post, locale),
      gain: formatGain(row.gain, locale),
    }));
  });
  protected readonly averages = computed(() => {
    const report = this.report();
    const locale = this.i18n.locale();
    return {
      pre: formatPercent(report?.averagePre, locale),
      post: formatPercent(report?.averagePost, locale),
      gain: formatGain(report?.averageGain, locale),
    };
  });

  constructor() {
    toObservable(this.batchId)
      .pipe(switchMap((id) => this.learning.prePost(id)))
      .subscribe({ next: (report) => this.report.set(report), error: (error: unknown) => this.notifier.error(error) });
  }
}
