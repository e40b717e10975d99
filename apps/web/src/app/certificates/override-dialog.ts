import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { CompletionResult } from '@bimtek/contracts';
import { saveThenClose } from '../batch-learning/save-then-close';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CertificatesService } from './certificates.service';
import { reasonControl } from './reason-control';

export interface OverrideData {
  batchId: string;
  result: CompletionResult;
}

/** Overrules a participant's outcome; the reason is required and audited. Closes with the new result. */
@Component({
  selector: 'bt-override-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'certificates.override.title' | t: { name: data.result.name } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-radio-group formControlName="passed" name="passed" class="outcomes" [attr.aria-label]="'certificates.override.outcome' | t">
          <mat-radio-button [value]="true">{{ 'certificates.outcome.passed' | t }}</mat-radio-button>
          <mat-radio-button [value]="false">{{ 'certificates.outcome.failed' | t }}</mat-radio-button>
        </mat-radio-group>
        <mat-form-field>
          <mat-label>{{ 'certificates.reasonLabel' | t }}</mat-label>
          <textarea matInput formControlName="reason" name="reason" rows="3"></textarea>
          <mat-hint>{{ 'certificates.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ (submitting() ? 'common.saving' : 'common.save') | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .outcomes {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin-bottom: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverrideDialog {
  private readonly certificates = inject(CertificatesService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<OverrideDialog, CompletionResult>>(MatDialogRef);
  protected readonly data = inject<OverrideData>(MAT_DIALOG_DATA);

  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({
    // Offers the other outcome first: overriding to what the rules already say is rarely meant.
    passed: new FormControl(!this.data.result.passed, { nonNullable: true }),
    reason: reasonControl(),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { passed, reason } = this.form.getRawValue();
    saveThenClose(this.certificates.setOverride(this.data.batchId, this.data.result.userId, { passed, reason: reason.trim() }), this.dialogRef, this.submitting, this.notifier, this.form);
  }
}
