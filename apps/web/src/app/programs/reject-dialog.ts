import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';

export interface RejectData<T = unknown> {
  /** "Tolak pendaftaran Rina", "Tolak 12 pendaftaran terpilih". */
  title: string;
  /** Sends the rejection with the reason given. */
  reject(reason: string): Observable<T>;
}

/** Rejecting registrations needs a reason, which each participant sees. Closes with the server's answer once done. */
@Component({
  selector: 'bt-reject-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
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
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, unknown>>(MatDialogRef);
  protected readonly data = inject<RejectData>(MAT_DIALOG_DATA);
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
    this.data.reject(this.form.controls.reason.value.trim()).subscribe({
      next: (result) => {
        this.submitting.set(false);
        this.dialogRef.close(result);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
