import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BatchAssignmentView, TimeZone } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AssignmentSubmissions } from './assignment-submissions';
import { BatchLearningService } from './batch-learning.service';
import { DueDateDialog, type DueDateData } from './due-date-dialog';
import { venueDateTime } from './learning-format';
import { LearningTab } from './learning-tabs';
import { ReleaseButton, ReleaseState } from './release-controls';

/** The batch's assignments: due dates, how many handed in and were graded, releasing grades; `?assignment=` lists its submissions. */
@Component({
  selector: 'bt-batch-assignments',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, ReleaseState, ReleaseButton, AssignmentSubmissions],
  template: `
    @if (selected(); as assignment) {
      <bt-assignment-submissions [batchId]="batchId()" [assignment]="assignment" />
    } @else if (assignments() !== null) {
      <ul class="card-list items" data-testid="assignment-list">
        @for (c of cards(); track c.assignment.id) {
          <li class="item" [attr.data-assignment]="c.assignment.id">
            <div class="item-head">
              <span class="strong break">{{ c.assignment.title }}</span>
              <span class="small">{{ 'batchLearning.assignments.maxPoints' | t: { points: c.assignment.maxPoints } }}</span>
            </div>
            <p class="small">
              @if (c.due) {
                {{ 'batchLearning.due.at' | t: { at: c.due } }}
              } @else {
                <span class="muted">{{ 'batchLearning.due.none' | t }}</span>
              }
            </p>
            <p class="small">
              {{ 'batchLearning.assignments.counts' | t: { submitted: c.assignment.submitted, participants: c.assignment.participants, graded: c.assignment.graded } }}
            </p>
            <bt-release-state [releasedAt]="c.released" />
            <div class="item-actions">
              <a mat-stroked-button name="submissions" [routerLink]="[]" [queryParams]="{ tab: tabs.assignments, assignment: c.assignment.id }">
                <mat-icon>assignment_turned_in</mat-icon>
                {{ 'batchLearning.assignments.submissions' | t }}
              </a>
              @if (canSchedule() && timeZone()) {
                <button mat-stroked-button type="button" name="due" (click)="editDue(c.assignment)">
                  <mat-icon>event</mat-icon>
                  {{ 'batchLearning.due.edit' | t }}
                </button>
              }
              <bt-release-button [released]="!!c.assignment.gradesReleasedAt" [request]="c.release" (saved)="replace($event)" />
            </div>
          </li>
        } @empty {
          <p class="empty">{{ 'batchLearning.assignments.none' | t }}</p>
        }
      </ul>
    } @else {
      <div class="list-progress"><mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" /></div>
    }
  `,
  styleUrl: './learning-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchAssignments {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly timeZone = input<TimeZone | null>(null);
  readonly canSchedule = input(false);
  readonly assignmentId = input<string | undefined>();

  protected readonly tabs = LearningTab;
  protected readonly assignments = signal<BatchAssignmentView[] | null>(null);
  protected readonly selected = computed(() => this.assignments()?.find((assignment) => assignment.id === this.assignmentId()) ?? null);
  protected readonly cards = computed(() =>
    (this.assignments() ?? []).map((assignment) => ({
      assignment,
      due: venueDateTime(assignment.dueAt, this.timeZone(), this.i18n),
      released: venueDateTime(assignment.gradesReleasedAt, this.timeZone(), this.i18n),
      release: (release: boolean) => this.learning.releaseAssignment(this.batchId(), assignment.id, release),
    })),
  );

  constructor() {
    toObservable(this.batchId)
      .pipe(switchMap((id) => this.learning.assignments(id)))
      .subscribe({ next: (assignments) => this.assignments.set(assignments), error: (error: unknown) => this.notifier.error(error) });
  }

  protected editDue(assignment: BatchAssignmentView): void {
    const timeZone = this.timeZone();
    if (!timeZone) return;
    this.dialog
      .open<DueDateDialog, DueDateData, BatchAssignmentView>(DueDateDialog, { data: { batchId: this.batchId(), assignment, timeZone }, maxWidth: '100vw', width: '480px' })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.replace(saved);
        this.notifier.success('batchLearning.due.saved');
      });
  }

  protected replace(saved: BatchAssignmentView): void {
    this.assignments.update((list) => list?.map((assignment) => (assignment.id === saved.id ? saved : assignment)) ?? null);
  }
}
