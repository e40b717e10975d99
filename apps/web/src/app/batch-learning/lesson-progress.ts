import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LessonProgressView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchLearningService } from './batch-learning.service';
import { formatPercent } from './learning-format';

/** People × lessons: who finished which lesson, each person's share and the batch's average. */
@Component({
  selector: 'bt-lesson-progress',
  imports: [MatIconModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './lesson-progress.html',
  styleUrl: './learning-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonProgress {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly progress = signal<LessonProgressView | null>(null);
  protected readonly average = computed(() => formatPercent(this.progress()?.averagePercent, this.i18n.locale()));
  /** How many finished each lesson, under its column. */
  protected readonly lessonCounts = computed(() => {
    const progress = this.progress();
    if (!progress) return [];
    return progress.lessons.map((lesson) => progress.people.filter((person) => person.completedLessonIds.includes(lesson.id)).length);
  });
  protected readonly rows = computed(() => {
    const progress = this.progress();
    if (!progress) return [];
    const locale = this.i18n.locale();
    return progress.people.map((person) => {
      const done = new Set(person.completedLessonIds);
      return { ...person, cells: progress.lessons.map((lesson) => done.has(lesson.id)), percentText: formatPercent(person.percent, locale) };
    });
  });

  constructor() {
    toObservable(this.batchId)
      .pipe(switchMap((id) => this.learning.lessonProgress(id)))
      .subscribe({ next: (progress) => this.progress.set(progress), error: (error: unknown) => this.notifier.error(error) });
  }
}
