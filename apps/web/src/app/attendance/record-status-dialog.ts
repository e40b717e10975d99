import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AttendanceStatus } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { attendanceStatusLabel, needsReason } from './attendance-format';

export interface RecordStatusData<T = unknown> {
  /** "Koreksi kehadiran Rina", "Tandai 3 orang: izin". */
  title: string;
  /** The statuses to choose from; with one, the status is fixed and no choice is shown. */
  statuses: readonly AttendanceStatus[];
  status: AttendanceStatus;
  /** A correction always needs a reason (the audit trail keeps it); marking only for izin and sakit. */
  reasonAlways: boolean;
  confirm: TranslationKey;
  submit(status: AttendanceStatus, reason: string | null): Observable<T>;
}

/** Sets a status with a reason, for a correction or for marking a selection; closes with the server's answer. */
@Component({
  selector: 'bt-record-status-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (data.statuses.length > 1) {
          <mat-form-field>
            <mat-label>{{ 'attendance.status' | t }}</mat-label>
            <mat-select formControlName="status" name="status">
              @for (status of data.statuses; track status) {
                <mat-option [value]="status">{{ statusLabel(status) | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'attendance.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" name="reason" rows="3"></textarea>
          <mat-hint>{{ (data.reasonAlways ? 'attendance.reasonAuditHint' : 'attendance.reasonHint') | t }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ data.confirm | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordStatusDialog {
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<RecordStatusDialog, unknown>>(MatDialogRef);
  protected readonly data = inject<RecordStatusData>(MAT_DIALOG_DATA);
  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({
    status: new FormControl<AttendanceStatus>(this.data.status, { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });

  constructor() {
    const requiredNow: ValidatorFn = (control) =>
      (this.data.reasonAlways || needsReason(this.form.controls.status.value)) && String(control.value ?? '').trim() === '' ? { required: true } : null;
    this.form.controls.reason.addValidators(requiredNow);
    this.form.controls.reason.updateValueAndValidity();
    this.form.controls.status.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.reason.updateValueAndValidity());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { status, reason } = this.form.getRawValue();
    this.submitting.set(true);
    this.data.submit(status, reason.trim() || null).subscribe({
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
