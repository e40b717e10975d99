import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ATTENDANCE_MODES, CHECK_IN_RULE_MAX_MINUTES, ErrorCode, type AttendanceMode, type AttendanceSettingsView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { integerValidator } from '../core/validators';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AttendanceService } from './attendance.service';

export interface AttendanceSettingsData {
  batchId: string;
  settings: AttendanceSettingsView;
}

const minutes = () => new FormControl(0, { nonNullable: true, validators: [Validators.required, Validators.min(0), Validators.max(CHECK_IN_RULE_MAX_MINUTES), integerValidator] });

/** Per session or per day, and the check-in window; closes with the saved settings. */
@Component({
  selector: 'bt-attendance-settings-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'attendance.settings.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <fieldset class="modes">
          <legend>{{ 'attendance.settings.mode' | t }}</legend>
          <mat-radio-group formControlName="mode" name="mode" [attr.aria-label]="'attendance.settings.mode' | t">
            @for (mode of modes; track mode) {
              <mat-radio-button [value]="mode" [attr.data-testid]="'mode-' + mode">
                <span class="strong">{{ modeLabel(mode) | t }}</span>
                <span class="muted small hint">{{ modeHint(mode) | t }}</span>
              </mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
        @if (lockedMessage(); as message) {
          <p class="notice notice-warn" role="alert" data-testid="mode-locked">{{ message }}</p>
        } @else if (data.settings.hasRecords) {
          <p class="muted small" data-testid="mode-locked">{{ 'attendance.settings.modeLocked' | t }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'attendance.settings.opensBefore' | t }}</mat-label>
          <input matInput formControlName="opensBeforeMinutes" name="opensBeforeMinutes" type="number" inputmode="numeric" min="0" />
          <span matTextSuffix>{{ 'attendance.settings.minutes' | t }}</span>
          <mat-hint>{{ 'attendance.settings.opensBeforeHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.opensBeforeMinutes.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.settings.lateAfter' | t }}</mat-label>
          <input matInput formControlName="lateAfterMinutes" name="lateAfterMinutes" type="number" inputmode="numeric" min="0" />
          <span matTextSuffix>{{ 'attendance.settings.minutes' | t }}</span>
          <mat-hint>{{ 'attendance.settings.lateAfterHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.lateAfterMinutes.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.settings.closesAfter' | t }}</mat-label>
          <input matInput formControlName="closesAfterMinutes" name="closesAfterMinutes" type="number" inputmode="numeric" min="0" />
          <span matTextSuffix>{{ 'attendance.settings.minutes' | t }}</span>
          <mat-hint>{{ 'attendance.settings.closesAfterHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.closesAfterMinutes.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ 'common.save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .modes {
      border: 0;
      margin: 0 0 8px;
      padding: 0;
      legend {
        padding: 0;
        margin-bottom: 4px;
      }
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .hint {
      display: block;
    }
    mat-form-field {
      margin-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceSettingsDialog {
  private readonly attendance = inject(AttendanceService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<AttendanceSettingsDialog, AttendanceSettingsView>>(MatDialogRef);
  protected readonly data = inject<AttendanceSettingsData>(MAT_DIALOG_DATA);

  protected readonly modes = ATTENDANCE_MODES;
  protected readonly modeLabel = (mode: AttendanceMode): TranslationKey => `attendance.mode.${mode}`;
  protected readonly modeHint = (mode: AttendanceMode): TranslationKey => `attendance.mode.${mode}.hint`;
  protected readonly submitting = signal(false);
  /** The server's 409 when records appeared since the dialog opened. */
  protected readonly lockedMessage = signal<string | null>(null);
  protected readonly form = new FormGroup({
    mode: new FormControl<AttendanceMode>(this.data.settings.mode, { nonNullable: true }),
    opensBeforeMinutes: minutes(),
    lateAfterMinutes: minutes(),
    closesAfterMinutes: minutes(),
  });

  constructor() {
    const { opensBeforeMinutes, lateAfterMinutes, closesAfterMinutes } = this.data.settings;
    this.form.patchValue({ opensBeforeMinutes, lateAfterMinutes, closesAfterMinutes });
    if (this.data.settings.hasRecords) this.form.controls.mode.disable();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.submitting.set(true);
    this.attendance
      .updateSettings(this.data.batchId, {
        ...(this.form.controls.mode.enabled ? { mode: value.mode } : {}),
        opensBeforeMinutes: Number(value.opensBeforeMinutes),
        lateAfterMinutes: Number(value.lateAfterMinutes),
        closesAfterMinutes: Number(value.closesAfterMinutes),
      })
      .subscribe({
        next: (settings) => {
          this.submitting.set(false);
          this.dialogRef.close(settings);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const body = errorBodyOf(error);
          if (body?.code === ErrorCode.AttendanceRecorded) {
            this.lockedMessage.set(body.message);
            this.form.controls.mode.setValue(this.data.settings.mode);
            this.form.controls.mode.disable();
            return;
          }
          this.notifier.error(error, this.form);
        },
      });
  }
}
