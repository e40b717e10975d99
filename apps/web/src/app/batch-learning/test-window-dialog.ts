import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BatchTestView, TestWindowRequest, TimeZone } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES } from '../training/zoned-time';
import { BatchLearningService } from './batch-learning.service';
import { saveThenClose } from './save-then-close';
import { fromLocalInput, toLocalInput } from './zoned-input';

export interface TestWindowData {
  batchId: string;
  test: BatchTestView;
  timeZone: TimeZone;
}

/** Both are wall-clock strings of the same zone, so comparing the text compares the moments. */
const closesAfterOpens: ValidatorFn = (group) => {
  const { opensAt, closesAt } = (group as FormGroup<{ opensAt: FormControl<string>; closesAt: FormControl<string> }>).controls;
  const wrong = opensAt.value !== '' && closesAt.value !== '' && closesAt.value <= opensAt.value;
  const { endAfterStart: previous, ...others } = closesAt.errors ?? {};
  if (wrong) closesAt.setErrors({ ...others, endAfterStart: true });
  else if (previous) closesAt.setErrors(Object.keys(others).length > 0 ? others : null);
  return null;
};

/** When a test is open in this batch, in the batch's local time; either end may stay open. */
@Component({
  selector: 'bt-test-window-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'batchLearning.window.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="strong break">{{ data.test.title }}</p>
        <mat-form-field>
          <mat-label>{{ 'batchLearning.window.opensAt' | t }}</mat-label>
          <input matInput formControlName="opensAt" name="opensAt" type="datetime-local" />
          <mat-hint>{{ 'batchLearning.zoneHint' | t: { zone: zoneName } }}</mat-hint>
          <mat-error>{{ form.controls.opensAt.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batchLearning.window.closesAt' | t }}</mat-label>
          <input matInput formControlName="closesAt" name="closesAt" type="datetime-local" />
          <mat-hint>{{ 'batchLearning.window.emptyHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.closesAt.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ (submitting() ? 'common.saving' : 'common.save') | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestWindowDialog {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<TestWindowDialog, BatchTestView>>(MatDialogRef);
  protected readonly data = inject<TestWindowData>(MAT_DIALOG_DATA);

  protected readonly zoneName = ZONE_NAMES[this.data.timeZone];
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup(
    {
      opensAt: new FormControl(toLocalInput(this.data.test.opensAt, this.data.timeZone), { nonNullable: true }),
      closesAt: new FormControl(toLocalInput(this.data.test.closesAt, this.data.timeZone), { nonNullable: true }),
    },
    { validators: closesAfterOpens },
  );

  /** The window as ISO date-times with the batch's offset. */
  request(): TestWindowRequest {
    const { opensAt, closesAt } = this.form.getRawValue();
    return { opensAt: fromLocalInput(opensAt, this.data.timeZone), closesAt: fromLocalInput(closesAt, this.data.timeZone) };
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    saveThenClose(this.learning.setTestWindow(this.data.batchId, this.data.test.id, this.request()), this.dialogRef, this.submitting, this.notifier, this.form);
  }
}
