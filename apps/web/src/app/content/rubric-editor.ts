import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ASSIGNMENT_LIMITS } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { type AssignmentForm, criterionBest } from './assignment-form';

/**
 * The rubric as criteria (rows) × levels (from the weakest to the strongest, with points). On a
 * wide screen a criterion's levels sit side by side; on a phone they stack. Read-only once graded.
 */
@Component({
  selector: 'bt-rubric-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    @for (criterion of editor().rubric.controls; track criterion; let i = $index) {
      <fieldset class="criterion" [formGroup]="criterion" data-testid="criterion">
        <div class="head">
          <mat-form-field>
            <mat-label>{{ 'content.rubric.criterion' | t: { n: i + 1 } }}</mat-label>
            <input matInput formControlName="title" [name]="'criterion-' + i" autocomplete="off" />
            <mat-error>{{ criterion.controls.title.errors | fieldError }}</mat-error>
          </mat-form-field>
          @if (!locked()) {
            <button
              mat-icon-button
              type="button"
              name="remove-criterion"
              [disabled]="editor().rubric.length <= 1"
              (click)="editor().removeCriterion(i)"
              [attr.aria-label]="'content.rubric.removeCriterion' | t: { n: i + 1 }"
            >
              <mat-icon>delete</mat-icon>
            </button>
          }
        </div>
        <mat-form-field>
          <mat-label>{{ 'content.rubric.criterionDescription' | t }}</mat-label>
          <input matInput formControlName="description" [name]="'criterion-description-' + i" autocomplete="off" />
        </mat-form-field>
        <div class="levels" formArrayName="levels">
          @for (level of criterion.controls.levels.controls; track level; let j = $index) {
            <div class="level" [formGroupName]="j" data-testid="level">
              <div class="level-head">
                <mat-form-field class="level-title">
                  <mat-label>{{ 'content.rubric.level' | t: { n: j + 1 } }}</mat-label>
                  <input matInput formControlName="title" [name]="'level-' + i + '-' + j" autocomplete="off" />
                  <mat-error>{{ level.controls.title.errors | fieldError }}</mat-error>
                </mat-form-field>
                <mat-form-field class="points">
                  <mat-label>{{ 'content.rubric.points' | t }}</mat-label>
                  <input matInput formControlName="points" [name]="'points-' + i + '-' + j" type="number" inputmode="numeric" min="0" [max]="limits.levelPoints" />
                  <mat-error>{{ level.controls.points.errors | fieldError }}</mat-error>
                </mat-form-field>
              </div>
              <mat-form-field>
                <mat-label>{{ 'content.rubric.levelDescription' | t }}</mat-label>
                <textarea matInput formControlName="description" [name]="'level-description-' + i + '-' + j" rows="2"></textarea>
              </mat-form-field>
              @if (!locked()) {
                <button
                  mat-button
                  type="button"
                  name="remove-level"
                  [disabled]="criterion.controls.levels.length <= 1"
                  (click)="editor().removeLevel(i, j)"
                >
                  <mat-icon>close</mat-icon>
                  {{ 'content.rubric.removeLevel' | t }}
                </button>
              }
            </div>
          }
        </div>
        <div class="foot">
          @if (!locked()) {
            <button mat-button type="button" name="add-level" [disabled]="criterion.controls.levels.length >= limits.levels" (click)="editor().addLevel(i)">
              <mat-icon>add</mat-icon>
              {{ 'content.rubric.addLevel' | t }}
            </button>
          }
          <span class="muted small" data-testid="criterion-best">{{ 'content.rubric.criterionBest' | t: { points: best(criterion) } }}</span>
        </div>
      </fieldset>
    }
    <div class="foot">
      @if (!locked()) {
        <button mat-stroked-button type="button" name="add-criterion" [disabled]="editor().rubric.length >= limits.criteria" (click)="editor().addCriterion()">
          <mat-icon>add</mat-icon>
          {{ 'content.rubric.addCriterion' | t }}
        </button>
      }
      <span class="strong" data-testid="max-points" aria-live="polite">{{ 'content.rubric.maxPoints' | t: { points: editor().maxPoints() } }}</span>
    </div>
  `,
  styles: `
    .criterion {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin: 0 0 12px;
      padding: 8px 12px;
    }
    .head,
    .level-head {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      > mat-form-field {
        flex: 1 1 auto;
        min-width: 0;
      }
    }
    .level-head .points {
      flex: 0 0 96px;
    }
    .levels {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 8px;
    }
    .level {
      background: var(--mat-sys-surface-container-low);
      border-radius: 8px;
      padding: 8px 8px 0;
    }
    .foot {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin: 4px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricEditor {
  readonly editor = input.required<AssignmentForm>();

  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly best = criterionBest;

  constructor() {
    // Errors appear when the dialog's submit marks every field touched, which happens outside this view.
    const changes = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.editor().group.events.subscribe(() => changes.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected locked(): boolean {
    return this.editor().rubric.disabled;
  }
}
