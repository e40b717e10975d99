import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { DEFAULT_GRADE_WEIGHTS, type GradeWeights } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { integerValidator } from '../core/validators';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ContentService } from './content.service';
import { placeFieldErrors } from './form-errors';

const weight = (value: number) =>
  new FormControl<number | null>(value, { validators: [Validators.required, Validators.min(0), Validators.max(100), integerValidator] });

export const weightsTotal = (weights: Partial<Record<keyof GradeWeights, number | null>>): number =>
  (Number(weights.attendance) || 0) + (Number(weights.tests) || 0) + (Number(weights.assignments) || 0);

function addsUpTo100(group: AbstractControl): ValidationErrors | null {
  return weightsTotal(group.value as GradeWeights) === 100 ? null : { weightsSum: true };
}

/** How the programme's final score weighs attendance, tests and assignments (adding up to 100). */
@Component({
  selector: 'bt-grade-weights-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate class="weights">
      <p class="muted">{{ 'content.weights.intro' | t }}</p>
      @if (defaultsShown()) {
        <p class="muted small" data-testid="weights-defaults">{{ 'content.weights.defaults' | t }}</p>
      }
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'content.weights.attendance' | t }}</mat-label>
          <input matInput formControlName="attendance" name="attendance" type="number" inputmode="numeric" min="0" max="100" />
          <span matTextSuffix>%</span>
          <mat-error>{{ form.controls.attendance.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'content.weights.tests' | t }}</mat-label>
          <input matInput formControlName="tests" name="tests" type="number" inputmode="numeric" min="0" max="100" />
          <span matTextSuffix>%</span>
          <mat-error>{{ form.controls.tests.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'content.weights.assignments' | t }}</mat-label>
          <input matInput formControlName="assignments" name="assignments" type="number" inputmode="numeric" min="0" max="100" />
          <span matTextSuffix>%</span>
          <mat-error>{{ form.controls.assignments.errors | fieldError }}</mat-error>
        </mat-form-field>
      </div>
      <p [class.bad]="total() !== 100" data-testid="weights-total" aria-live="polite">
        {{ (total() === 100 ? 'content.weights.total' : 'content.weights.totalWrong') | t: { total: total() } }}
      </p>
      @for (problem of problems(); track $index) {
        <p class="bad" role="alert">{{ problem }}</p>
      }
      <div class="form-actions">
        <button mat-flat-button type="submit" name="save-weights" [disabled]="saving() || form.invalid">
          {{ (saving() ? 'common.saving' : 'common.save') | t }}
        </button>
      </div>
    </form>
  `,
  styleUrls: ['./content-shared.scss'],
  styles: `
    .weights {
      max-width: 640px;
      margin-top: 8px;
    }
    .bad {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GradeWeightsForm {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);

  readonly programId = input.required<string>();

  protected readonly form = new FormGroup(
    {
      attendance: weight(DEFAULT_GRADE_WEIGHTS.attendance),
      tests: weight(DEFAULT_GRADE_WEIGHTS.tests),
      assignments: weight(DEFAULT_GRADE_WEIGHTS.assignments),
    },
    { validators: addsUpTo100 },
  );
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);
  /** The programme's saved weights could not be read, so the defaults are shown. */
  protected readonly defaultsShown = signal(false);
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly total = computed(() => weightsTotal(this.values()));

  constructor() {
    effect(() => {
      const programId = this.programId();
      untracked(() => this.load(programId));
    });
  }

  protected save(): void {
    this.problems.set([]);
    if (this.form.invalid) return;
    const raw = this.form.getRawValue();
    const weights: GradeWeights = { attendance: Number(raw.attendance), tests: Number(raw.tests), assignments: Number(raw.assignments) };
    this.saving.set(true);
    this.content.saveGradeWeights(this.programId(), weights).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.defaultsShown.set(false);
        this.form.setValue(saved);
        this.notifier.success('content.weights.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const unplaced = placeFieldErrors(this.form, error);
        if (unplaced === null) this.notifier.error(error);
        else this.problems.set(unplaced);
      },
    });
  }

  private load(programId: string): void {
    this.content.gradeWeights(programId).subscribe({
      next: (weights) => this.form.setValue(weights),
      error: () => this.defaultsShown.set(true),
    });
  }
}
