import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { RubricCriterion } from '@bimtek/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';

/**
 * The rubric: a row per criterion with its levels from weakest to strongest. Once a grade is
 * released, the level the trainer chose per criterion is highlighted. Scrolls sideways on a phone.
 */
@Component({
  selector: 'bt-rubric-table',
  imports: [MatIconModule, TranslatePipe],
  template: `
    <div class="table-scroll" tabindex="0" [attr.aria-label]="'assess.assignment.rubric' | t">
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'assess.assignment.criterion' | t }}</th>
            <th scope="col" [attr.colspan]="columns()">{{ 'assess.assignment.levels' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (criterion of rubric(); track criterion.id) {
            <tr data-testid="rubric-criterion">
              <th scope="row" class="criterion">
                <span class="strong">{{ criterion.title }}</span>
                @if (criterion.description) {
                  <span class="muted small block">{{ criterion.description }}</span>
                }
              </th>
              @for (level of criterion.levels; track level.id) {
                @let chosen = chosenLevels()?.[criterion.id] === level.id;
                <td [class.chosen]="chosen" [attr.data-level]="level.id" [attr.aria-current]="chosen ? 'true' : null">
                  <span class="level-title">
                    @if (chosen) {
                      <mat-icon aria-hidden="true">check_circle</mat-icon>
                      <span class="visually-hidden">({{ 'assess.assignment.chosenLevel' | t }})</span>
                    }
                    {{ level.title }}
                  </span>
                  <span class="points">{{ 'assess.assignment.levelPoints' | t: { points: level.points } }}</span>
                  @if (level.description) {
                    <span class="small block">{{ level.description }}</span>
                  }
                </td>
              }
              @for (gap of gaps(criterion); track $index) {
                <td></td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      min-width: 560px;
    }
    th,
    td {
      padding: 8px 10px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }
    .criterion {
      min-width: 140px;
      max-width: 220px;
      font-weight: normal;
    }
    td {
      min-width: 120px;
    }
    td.chosen {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font-weight: 500;
    }
    .level-title {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    .level-title mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .points {
      display: block;
      font-size: 0.8125rem;
    }
    .block {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RubricTable {
  readonly rubric = input.required<RubricCriterion[]>();
  /** Criterion id → the chosen level id, once the grade is released. */
  readonly chosenLevels = input<Record<string, string> | null>(null);

  protected readonly columns = computed(() => Math.max(1, ...this.rubric().map((criterion) => criterion.levels.length)));

  /** Empty cells so that rows with fewer levels still fill the table. */
  protected gaps(criterion: RubricCriterion): unknown[] {
    return Array.from({ length: this.columns() - criterion.levels.length });
  }
}
