import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { VerifyService } from './verify.service';

interface CheckedFile {
  fileName: string;
  matches: boolean;
}

/** "Periksa berkas PDF": compares a chosen PDF with the issued one, byte for byte (by its SHA-256, on the server). */
@Component({
  selector: 'bt-pdf-file-check',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <input #picker type="file" name="pdf" class="visually-hidden" tabindex="-1" aria-hidden="true" accept="application/pdf,.pdf" (change)="fileChosen($event)" />
    <button mat-stroked-button type="button" name="choose-pdf" [disabled]="checking()" (click)="picker.click()">
      <mat-icon>upload_file</mat-icon>
      {{ 'verify.check.choose' | t }}
    </button>
    @if (checking()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'verify.check.checking' | t" />
    }
    <div aria-live="polite">
      @if (result(); as checked) {
        <div class="result" [class.matches]="checked.matches" [class.differs]="!checked.matches" data-testid="check-result">
          <mat-icon aria-hidden="true">{{ checked.matches ? 'task_alt' : 'gpp_bad' }}</mat-icon>
          <div>
            <p class="strong">{{ (checked.matches ? 'verify.check.matches' : 'verify.check.differs') | t }}</p>
            <p class="small break">{{ 'verify.check.file' | t: { name: checked.fileName } }}</p>
          </div>
        </div>
      }
      @if (problem(); as text) {
        <div class="notice notice-warn" role="alert" data-testid="check-problem">
          <mat-icon>error</mat-icon>
          <p class="break">{{ text }}</p>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-progress-bar {
      margin-top: 12px;
    }
    .result,
    .notice {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin: 12px 0 0;
      padding: 12px 16px;
      border-radius: 12px;
      p {
        margin: 0;
      }
    }
    .matches {
      background: #dcf3e2;
      color: #0b4f22;
    }
    .differs {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PdfFileCheck {
  private readonly verification = inject(VerifyService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  /** The verification code of the certificate the file should be. */
  readonly code = input.required<string>();

  protected readonly checking = signal(false);
  protected readonly result = signal<CheckedFile | null>(null);
  protected readonly problem = signal<string | null>(null);

  /** The file input's change; cleared so the same file can be checked again. */
  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.result.set(null);
    if (file.type !== 'application/pdf' && !/\.pdf$/i.test(file.name)) {
      this.problem.set(this.i18n.t('verify.check.notPdf', { name: file.name }));
      return;
    }
    this.problem.set(null);
    this.checking.set(true);
    this.verification.check(this.code(), file).subscribe({
      next: (checked) => {
        this.checking.set(false);
        this.result.set({ fileName: file.name, matches: checked.matches });
      },
      error: (error: unknown) => {
        this.checking.set(false);
        const body = errorBodyOf(error);
        if (body) this.problem.set(body.errors?.map((e) => e.message).join(' ') || body.message);
        else this.notifier.error(error);
      },
    });
  }
}
