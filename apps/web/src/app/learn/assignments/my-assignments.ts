import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type MyAssignmentView, TrainingPaths } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../../core/notifier';
import { I18n } from '../../i18n/i18n';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService, type BatchContext } from '../assess.service';
import { batchTime } from '../tests/assess-format';
import { type AssignmentStatus, assignmentStatus, assignmentStatusLabel } from './assignment-status';

interface AssignmentRow {
  assignment: MyAssignmentView;
  module: string | null;
  due: string | null;
  status: AssignmentStatus;
  /** Once grades are released. */
  points: { points: number; max: number } | null;
}

/** The participant's assignments in a batch (a tab of the learning hub): due date, status, points once released. */
@Component({
  // The learning hub embeds it under this name.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'app-my-assignments',
  imports: [RouterLink, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <div class="list-progress">
      @if (assignments() === null) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
      }
    </div>
    <ul class="outlined-list">
      @for (row of rows(); track row.assignment.id) {
        <li>
          <a class="row" [routerLink]="link(row.assignment)" data-testid="my-assignment">
            <span class="what">
              <span class="strong break">{{ row.assignment.title }}</span>
              @if (row.module) {
                <span class="muted small break">{{ row.module }}</span>
              }
              <span class="small" data-testid="assignment-due">
                @if (row.due) {
                  {{ 'assess.assignments.due' | t: { time: row.due } }}
                } @else {
                  {{ 'assess.assignments.noDue' | t }}
                }
              </span>
            </span>
            <span class="state">
              <span class="tag status-{{ row.status }}" [class.tag-warn]="row.status === 'late'" data-testid="assignment-status">{{ statusLabel(row.status) | t }}</span>
              @if (row.points; as p) {
                <span class="strong small" data-testid="assignment-points">{{ 'assess.assignments.points' | t: { points: p.points, max: p.max } }}</span>
              }
            </span>
            <mat-icon aria-hidden="true">chevron_right</mat-icon>
          </a>
        </li>
      } @empty {
        @if (assignments() !== null) {
          <li class="empty muted">{{ 'assess.assignments.empty' | t }}</li>
        }
      }
    </ul>
  `,
  styles: `
    .row {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 12px 16px;
      min-height: 48px;
      color: inherit;
      text-decoration: none;
    }
    .row:hover {
      background: var(--mat-sys-surface-container);
    }
    .what {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .state {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 2px;
      text-align: right;
    }
    .status-graded {
      background: #c8e6c9;
      color: #1b5e20;
    }
    .status-notSubmitted {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      padding: 12px 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyAssignments {
  private readonly api = inject(AssessService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly statusLabel = assignmentStatusLabel;
  protected readonly assignments = signal<MyAssignmentView[] | null>(null);
  private readonly context = signal<BatchContext>({ timeZone: null, moduleTitles: new Map() });

  protected readonly rows = computed<AssignmentRow[]>(() => {
    const { timeZone, moduleTitles } = this.context();
    this.i18n.language();
    return (this.assignments() ?? []).map((assignment) => {
      const grade = assignment.gradesReleased ? assignment.submission?.grade : null;
      return {
        assignment,
        module: moduleTitles.get(assignment.moduleId) ?? null,
        due: assignment.dueAt ? batchTime(this.i18n, assignment.dueAt, timeZone) : null,
        status: assignmentStatus(assignment),
        points: grade ? { points: grade.points, max: grade.maxPoints } : null,
      };
    });
  });

  constructor() {
    const batchId = toObservable(this.batchId);
    batchId.pipe(switchMap((id) => this.api.myAssignments(id))).subscribe({
      next: (assignments) => this.assignments.set(assignments),
      error: (error: unknown) => {
        this.assignments.set([]);
        this.notifier.error(error);
      },
    });
    batchId.pipe(switchMap((id) => this.api.batchContext(id))).subscribe((context) => this.context.set(context));
  }

  protected link(assignment: MyAssignmentView): string[] {
    return ['/', TrainingPaths.catalog, this.batchId(), TrainingPaths.learn, TrainingPaths.assignment, assignment.id];
  }
}
