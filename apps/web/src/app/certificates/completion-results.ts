import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import type { CompletionResult } from '@bimtek/contracts';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { formatScore } from './certificate-format';
import { CertificatesService } from './certificates.service';
import { completionReasonText } from './completion-reasons';
import { OverrideDialog, type OverrideData } from './override-dialog';

export const RESULT_FILTERS = ['all', 'passed', 'failed'] as const;
export type ResultFilter = (typeof RESULT_FILTERS)[number];

/** Each participant's outcome with the reasons, as cards (they fit a phone); the organizer may overrule the rules. */
@Component({
  selector: 'bt-completion-results',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, TranslatePipe],
  templateUrl: './completion-results.html',
  styleUrls: ['../batch-learning/learning-list.scss', './certificate-cards.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletionResults {
  private readonly certificates = inject(CertificatesService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly results = input.required<readonly CompletionResult[]>();
  /** The participant's result after an override was set or cleared. */
  readonly updated = output<CompletionResult>();

  protected readonly filters = RESULT_FILTERS;
  protected readonly filterLabel = (filter: ResultFilter): TranslationKey => `certificates.filter.${filter}`;
  protected readonly filter = signal<ResultFilter>('all');
  protected readonly busy = signal<string | null>(null);
  protected readonly counts = computed<Record<ResultFilter, number>>(() => {
    const passed = this.results().filter((result) => result.passed).length;
    return { all: this.results().length, passed, failed: this.results().length - passed };
  });
  protected readonly cards = computed(() => {
    const filter = this.filter();
    const locale = this.i18n.locale();
    return this.results()
      .filter((result) => filter === 'all' || result.passed === (filter === 'passed'))
      .map((result) => ({
        result,
        attendance: formatScore(result.attendance, locale),
        final: formatScore(result.final, locale),
        reasons: result.reasons.map((reason) => completionReasonText(reason, this.i18n)),
        overriddenAt: result.override ? this.i18n.formatDate(result.override.at, 'dateTime') : '',
      }));
  });

  protected override(result: CompletionResult): void {
    this.dialog
      .open<OverrideDialog, OverrideData, CompletionResult>(OverrideDialog, { data: { batchId: this.batchId(), result }, maxWidth: '100vw', width: '480px' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success('certificates.override.saved', { name: saved.name });
        this.updated.emit(saved);
      });
  }

  protected clearOverride(result: CompletionResult): void {
    this.busy.set(result.userId);
    this.certificates.clearOverride(this.batchId(), result.userId).subscribe({
      next: (saved) => {
        this.busy.set(null);
        this.notifier.success('certificates.override.cleared', { name: saved.name });
        this.updated.emit(saved);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.notifier.error(error);
      },
    });
  }
}
