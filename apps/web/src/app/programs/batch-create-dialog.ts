import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BatchRequest, BatchView, ProgramView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { integerValidator } from '../core/validators';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from './programs.service';

function notBefore(start: AbstractControl<string>): ValidatorFn {
  return (control) => (control.value && start.value && control.value < start.value ? { endDateAfterStart: true } : null);
}

/** A new batch (Angkatan) of a programme; the server numbers it. */
@Component({
  selector: 'bt-batch-create-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'batches.create' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="muted break">{{ program.title }}</p>
        <mat-form-field>
          <mat-label>{{ 'batches.startDate' | t }}</mat-label>
          <input matInput formControlName="startDate" name="startDate" type="date" />
          <mat-error>{{ form.controls.startDate.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batches.endDate' | t }}</mat-label>
          <input matInput formControlName="endDate" name="endDate" type="date" />
          <mat-error>{{ form.controls.endDate.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batches.capacity' | t }}</mat-label>
          <input matInput formControlName="capacity" name="capacity" type="number" inputmode="numeric" />
          <mat-error>{{ form.controls.capacity.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batches.venue' | t }}</mat-label>
          <input matInput formControlName="venue" name="venue" autocomplete="off" />
          <mat-error>{{ form.controls.venue.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batches.registrationOpensAt' | t }}</mat-label>
          <input matInput formControlName="registrationOpensAt" name="registrationOpensAt" type="datetime-local" />
          <mat-error>{{ form.controls.registrationOpensAt.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'batches.registrationClosesAt' | t }}</mat-label>
          <input matInput formControlName="registrationClosesAt" name="registrationClosesAt" type="datetime-local" />
          <mat-error>{{ form.controls.registrationClosesAt.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="requiresApproval" name="requiresApproval">{{ 'batches.requiresApproval' | t }}</mat-checkbox>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">
          {{ (submitting() ? 'common.saving' : 'common.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchCreateDialog {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<BatchCreateDialog, BatchView>>(MatDialogRef);
  protected readonly program = inject<ProgramView>(MAT_DIALOG_DATA);
  protected readonly submitting = signal(false);
  private readonly startDate = new FormControl('', { nonNullable: true, validators: Validators.required });
  protected readonly form = new FormGroup({
    startDate: this.startDate,
    endDate: new FormControl('', { nonNullable: true, validators: [Validators.required, notBefore(this.startDate)] }),
    capacity: new FormControl<number | null>(30, { validators: [Validators.required, Validators.min(1), integerValidator] }),
    venue: new FormControl('', { nonNullable: true }),
    registrationOpensAt: new FormControl('', { nonNullable: true }),
    registrationClosesAt: new FormControl('', { nonNullable: true }),
    requiresApproval: new FormControl(true, { nonNullable: true }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    // datetime-local has no zone: the browser's zone converts it to an instant.
    const instant = (value: string) => (value ? new Date(value).toISOString() : null);
    const request: BatchRequest = {
      startDate: raw.startDate,
      endDate: raw.endDate,
      capacity: Number(raw.capacity),
      venue: raw.venue.trim() || null,
      requiresApproval: raw.requiresApproval,
      registrationOpensAt: instant(raw.registrationOpensAt),
      registrationClosesAt: instant(raw.registrationClosesAt),
    };
    this.submitting.set(true);
    this.programs.createBatch(this.program.id, request).subscribe({
      next: (batch) => {
        this.submitting.set(false);
        this.notifier.success('batches.created', { name: batch.name });
        this.dialogRef.close(batch);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
