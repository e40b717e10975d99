import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CertificateSummary } from '@bimtek/contracts';
import { saveThenClose } from '../batch-learning/save-then-close';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CertificatesService } from './certificates.service';
import { reasonControl } from './reason-control';

export type CertificateAction = 'revoke' | 'reissue';

export interface ReasonData {
  action: CertificateAction;
  certificate: CertificateSummary;
}

const TEXTS: Readonly<Record<CertificateAction, { title: TranslationKey; explain: TranslationKey; confirm: TranslationKey }>> = {
  revoke: { title: 'certificates.revoke.title', explain: 'certificates.revoke.explain', confirm: 'certificates.revoke' },
  reissue: { title: 'certificates.reissue.title', explain: 'certificates.reissue.explain', confirm: 'certificates.reissue' },
};

/**
 * Revoking or reissuing a certificate, each with its required reason (shown on the verification
 * page and audited). Closes with the server's answer: the revoked certificate, or the new one.
 */
@Component({
  selector: 'bt-reason-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ texts.title | t: { number: data.certificate.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="break">{{ data.certificate.name }}</p>
        <p class="muted small" data-testid="explanation">{{ texts.explain | t }}</p>
        <mat-form-field>
          <mat-label>{{ 'certificates.reasonLabel' | t }}</mat-label>
          <textarea matInput formControlName="reason" name="reason" rows="3"></textarea>
          <mat-hint>{{ 'certificates.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="submitting()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ texts.confirm | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog {
  private readonly certificates = inject(CertificatesService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog, CertificateSummary>>(MatDialogRef);
  protected readonly data = inject<ReasonData>(MAT_DIALOG_DATA);

  protected readonly texts = TEXTS[this.data.action];
  protected readonly submitting = signal(false);
  protected readonly form = new FormGroup({ reason: reasonControl() });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const reason = this.form.controls.reason.value.trim();
    const id = this.data.certificate.id;
    const send = this.data.action === 'revoke' ? this.certificates.revoke(id, reason) : this.certificates.reissue(id, reason);
    saveThenClose(send, this.dialogRef, this.submitting, this.notifier, this.form);
  }
}
