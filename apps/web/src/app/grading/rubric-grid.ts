import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import type { RubricCriterion } from '@bimtek/contracts';
import { formatPoints } from '../batch-learning/learning-format';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { type LevelChoice, rubricPoints } from './rubric-points';

/** The rubric as criteria × levels: one level per criterion, the points adding up as the grader picks. */
@Component({
  selector: 'bt-rubric-grid',
  imports: [TranslatePipe],
  template: `
    @for (c of rubric(); track c.id) {
      <fieldset class="criterion" [attr.data-criterion]="c.id" [disabled]="disabled()">
        <legend>
          <span class="strong break">{{ c.title }}</span>
          @if (c.description) {
            <span class="muted small break">{{ c.description }}</span>
          }
        </legend>
        <div class="levels">
          @for (l of c.levels; track l.id) {
            <label class="level" [class.picked]="levels()[c.id] === l.id" [attr.data-level]="l.id">
              <input type="radio" [name]="'criterion-' + c.id" [value]="l.id" [checked]="levels()[c.id] === l.id" (change)="pick(c.id, l.id)" />
              <span class="level-head">
                <span class="strong">{{ l.title }}</span>
                <span class="level-points">{{ 'grading.points' | t: { points: l.points } }}</span>
              </span>
              @if (l.description) {
                <span class="small muted break">{{ l.description }}</span>
              }
            </label>
          }
        </div>
      </fieldset>
    }
    <p class="total" data-testid="rubric-total" aria-live="polite">
      {{ 'grading.total' | t }} <span class="strong">{{ total() }} / {{ max() }}</span>
    </p>
  `,
  styleUrl: './rubric-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricGrid {
  private readonly i18n = inject(I18n);

  readonly rubric = input.required<readonly RubricCriterion[]>();
  readonly maxPoints = input.required<number>();
  readonly disabled = input(false);
  readonly levels = model.required<LevelChoice>();

  protected readonly total = computed(() => formatPoints(rubricPoints(this.rubric(), this.levels()), this.i18n.locale()));
  protected readonly max = computed(() => formatPoints(this.maxPoints(), this.i18n.locale()));

  protected pick(criterionId: string, levelId: string): void {
    this.levels.set({ ...this.levels(), [criterionId]: levelId });
  }
}
