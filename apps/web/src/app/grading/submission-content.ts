import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { SubmissionFileView, SubmissionView } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { ProtectedImage } from '../core/protected-image';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { GradingService } from './grading.service';

/** What a participant handed in: the text as written (never as HTML), the files with thumbnails and captions. */
@Component({
  selector: 'bt-submission-content',
  imports: [MatButtonModule, MatIconModule, ProtectedImage, TranslatePipe, LocalDatePipe],
  template: `
    <p class="small">
      {{ 'grading.submittedAt' | t: { at: (submission().submittedAt | localDate: 'dateTime') } }}
      @if (submission().version > 1) {
        · {{ 'grading.handedInTimes' | t: { count: submission().version } }}
      }
      @if (submission().late) {
        <span class="tag tag-warn" data-testid="late">{{ 'grading.late' | t }}</span>
      }
    </p>
    @if (submission().text; as text) {
      <div class="text" data-testid="submission-text">{{ text }}</div>
    }
    @if (submission().files.length > 0) {
      <ul class="files">
        @for (f of submission().files; track f.id) {
          <li class="file" [attr.data-file]="f.id">
            @if (f.thumbUrl) {
              <img class="thumb" [btProtectedSrc]="f.thumbUrl" [alt]="f.caption || f.fileName" loading="lazy" />
            } @else {
              <mat-icon class="file-icon" aria-hidden="true">{{ f.contentType === 'application/pdf' ? 'picture_as_pdf' : 'description' }}</mat-icon>
            }
            <div class="file-text">
              @if (f.caption) {
                <p class="break">{{ f.caption }}</p>
              }
              <p class="muted small break">{{ f.fileName }} · {{ size(f) }}</p>
              <button mat-stroked-button type="button" name="download-file" [disabled]="downloading()" (click)="download(f)">
                <mat-icon>download</mat-icon>
                {{ 'grading.download' | t }}
              </button>
            </div>
          </li>
        }
      </ul>
    }
    @if (!submission().text && submission().files.length === 0) {
      <p class="muted">{{ 'grading.emptySubmission' | t }}</p>
    }
  `,
  styles: `
    .text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      margin-bottom: 16px;
    }
    .files {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
    }
    .file {
      display: flex;
      gap: 12px;
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .thumb {
      width: 96px;
      height: 96px;
      object-fit: cover;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
      flex: none;
    }
    .file-icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      flex: none;
    }
    .file-text {
      min-width: 0;
      p {
        margin: 0 0 4px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionContent {
  private readonly grading = inject(GradingService);
  private readonly attachments = inject(AttachmentSaver);
  private readonly i18n = inject(I18n);

  readonly submission = input.required<SubmissionView>();

  protected readonly downloading = signal(false);

  protected size(file: SubmissionFileView): string {
    const locale = this.i18n.locale();
    return file.sizeBytes >= 1024 * 1024
      ? `${(file.sizeBytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
      : `${Math.max(1, Math.round(file.sizeBytes / 1024)).toLocaleString(locale)} KB`;
  }

  protected download(file: SubmissionFileView): void {
    this.attachments.save(this.grading.file(file.url), file.fileName, this.downloading);
  }
}
