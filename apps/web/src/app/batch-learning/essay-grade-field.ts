import { ChangeDetectionStrategy, Component, type OnInit, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AttemptQuestionView, AttemptView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchLearningService } from './batch-learning.service';

/** Points for one essay answer, at most the question's points; the attempt's score follows. */
@Component({
  selector: 'bt-essay-grade-field',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <form class="essay-grade" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'batchLearning.essay.points' | t }}</mat-label>
        <input matInput formControlName="points" name="essayPoints" type="number" inputmode="decimal" min="0" [max]="question().points" step="0.5" />
        <span matTextSuffix>/ {{ question().points }}</span>
        <mat-error>{{ points.errors | fieldError }}</mat-error>
      </mat-form-field>
      <button mat-flat-button type="submit" name="grade-essay" [disabled]="saving()">{{ (saving() ? 'common.saving' : 'batchLearning.essay.save') | t }}</button>
    </form>
  `,
  styles: `
    .essay-grade {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 12px;
      mat-form-field {
        flex: 0 1 200px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EssayGradeField implements OnInit {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);

  readonly batchId = input.required<string>();
  readonly attemptId = input.required<string>();
  readonly question = input.required<AttemptQuestionView>();
  readonly graded = output<AttemptView>();

  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({ points: new FormControl<number | null>(null) });
  protected readonly points = this.form.controls.points;

  ngOnInit(): void {
    // The server refuses more than the question's points; say so before asking it.
    this.points.setValidators([Validators.required, Validators.min(0), Validators.max(this.question().points)]);
    this.points.setValue(this.question().result?.pointsAwarded ?? null);
  }

  protected save(): void {
    if (this.points.invalid || this.points.value === null) {
      this.points.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.learning.gradeEssay(this.batchId(), this.attemptId(), this.question().position, Number(this.points.value)).subscribe({
      next: (attempt) => {
        this.saving.set(false);
        this.notifier.success('batchLearning.essay.saved');
        this.graded.emit(attempt);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error);
      },
    });
  }
}
