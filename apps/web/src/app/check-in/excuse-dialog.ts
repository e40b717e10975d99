import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { type AttendanceRecordView, type AttendanceUnitView, EVIDENCE_MAX_BYTES, EXCUSED_STATUSES, type ExcusedStatus } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { applyFieldErrors, errorBodyOf } from '../core/server-errors';
import { I18n, type TranslationParams } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { statusLabel } from './attendance-status';
import { MyAttendanceService } from './my-attendance.service';

export interface ExcuseDialogData {
  batchId: string;
  unit: AttendanceUnitView;
  /** The person's own izin or sakit being changed, if any. */
  record: AttendanceRecordView | null;
  /** "Senin, 7 Desember 2026 · 08:00–10:00 WIB". */
  when: string;
}

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
const EVIDENCE_EXTENSIONS = /\.(jpe?g|png|webp|pdf)$/i;
const REASON_MAX = 500;
const MB = 1024 * 1024;

/** Why a picked file cannot be evidence, or null when it can. Some phones report no type; the name then decides. */
export function evidenceProblem(file: Pick<File, 'name' | 'size' | 'type'>): { key: TranslationKey; params?: TranslationParams } | null {
  const typeOk = file.type ? (EVIDENCE_TYPES as readonly string[]).includes(file.type) : EVIDENCE_EXTENSIONS.test(file.name);
  if (!typeOk) return { key: 'myAttendance.excuse.fileType' };
  if (file.size > EVIDENCE_MAX_BYTES) {
    return { key: 'myAttendance.excuse.fileTooLarge', params: { size: (file.size / MB).toFixed(1), max: EVIDENCE_MAX_BYTES / MB } };
  }
  if (file.size === 0) return { key: 'myAttendance.excuse.fileEmpty' };
  return null;
}

/** izin or sakit for one session (or day): a reason, and a photo or PDF as evidence if there is one. */
@Component({
  selector: 'bt-excuse-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'myAttendance.excuse.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="strong break">{{ data.unit.title }}</p>
        <p class="muted small">{{ data.when }}</p>
        @if (problem(); as message) {
          <p class="notice notice-warn" role="alert" data-testid="excuse-problem">{{ message }}</p>
        }
        <div class="statuses">
          <span id="excuse-status-label" class="muted small">{{ 'myAttendance.excuse.status' | t }}</span>
          <mat-radio-group formControlName="status" name="status" aria-labelledby="excuse-status-label">
            @for (status of statuses; track status) {
              <mat-radio-button [value]="status">{{ label(status) | t }}</mat-radio-button>
            }
          </mat-radio-group>
        </div>
        <mat-form-field>
          <mat-label>{{ 'myAttendance.excuse.reason' | t }}</mat-label>
          <textarea matInput formControlName="reason" name="reason" rows="3" [maxlength]="reasonMax"></textarea>
          <mat-hint align="end">{{ form.controls.reason.value.length }}/{{ reasonMax }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>

        <div class="evidence">
          <span class="muted small">{{ 'myAttendance.excuse.file' | t }}</span>
          <input #picker type="file" name="file" class="visually-hidden" [accept]="accept" [attr.aria-label]="'myAttendance.excuse.file' | t" (change)="pick(picker)" />
          @if (file(); as chosen) {
            <div class="chosen">
              <mat-icon aria-hidden="true">attach_file</mat-icon>
              <span class="break" data-testid="excuse-file">{{ chosen.name }}</span>
              <button mat-icon-button type="button" name="remove-file" [attr.aria-label]="'myAttendance.excuse.removeFile' | t" (click)="clearFile(picker)">
                <mat-icon>close</mat-icon>
              </button>
            </div>
          } @else {
            <button mat-stroked-button type="button" name="choose-file" (click)="picker.click()">
              <mat-icon>upload_file</mat-icon>
              {{ 'myAttendance.excuse.chooseFile' | t }}
            </button>
          }
          @if (fileProblem(); as fp) {
            <p class="file-error" role="alert" data-testid="excuse-file-error">{{ fp.key | t: fp.params }}</p>
          }
          <p class="muted small">{{ 'myAttendance.excuse.fileHint' | t }}</p>
          @if (data.record?.hasEvidence) {
            <p class="muted small">{{ 'myAttendance.excuse.keepsEvidence' | t }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">
          {{ (submitting() ? 'common.saving' : 'myAttendance.excuse.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    p {
      margin: 0 0 8px;
    }
    .statuses {
      display: flex;
      flex-direction: column;
      margin: 8px 0 12px;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    .evidence {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
    }
    .chosen {
      display: flex;
      align-items: center;
      gap: 8px;
      max-width: 100%;
    }
    .file-error {
      color: var(--mat-sys-error);
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExcuseDialog {
  private readonly service = inject(MyAttendanceService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly dialogRef = inject<MatDialogRef<ExcuseDialog, AttendanceRecordView>>(MatDialogRef);
  protected readonly data = inject<ExcuseDialogData>(MAT_DIALOG_DATA);

  protected readonly statuses = EXCUSED_STATUSES;
  protected readonly label = statusLabel;
  protected readonly reasonMax = REASON_MAX;
  protected readonly accept = EVIDENCE_TYPES.join(',');
  protected readonly submitting = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<{ key: TranslationKey; params?: TranslationParams } | null>(null);

  private readonly current = this.data.record;
  protected readonly form = new FormGroup({
    status: new FormControl<ExcusedStatus>(this.current?.status === 'sakit' ? 'sakit' : 'izin', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl(this.current?.reason ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(REASON_MAX)] }),
  });

  protected pick(picker: HTMLInputElement): void {
    const chosen = picker.files?.[0] ?? null;
    const problem = chosen ? evidenceProblem(chosen) : null;
    this.fileProblem.set(problem);
    this.file.set(problem ? null : chosen);
    // Picking the same file again after a fix must fire "change" again.
    if (problem) picker.value = '';
  }

  protected clearFile(picker: HTMLInputElement): void {
    picker.value = '';
    this.file.set(null);
    this.fileProblem.set(null);
  }

  protected submit(): void {
    const reason = this.form.controls.reason.value.trim();
    if (reason === '' && this.form.controls.reason.value !== '') this.form.controls.reason.setValue('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.problem.set(null);
    this.submitting.set(true);
    this.service
      .excuse({ batchId: this.data.batchId, unitKey: this.data.unit.key, status: this.form.controls.status.value, reason, file: this.file() })
      .subscribe({
        next: (record) => {
          this.submitting.set(false);
          this.notifier.success('myAttendance.excuse.saved', { status: this.i18n.t(statusLabel(record.status)) });
          this.dialogRef.close(record);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          const body = errorBodyOf(error);
          if (!body) {
            this.notifier.error(error);
            return;
          }
          // "file" has no form control: its message (too large, not a photo or PDF) goes on top.
          if (!applyFieldErrors(this.form, body)) {
            const unplaced = (body.errors ?? []).filter((fieldError) => !this.form.get(fieldError.field)).map((fieldError) => fieldError.message);
            this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : body.message);
          }
        },
      });
  }
}
