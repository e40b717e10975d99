import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type GradebookColumn, type GradebookView, TrainingPaths } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { batchContext } from './batch-context';
import { BatchLearningService } from './batch-learning.service';
import { formatPercent } from './learning-format';

const COLUMN_KIND_LABELS: Readonly<Record<GradebookColumn['kind'], TranslationKey>> = {
  attendance: 'batchLearning.gradebook.attendance',
  test: 'batchLearning.gradebook.test',
  assignment: 'batchLearning.gradebook.assignment',
};

/** `angkatan/:id/nilai`: attendance, each released test and assignment, the weighted final score, and the XLSX. */
@Component({
  selector: 'bt-gradebook-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './gradebook-page.html',
  styleUrl: './learning-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradebookPage {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly attachments = inject(AttachmentSaver);
  private readonly i18n = inject(I18n);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly kindLabel = (kind: GradebookColumn['kind']) => COLUMN_KIND_LABELS[kind];
  protected readonly batch = batchContext(this.id);
  protected readonly gradebook = signal<GradebookView | null>(null);
  protected readonly downloading = signal(false);
  protected readonly rows = computed(() => {
    const book = this.gradebook();
    if (!book) return [];
    const locale = this.i18n.locale();
    return book.rows.map((row) => ({
      ...row,
      cells: book.columns.map((column) => formatPercent(row.scores[column.key], locale)),
      testsText: formatPercent(row.tests, locale),
      assignmentsText: formatPercent(row.assignments, locale),
      finalText: formatPercent(row.final, locale),
    }));
  });

  constructor() {
    toObservable(this.id)
      .pipe(switchMap((id) => this.learning.gradebook(id)))
      .subscribe({ next: (book) => this.gradebook.set(book), error: (error: unknown) => this.notifier.error(error) });
  }

  protected download(): void {
    this.attachments.save(this.learning.gradebookXlsx(this.id()), 'nilai.xlsx', this.downloading);
  }
}
