import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BatchAssignmentView, TimeZone } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES } from '../training/zoned-time';
import { BatchLearningService } from './batch-learning.service';
import { saveThenClose } from './save-then-close';
import { fromLocalInput, toLocalInput } from './zoned-input';

export interface DueDateData {
  batchId: string;
  assignment: BatchAssignmentView;
  timeZone: TimeZone;
}

/** An assignment's due date in this batch, in the batch's local time; empty: no due date. */
@Component({
  selector: 'bt-due-date-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'batchLearning.due.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="strong break">{{ data.assignment.title }}</p>
        <mat-form-field>
          <mat-label>{{ 'batchLearning.due.dueAt' | t }}</mat-label>
          <input matInput formControlName="dueAt" name="dueAt" type="datetime-local" />
          <mat-hint>{{ 'batchLearning.zoneHint' | t: { zone: zoneName } }} {{ 'batchLearning.due.emptyHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.dueAt.errors | fieldError }}</mat-error>
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
export class DueDateDialog {
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<DueDateDialog, BatchAssignmentView>>(MatDialogRef);
  protected readonly data = inject<DueDateData>(MAT_DIALOG_DATA);

  protected readonly zoneName = ZONE_NAMES[this.data.timeZone];
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({
    dueAt: new FormControl(toLocalInput(this.data.assignment.dueAt, this.data.timeZone), { nonNullable: true }),
  });

  protected submit(): void {
    saveThenClose(this.learning.setDue(this.data.batchId, this.data.assignment.id, { dueAt: fromLocalInput(this.form.controls.dueAt.value, this.data.timeZone) }), this.dialogRef, this.submitting, this.notifier, this.form);
  }
}
