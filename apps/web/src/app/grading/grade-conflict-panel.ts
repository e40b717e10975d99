import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { GradeView, RubricCriterion } from '@bimtek/contracts';
import { formatPercent, formatPoints } from '../batch-learning/learning-format';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { chosenLevels } from './rubric-points';

/**
 * Someone else saved a grade while this grader was working: their grade, in full, and the two ways on.
 * Nothing is overwritten until the grader decides.
 */
@Component({
  selector: 'bt-grade-conflict-panel',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="conflict" role="alert" data-testid="grade-conflict">
      <h2>{{ 'grading.conflict.title' | t: { name: current().gradedBy.name } }}</h2>
      <p class="small">{{ 'grading.conflict.intro' | t: { name: current().gradedBy.name, at: (current().gradedAt | localDate: 'dateTime') } }}</p>
      <ul class="theirs" data-testid="their-levels">
        @for (line of lines(); track $index) {
          <li>
            <span class="break">{{ line.criterion }}</span>
            <span class="strong">{{ line.level }} {{ line.points === null ? '' : '(' + line.points + ')' }}</span>
          </li>
        }
      </ul>
      <p data-testid="their-points">{{ 'grading.conflict.points' | t: { points: points(), max: max(), percent: percent() } }}</p>
      @if (current().comment; as comment) {
        <p class="comment" data-testid="their-comment">{{ comment }}</p>
      }
      <div class="choices">
        <button mat-flat-button type="button" name="keep-mine" (click)="keepMine.emit()">
          <mat-icon>edit</mat-icon>
          {{ 'grading.conflict.keepMine' | t }}
        </button>
        <button mat-stroked-button type="button" name="take-theirs" (click)="takeTheirs.emit()">
          <mat-icon>undo</mat-icon>
          {{ 'grading.conflict.takeTheirs' | t }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .conflict {
      padding: 12px 16px;
      margin-bottom: 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      p {
        margin: 4px 0;
      }
    }
    .theirs {
      list-style: none;
      margin: 8px 0;
      padding: 0;
      li {
        display: flex;
        justify-content: space-between;
        gap: 12px;
        padding: 2px 0;
      }
    }
    .comment {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-style: italic;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradeConflictPanel {
  private readonly i18n = inject(I18n);

  /** Their grade, from the 409's `details.current`. */
  readonly current = input.required<GradeView>();
  readonly rubric = input.required<readonly RubricCriterion[]>();
  /** Keep one's own choices and save them over theirs (on the next Save). */
  readonly keepMine = output();
  /** Drop one's own choices and show theirs. */
  readonly takeTheirs = output();

  protected readonly lines = computed(() => chosenLevels(this.rubric(), this.current().levels));
  protected readonly points = computed(() => formatPoints(this.current().points, this.i18n.locale()));
  protected readonly max = computed(() => formatPoints(this.current().maxPoints, this.i18n.locale()));
  protected readonly percent = computed(() => formatPercent(this.current().percent, this.i18n.locale()));
}
