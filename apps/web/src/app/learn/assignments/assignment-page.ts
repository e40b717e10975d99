import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type MyAssignmentView, type SubmissionView, TrainingPaths } from '@bimtek/contracts';
import { combineLatest, filter, switchMap } from 'rxjs';
import { Notifier } from '../../core/notifier';
import { errorBodyOf } from '../../core/server-errors';
import { I18n } from '../../i18n/i18n';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService, type BatchContext } from '../assess.service';
import { renderLessonMarkdown } from '../../core/lesson-markdown';
import { batchTime, percent } from '../tests/assess-format';
import { assignmentStatus, assignmentStatusLabel } from './assignment-status';
import { HandInForm } from './hand-in-form';
import { RubricTable } from './rubric-table';
import { SubmittedFiles } from './submitted-files';

/**
 * One assignment (`…/belajar/tugas/:assignmentId`): the instructions, the rubric, the participant's
 * hand-in and, once released, the grade with the chosen rubric levels.
 */
@Component({
  selector: 'bt-assignment-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, HandInForm, RubricTable, SubmittedFiles],
  template: `
    <section class="page page-medium">
      <a mat-button class="back" [routerLink]="hubLink()" [queryParams]="{ tab: 'tugas' }">
        <mat-icon>arrow_back</mat-icon>
        {{ 'assess.test.back' | t }}
      </a>
      <div class="list-progress">
        @if (view() === null && !failure()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>
      @if (failure(); as message) {
        <p class="notice notice-warn" role="alert" data-testid="assignment-failure">{{ message }}</p>
      }

      @if (view(); as a) {
        <header class="page-header">
          <div>
            <h1 class="break">{{ a.title }}</h1>
            @if (module(); as title) {
              <p class="muted break">{{ title }}</p>
            }
            <p data-testid="assignment-due">
              @if (due(); as time) {
                {{ 'assess.assignments.due' | t: { time } }}
              } @else {
                {{ 'assess.assignments.noDue' | t }}
              }
            </p>
          </div>
          <span class="tag" [class.tag-warn]="status() === 'late'" data-testid="assignment-status">{{ statusLabel(status()) | t }}</span>
        </header>

        @if (a.closedReason; as reason) {
          <p class="notice" data-testid="closed-reason">{{ (reason === 'graded' ? 'assess.assignment.closed.graded' : 'assess.assignment.closed.pastDue') | t }}</p>
        } @else if (pastDue()) {
          <p class="notice notice-warn" data-testid="past-due">{{ 'assess.assignment.pastDueOpen' | t }}</p>
        }

        @if (a.submission?.grade; as grade) {
          <section class="grade" data-testid="grade">
            <h2>{{ 'assess.assignment.grade' | t }}</h2>
            <p class="grade-points">{{ 'assess.assignment.gradePoints' | t: { points: grade.points, max: grade.maxPoints, percent: percentOf(grade.percent) } }}</p>
            @if (grade.comment) {
              <p class="strong">{{ 'assess.assignment.comment' | t }}</p>
              <p class="comment break" data-testid="grade-comment">{{ grade.comment }}</p>
            }
            <p class="muted small">{{ 'assess.assignment.gradedBy' | t: { name: grade.gradedBy.name, time: timeOf(grade.gradedAt) } }}</p>
          </section>
        } @else if (a.submission && !a.gradesReleased) {
          <p class="notice" data-testid="grade-pending">{{ 'assess.assignment.gradePending' | t }}</p>
        }

        <section>
          <h2>{{ 'assess.assignment.instructions' | t }}</h2>
          <div class="instructions" data-testid="instructions" [innerHTML]="instructions()"></div>
        </section>

        @if (a.rubric.length > 0) {
          <section>
            <h2>{{ 'assess.assignment.rubric' | t }}</h2>
            <p class="muted small">{{ 'assess.assignment.maxPoints' | t: { points: a.maxPoints } }}</p>
            <bt-rubric-table [rubric]="a.rubric" [chosenLevels]="a.submission?.grade?.levels ?? null" />
          </section>
        }

        <section>
          <h2>{{ (a.canSubmit ? 'assess.assignment.handInTitle' : 'assess.assignment.yourWork') | t }}</h2>
          @if (a.submission; as submission) {
            <p class="small" data-testid="submitted-at">
              {{ 'assess.assignment.submittedAt' | t: { time: timeOf(submission.submittedAt), version: submission.version } }}
            </p>
            @if (submission.late) {
              <p class="tag tag-warn" data-testid="late-flag">{{ 'assess.assignment.lateFlag' | t }}</p>
            }
          }
          @if (a.canSubmit) {
            <bt-hand-in-form [batchId]="batchId()" [assignment]="a" (handedIn)="handedIn(a, $event)" />
          } @else if (a.submission; as submission) {
            <bt-submitted-files [files]="submission.files" />
            @if (submission.text) {
              <p class="submitted-text break" data-testid="submitted-text">{{ submission.text }}</p>
            }
          }
        </section>
      }
    </section>
  `,
  styles: `
    .back {
      margin: -8px 0 8px -12px;
    }
    section > h2 {
      margin: 24px 0 8px;
    }
    .grade {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      h2 {
        margin: 0;
      }
      .muted {
        color: inherit;
        opacity: 0.8;
      }
    }
    .grade-points {
      font: var(--mat-sys-title-large);
      margin: 4px 0;
    }
    .comment,
    .submitted-text {
      white-space: pre-wrap;
    }
    .instructions {
      overflow-wrap: anywhere;
    }
    .instructions :is(img) {
      max-width: 100%;
      height: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentPage {
  private readonly api = inject(AssessService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  /** From the learning hub's route (resolved, see batchIdParam). */
  readonly batchId = input('');
  readonly assignmentId = input('');

  protected readonly statusLabel = assignmentStatusLabel;
  protected readonly view = signal<MyAssignmentView | null>(null);
  protected readonly failure = signal<string | null>(null);
  private readonly context = signal<BatchContext>({ timeZone: null, moduleTitles: new Map() });

  protected readonly hubLink = computed(() => ['/', TrainingPaths.catalog, this.batchId(), TrainingPaths.learn]);
  protected readonly status = computed(() => {
    const view = this.view();
    return view ? assignmentStatus(view) : 'notSubmitted';
  });
  protected readonly module = computed(() => {
    const moduleId = this.view()?.moduleId;
    return moduleId ? (this.context().moduleTitles.get(moduleId) ?? null) : null;
  });
  protected readonly due = computed(() => {
    const dueAt = this.view()?.dueAt;
    this.i18n.language();
    return dueAt ? batchTime(this.i18n, dueAt, this.context().timeZone) : null;
  });
  /** Handing in is still allowed after the due date, but counts as late. */
  protected readonly pastDue = computed(() => {
    const view = this.view();
    return !!view?.canSubmit && !!view.dueAt && Date.parse(view.dueAt) < Date.now();
  });
  /** Markdown to HTML; raw HTML is shown as text, and Angular's sanitizer checks what goes into innerHTML. */
  protected readonly instructions = computed(() => renderLessonMarkdown(this.view()?.instructions ?? '', new Map()));

  constructor() {
    const ids = combineLatest([toObservable(this.batchId), toObservable(this.assignmentId)]).pipe(filter(([batchId, id]) => !!batchId && !!id));
    ids.pipe(switchMap(([batchId, id]) => this.api.myAssignment(batchId, id))).subscribe({
      next: (view) => this.view.set(view),
      error: (error: unknown) =>
        this.failure.set(errorBodyOf(error)?.message ?? this.i18n.t(error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'error.unexpected')),
    });
    ids.pipe(switchMap(([batchId]) => this.api.batchContext(batchId))).subscribe((context) => this.context.set(context));
  }

  protected handedIn(view: MyAssignmentView, submission: SubmissionView): void {
    this.view.set({ ...view, submission });
    // The server decides whether another hand-in is still possible (due date, grading); ask it.
    this.api.myAssignment(this.batchId(), view.id).subscribe({ next: (latest) => this.view.set(latest), error: (error: unknown) => this.notifier.error(error) });
  }

  protected timeOf(iso: string): string {
    return batchTime(this.i18n, iso, this.context().timeZone);
  }

  protected percentOf(value: number): string {
    return percent(value, this.i18n.locale());
  }
}
