import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { MyAssignmentView, MyGradesView, MyTestView } from '@bimtek/contracts';
import { catchError, forkJoin, of, switchMap } from 'rxjs';
import { errorBodyOf } from '../../core/server-errors';
import { I18n } from '../../i18n/i18n';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService } from '../assess.service';
import { percent } from '../tests/assess-format';

interface Detail {
  key: string;
  title: string;
  score: string | null;
}

interface Loaded {
  row: MyGradesView;
  tests: MyTestView[];
  assignments: MyAssignmentView[];
}

/**
 * The participant's own line of the batch's gradebook (a tab of the learning hub): attendance, tests,
 * assignments, the weighted final score and whether they passed; the same numbers the organizers export.
 */
@Component({
  // The learning hub embeds it under this name.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'app-my-grades',
  imports: [MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <div class="list-progress">
      @if (loaded() === null && !failure()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
      }
    </div>
    @if (failure(); as message) {
      <p class="notice notice-warn" role="alert" data-testid="grades-failure">{{ message }}</p>
    }
    @if (loaded(); as data) {
      <div class="final" [class.passed]="data.row.passed" data-testid="grades-final">
        <span class="muted">{{ 'assess.grades.final' | t }}</span>
        <span class="final-value">{{ pct(data.row.final) }}</span>
        <span class="verdict" data-testid="grades-verdict">
          <mat-icon aria-hidden="true">{{ data.row.passed ? 'verified' : 'hourglass_empty' }}</mat-icon>
          {{ (data.row.passed ? 'assess.grades.passed' : 'assess.grades.notPassed') | t }}
        </span>
      </div>

      <dl class="facts parts" data-testid="grades-parts">
        <dt>{{ 'assess.grades.attendance' | t }}</dt>
        <dd data-testid="grades-attendance">{{ pct(data.row.attendance) }}</dd>
        <dt>{{ 'assess.grades.tests' | t }}</dt>
        <dd data-testid="grades-tests">{{ data.row.tests === null ? ('assess.grades.notReleased' | t) : pct(data.row.tests) }}</dd>
        <dt>{{ 'assess.grades.assignments' | t }}</dt>
        <dd data-testid="grades-assignments">{{ data.row.assignments === null ? ('assess.grades.notReleased' | t) : pct(data.row.assignments) }}</dd>
      </dl>

      @if (partial()) {
        <p class="notice" data-testid="grades-partial">{{ 'assess.grades.partial' | t }}</p>
      }
      <p class="muted small" data-testid="grades-weights">
        {{ 'assess.grades.weights' | t: { attendance: data.row.weights.attendance, tests: data.row.weights.tests, assignments: data.row.weights.assignments, passing: data.row.passingScore } }}
      </p>

      @if (details().length > 0) {
        <h3>{{ 'assess.grades.details' | t }}</h3>
        <ul class="outlined-list details">
          @for (detail of details(); track detail.key) {
            <li data-testid="grades-detail">
              <span class="break">{{ detail.title }}</span>
              <span [class.muted]="detail.score === null">{{ detail.score ?? ('assess.grades.notReleased' | t) }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .final {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      padding: 16px;
      margin-bottom: 16px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
    }
    .final.passed {
      background: #e8f5e9;
      color: #1b5e20;
    }
    .final-value {
      font: var(--mat-sys-display-small);
    }
    .verdict {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font-weight: 500;
    }
    .parts {
      margin-bottom: 16px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 8px;
    }
    .details li {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      padding: 10px 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyGrades {
  private readonly api = inject(AssessService);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly loaded = signal<Loaded | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected readonly partial = computed(() => {
    const data = this.loaded();
    return !!data && (data.row.tests === null || data.row.assignments === null || Object.values(data.row.scores).some((score) => score === null));
  });

  /** Each test and assignment with its score; titles come from the participant's own lists. */
  protected readonly details = computed<Detail[]>(() => {
    const data = this.loaded();
    if (!data) return [];
    const titles = new Map<string, string>([
      ...data.tests.map((test): [string, string] => [`test:${test.id}`, test.title]),
      ...data.assignments.map((assignment): [string, string] => [`assignment:${assignment.id}`, assignment.title]),
    ]);
    return Object.entries(data.row.scores).flatMap(([key, score]) => {
      const title = titles.get(key);
      return title ? [{ key, title, score: score === null ? null : this.pct(score) }] : [];
    });
  });

  constructor() {
    toObservable(this.batchId)
      .pipe(
        switchMap((batchId) =>
          forkJoin({
            row: this.api.myGrades(batchId),
            // Only for the titles of the score details; the summary stands without them.
            tests: this.api.myTests(batchId).pipe(catchError(() => of([]))),
            assignments: this.api.myAssignments(batchId).pipe(catchError(() => of([]))),
          }),
        ),
      )
      .subscribe({
        next: (loaded) => this.loaded.set(loaded),
        error: (error: unknown) =>
          this.failure.set(errorBodyOf(error)?.message ?? this.i18n.t(error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'error.unexpected')),
      });
  }

  protected pct(value: number): string {
    return percent(value, this.i18n.locale());
  }
}
