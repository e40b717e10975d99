import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ProgramView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { integerValidator } from '../core/validators';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from './programs.service';

/** "Salin untuk tahun lain": the same curriculum for another budget year. */
@Component({
  selector: 'bt-copy-program-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'programs.copy' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="break">{{ program.title }}</p>
        <mat-form-field>
          <mat-label>{{ 'programs.year' | t }}</mat-label>
          <input matInput formControlName="year" name="year" type="number" inputmode="numeric" />
          <mat-error>{{ form.controls.year.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ 'programs.copySubmit' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyProgramDialog {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<CopyProgramDialog, ProgramView>>(MatDialogRef);
  protected readonly program = inject<ProgramView>(MAT_DIALOG_DATA);
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(this.program.year + 1, {
      validators: [Validators.required, Validators.min(2000), Validators.max(2100), integerValidator],
    }),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const year = Number(this.form.controls.year.value);
    this.submitting.set(true);
    this.programs.copy(this.program.id, { year }).subscribe({
      next: (copy) => {
        this.submitting.set(false);
        this.notifier.success('programs.copied', { year });
        this.dialogRef.close(copy);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
