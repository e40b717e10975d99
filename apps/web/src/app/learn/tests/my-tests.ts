import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { type MyTestView, TrainingPaths } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../../core/confirm-dialog';
import { Notifier } from '../../core/notifier';
import { I18n } from '../../i18n/i18n';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService, type BatchContext } from '../assess.service';
import { batchTime, percent, testKindLabel, testStateLabel } from './assess-format';

interface TestRow {
  test: MyTestView;
  module: string | null;
  opens: string | null;
  closes: string | null;
  bestScore: string | null;
  canStart: boolean;
  /** Submitted attempts whose results can be looked at. */
  results: { id: string; number: number }[];
}

/** The participant's tests in a batch (a tab of the learning hub): window, attempts, best score, start or continue. */
@Component({
  // The learning hub embeds it under this name.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'app-my-tests',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <div class="list-progress">
      @if (tests() === null) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
      }
    </div>
    <ul class="card-list">
      @for (row of rows(); track row.test.id) {
        <li class="test" data-testid="my-test">
          <div class="head">
            <span class="tag kind-{{ row.test.kind }}">{{ kindLabel(row.test.kind) | t }}</span>
            <span class="tag state" [class.tag-warn]="row.test.state === 'inProgress'" data-testid="test-state">{{ stateLabel(row.test.state) | t }}</span>
          </div>
          <h3 class="break">{{ row.test.title }}</h3>
          @if (row.module) {
            <p class="muted small break">{{ row.module }}</p>
          }
          <p class="small" data-testid="test-facts">
            {{ 'assess.tests.questions' | t: { count: row.test.questionCount } }} ·
            @if (row.test.timeLimitMinutes) {
              {{ 'assess.tests.timeLimit' | t: { minutes: row.test.timeLimitMinutes } }}
            } @else {
              {{ 'assess.tests.noTimeLimit' | t }}
            }
            · {{ 'assess.tests.attempts' | t: { used: row.test.attemptsUsed, max: row.test.maxAttempts } }}
          </p>
          @if (row.opens) {
            <p class="small" data-testid="test-opens">{{ 'assess.tests.opens' | t: { time: row.opens } }}</p>
          }
          @if (row.closes) {
            <p class="small" data-testid="test-closes">{{ 'assess.tests.closes' | t: { time: row.closes } }}</p>
          }
          @if (row.bestScore) {
            <p class="strong" data-testid="test-best">{{ 'assess.tests.bestScore' | t: { score: row.bestScore } }}</p>
          } @else if (row.test.attemptsUsed > 0 && !row.test.resultsReleased) {
            <p class="muted small">{{ 'assess.tests.resultsPending' | t }}</p>
          }
          <div class="actions">
            @for (result of row.results; track result.id) {
              <a mat-button [routerLink]="testLink(row.test)" [queryParams]="{ percobaan: result.id }">
                {{ 'assess.tests.viewAttempt' | t: { number: result.number } }}
              </a>
            }
            @if (row.test.openAttemptId; as attemptId) {
              <a mat-flat-button name="continue" [routerLink]="testLink(row.test)" [queryParams]="{ percobaan: attemptId }">
                <mat-icon>play_arrow</mat-icon>
                {{ 'assess.tests.continue' | t }}
              </a>
            } @else if (row.canStart) {
              <button mat-flat-button type="button" name="start" (click)="start(row.test)">
                <mat-icon>play_arrow</mat-icon>
                {{ 'assess.tests.start' | t }}
              </button>
            }
          </div>
        </li>
      } @empty {
        @if (tests() !== null) {
          <li class="muted">{{ 'assess.tests.empty' | t }}</li>
        }
      }
    </ul>
  `,
  styles: `
    .test {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 4px 0;
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .kind-pre,
    .kind-post {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 8px;
    }
    .actions [mat-flat-button] {
      min-height: 44px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyTests {
  private readonly api = inject(AssessService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly kindLabel = testKindLabel;
  protected readonly stateLabel = testStateLabel;
  protected readonly tests = signal<MyTestView[] | null>(null);
  private readonly context = signal<BatchContext>({ timeZone: null, moduleTitles: new Map() });

  protected readonly rows = computed<TestRow[]>(() => {
    const { timeZone, moduleTitles } = this.context();
    const locale = this.i18n.locale();
    return (this.tests() ?? []).map((test) => ({
      test,
      module: test.moduleId ? (moduleTitles.get(test.moduleId) ?? null) : null,
      opens: test.opensAt ? batchTime(this.i18n, test.opensAt, timeZone) : null,
      closes: test.closesAt ? batchTime(this.i18n, test.closesAt, timeZone) : null,
      bestScore: test.resultsReleased && test.bestScore !== null ? percent(test.bestScore, locale) : null,
      canStart: test.state === 'open' && test.attemptsUsed < test.maxAttempts,
      results: test.resultsReleased ? test.attempts.filter((attempt) => attempt.submittedAt !== null) : [],
    }));
  });

  constructor() {
    const batchId = toObservable(this.batchId);
    batchId.pipe(switchMap((id) => this.api.myTests(id))).subscribe({
      next: (tests) => this.tests.set(tests),
      error: (error: unknown) => {
        this.tests.set([]);
        this.notifier.error(error);
      },
    });
    batchId.pipe(switchMap((id) => this.api.batchContext(id))).subscribe((context) => this.context.set(context));
  }

  protected testLink(test: MyTestView): string[] {
    return ['/', TrainingPaths.catalog, this.batchId(), TrainingPaths.learn, TrainingPaths.test, test.id];
  }

  /** Starting uses one of the attempts and, with a time limit, starts the clock: confirm first. */
  protected start(test: MyTestView): void {
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'assess.tests.startTitle',
          message: test.timeLimitMinutes ? 'assess.tests.startLimited' : 'assess.tests.startUnlimited',
          params: { title: test.title, minutes: test.timeLimitMinutes ?? 0, left: test.maxAttempts - test.attemptsUsed, max: test.maxAttempts },
          confirm: 'assess.tests.start',
        },
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) void this.router.navigate(this.testLink(test));
      });
  }
}
