import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ASSIGNMENT_LIMITS, ErrorCode, type GradeView, type GradingQueueItem, TrainingPaths } from '@bimtek/contracts';
import { filter, switchMap, tap } from 'rxjs';
import { LearningTab } from '../batch-learning/learning-tabs';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { GradeConflictPanel } from './grade-conflict-panel';
import { GRADING_STATUSES, type GradingStatus, GradingService, type SubmissionToGrade } from './grading.service';
import { RubricGrid } from './rubric-grid';
import { type LevelChoice, rubricComplete } from './rubric-points';
import { SubmissionContent } from './submission-content';

function sameLevels(a: LevelChoice, b: LevelChoice): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * `penilaian/:submissionId`: one submission beside its rubric. The save carries the version the grader
 * loaded, so a grade someone else saved meanwhile is shown, never silently overwritten. `?batch=`,
 * `?status=` and `?assignment=` are the queue it was opened from, for next and previous.
 */
@Component({
  selector: 'bt-grade-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    FieldErrorPipe,
    LocalDatePipe,
    TranslatePipe,
    GradeConflictPanel,
    RubricGrid,
    SubmissionContent,
  ],
  templateUrl: './grade-page.html',
  styleUrl: './grade-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradePage {
  private readonly grading = inject(GradingService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  /** From the route. */
  readonly submissionId = input.required<string>();
  /** From the query: the queue this page was opened from. */
  readonly batch = input<string>();
  readonly status = input<string>();
  readonly assignment = input<string>();

  protected readonly paths = TrainingPaths;
  protected readonly loaded = signal<SubmissionToGrade | null>(null);
  protected readonly levels = signal<LevelChoice>({});
  protected readonly comment = new FormControl('', { nonNullable: true, validators: Validators.maxLength(ASSIGNMENT_LIMITS.comment) });
  /** The grade version this grader is changing; null while ungraded. Sent as expectedVersion. */
  private readonly baseVersion = signal<number | null>(null);
  /** Someone else's grade that refused the last save (409 GRADE_CONFLICT). */
  protected readonly conflict = signal<GradeView | null>(null);
  /** After "keep mine": whose grade the next save replaces. */
  protected readonly replacing = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly incomplete = signal(false);

  private readonly queueFilter = computed(
    () => ({ batchId: this.batch() ?? null, status: this.queueStatus() }),
    { equal: (a, b) => a.batchId === b.batchId && a.status === b.status },
  );
  private readonly queue = signal<GradingQueueItem[]>([]);
  protected readonly siblings = computed(() => this.queue().filter((item) => !this.assignment() || item.assignmentId === this.assignment()));
  protected readonly position = computed(() => this.siblings().findIndex((item) => item.submissionId === this.submissionId()));
  protected readonly queueItem = computed(() => this.siblings()[this.position()] ?? null);
  protected readonly previous = computed(() => (this.position() > 0 ? this.siblings()[this.position() - 1] : null));
  protected readonly next = computed(() => (this.position() >= 0 ? (this.siblings()[this.position() + 1] ?? null) : null));
  protected readonly backLink = computed(() => {
    const batch = this.batch();
    const assignment = this.assignment();
    return batch && assignment
      ? { commands: ['/' + TrainingPaths.batches, batch, TrainingPaths.batchLearning], queryParams: { tab: LearningTab.assignments, assignment } }
      : { commands: ['/' + TrainingPaths.grading], queryParams: { batch: batch ?? null, status: this.status() ?? null } };
  });

  constructor() {
    toObservable(this.submissionId)
      .pipe(
        tap(() => this.loaded.set(null)),
        switchMap((id) => this.grading.submission(id)),
      )
      .subscribe({ next: (loaded) => this.start(loaded), error: (error: unknown) => this.notifier.error(error) });
    toObservable(this.queueFilter)
      .pipe(switchMap((queueFilter) => this.grading.queue(queueFilter)))
      .subscribe({ next: (queue) => this.queue.set(queue), error: () => this.queue.set([]) });
  }

  protected pick(levels: LevelChoice): void {
    this.levels.set(levels);
    this.incomplete.set(false);
  }

  protected save(): void {
    const loaded = this.loaded();
    if (!loaded || this.saving()) return;
    if (!rubricComplete(loaded.assignment.rubric, this.levels())) {
      this.incomplete.set(true);
      return;
    }
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.grading
      .grade(loaded.submission.id, { levels: this.levels(), comment: this.comment.value.trim() || null, expectedVersion: this.baseVersion() })
      .subscribe({
        next: (grade) => {
          this.saving.set(false);
          this.replacing.set(null);
          this.setGrade(grade);
          this.baseVersion.set(grade.version);
          this.notifier.success('grading.saved');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const body = errorBodyOf(error);
          const current = body?.code === ErrorCode.GradeConflict ? (body.details?.['current'] as GradeView | undefined) : undefined;
          if (current) this.conflict.set(current);
          else this.notifier.error(error);
        },
      });
  }

  /** Keep one's own levels and comment; the next save knowingly replaces the newest grade. */
  protected keepMine(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(null);
    this.replacing.set(theirs.gradedBy.name);
    this.baseVersion.set(theirs.version);
    this.setGrade(theirs);
    // Ask again: a third grader may have saved since the refusal.
    this.grading.submission(this.submissionId()).subscribe({
      next: (fresh) => {
        this.loaded.set(fresh);
        this.baseVersion.set(fresh.submission.grade?.version ?? null);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  /** Drop one's own choices and show theirs, as saved. */
  protected takeTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.setGrade(theirs);
    this.showGrade(theirs);
  }

  protected go(item: GradingQueueItem | null): void {
    if (!item) return;
    const navigate = () => void this.router.navigate(['/' + TrainingPaths.grading, item.submissionId], { queryParamsHandling: 'preserve' });
    if (!this.dirty()) {
      navigate();
      return;
    }
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: { title: 'grading.unsaved.title', message: 'grading.unsaved.message', confirm: 'grading.unsaved.leave' },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(navigate);
  }

  private start(loaded: SubmissionToGrade): void {
    this.loaded.set(loaded);
    this.showGrade(loaded.submission.grade);
  }

  /** The form shows this grade (or a blank one) and saving changes its version. */
  private showGrade(grade: GradeView | null): void {
    this.levels.set(grade?.levels ?? {});
    this.comment.reset(grade?.comment ?? '');
    this.baseVersion.set(grade?.version ?? null);
    this.conflict.set(null);
    this.replacing.set(null);
    this.incomplete.set(false);
  }

  private setGrade(grade: GradeView): void {
    this.loaded.update((loaded) => (loaded ? { ...loaded, submission: { ...loaded.submission, grade } } : loaded));
  }

  private dirty(): boolean {
    const grade = this.loaded()?.submission.grade ?? null;
    return !sameLevels(this.levels(), grade?.levels ?? {}) || this.comment.value.trim() !== (grade?.comment ?? '');
  }

  private queueStatus(): GradingStatus {
    const status = this.status();
    return (GRADING_STATUSES as readonly string[]).includes(status ?? '') ? (status as GradingStatus) : 'all';
  }
}
