import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type BatchAssignmentView, type SubmissionView, TrainingPaths } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchLearningService } from './batch-learning.service';
import { formatPoints } from './learning-format';
import { LearningTab } from './learning-tabs';

/** Who handed in one assignment; each opens the grade page, whose next/previous stay within this assignment. */
@Component({
  selector: 'bt-assignment-submissions',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <a mat-button class="back" [routerLink]="[]" [queryParams]="{ tab: tabs.assignments }">
      <mat-icon>arrow_back</mat-icon>
      {{ 'batchLearning.assignments.backToList' | t }}
    </a>
    <div class="sub-head">
      <h2 class="break">{{ assignment().title }}</h2>
      <span class="small">{{ 'batchLearning.assignments.counts' | t: { submitted: assignment().submitted, participants: assignment().participants, graded: assignment().graded } }}</span>
    </div>
    @if (rows(); as list) {
      <ul class="outlined-list" data-testid="submission-list">
        @for (s of list; track s.id) {
          <li>
            <a
              class="row-link"
              [routerLink]="['/' + paths.grading, s.id]"
              [queryParams]="{ batch: batchId(), assignment: assignment().id, status: 'all' }"
              [attr.data-submission]="s.id"
            >
              <span class="row-main">
                <span class="strong break">{{ s.user.name }}</span>
                <span class="muted small">{{ 'batchLearning.assignments.submittedAt' | t: { at: s.submitted } }}</span>
              </span>
              @if (s.late) {
                <span class="tag tag-warn">{{ 'batchLearning.assignments.late' | t }}</span>
              }
              @if (s.grade) {
                <span class="row-score">{{ s.points }}</span>
              } @else {
                <span class="tag">{{ 'batchLearning.assignments.ungraded' | t }}</span>
              }
              <mat-icon aria-hidden="true">chevron_right</mat-icon>
            </a>
          </li>
        } @empty {
          <p class="empty">{{ 'batchLearning.assignments.noSubmissions' | t }}</p>
        }
      </ul>
    } @else {
      <div class="list-progress"><mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" /></div>
    }
  `,
  styleUrl: './learning-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentSubmissions {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly assignment = input.required<BatchAssignmentView>();

  protected readonly tabs = LearningTab;
  protected readonly paths = TrainingPaths;
  private readonly submissions = signal<SubmissionView[] | null>(null);
  protected readonly rows = computed(() => {
    const submissions = this.submissions();
    if (!submissions) return null;
    const locale = this.i18n.locale();
    return submissions.map((submission) => ({
      ...submission,
      submitted: this.i18n.formatDate(submission.submittedAt, 'dateTime'),
      points: submission.grade ? `${formatPoints(submission.grade.points, locale)}/${formatPoints(submission.grade.maxPoints, locale)}` : '',
    }));
  });

  constructor() {
    const key = computed(() => ({ batchId: this.batchId(), assignmentId: this.assignment().id }), { equal: (a, b) => a.batchId === b.batchId && a.assignmentId === b.assignmentId });
    toObservable(key)
      .pipe(switchMap(({ batchId, assignmentId }) => this.learning.submissions(batchId, assignmentId)))
      .subscribe({ next: (submissions) => this.submissions.set(submissions), error: (error: unknown) => this.notifier.error(error) });
  }
}
