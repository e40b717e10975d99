import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { EnrollmentView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from './programs.service';

/** Rejecting a registration needs a reason, which the participant sees. */
@Component({
  selector: 'bt-reject-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'enrollments.rejectTitle' | t: { name: enrollment.userName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <mat-form-field>
          <mat-label>{{ 'enrollments.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" name="reason" rows="3"></textarea>
          <mat-hint>{{ 'enrollments.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ 'enrollments.reject' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectDialog {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, EnrollmentView>>(MatDialogRef);
  protected readonly enrollment = inject<EnrollmentView>(MAT_DIALOG_DATA);
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.programs.reject(this.enrollment.id, { reason: this.form.controls.reason.value.trim() }).subscribe({
      next: (rejected) => {
        this.submitting.set(false);
        this.notifier.success('enrollments.rejected', { name: rejected.userName });
        this.dialogRef.close(rejected);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
