import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { SubmissionFileView } from '@bimtek/contracts';
import { AttachmentSaver } from '../../core/download';
import { ProtectedImage } from '../../core/protected-image';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService } from '../assess.service';

/**
 * The files of a hand-in: a thumbnail for photos (fetched with the access token), a download button,
 * the caption. With `kept`, each can be left out of the next hand-in or included again.
 */
@Component({
  selector: 'bt-submitted-files',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, ProtectedImage],
  template: `
    <ul class="files">
      @for (file of files(); track file.id) {
        @let included = kept()?.has(file.id) ?? true;
        <li [class.left-out]="!included" data-testid="submitted-file" [attr.data-file]="file.id">
          @if (file.thumbUrl) {
            <img class="thumb" [btProtectedSrc]="file.thumbUrl" [alt]="file.caption ?? file.fileName" width="72" height="72" />
          } @else {
            <mat-icon class="thumb doc" aria-hidden="true">description</mat-icon>
          }
          <div class="about">
            <span class="break small">{{ file.fileName }}</span>
            @if (file.caption) {
              <span class="break">{{ file.caption }}</span>
            }
            @if (!included) {
              <span class="muted small">{{ 'assess.assignment.removed' | t }}</span>
            }
          </div>
          <div class="buttons">
            <button mat-icon-button type="button" [disabled]="downloading()" [attr.aria-label]="'assess.assignment.download' | t: { name: file.fileName }" (click)="download(file)">
              <mat-icon>download</mat-icon>
            </button>
            @if (kept()) {
              <button
                mat-icon-button
                type="button"
                name="toggle-keep"
                [attr.aria-label]="(included ? 'assess.assignment.removeKept' : 'assess.assignment.restoreKept') | t: { name: file.fileName }"
                (click)="toggled.emit(file.id)"
              >
                <mat-icon>{{ included ? 'delete' : 'undo' }}</mat-icon>
              </button>
            }
          </div>
        </li>
      }
    </ul>
  `,
  styleUrls: ['./file-thumbs.scss'],
  styles: `
    .files {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    li {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    li.left-out .thumb,
    li.left-out .about {
      opacity: 0.5;
    }
    .buttons {
      display: flex;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmittedFiles {
  private readonly api = inject(AssessService);
  private readonly saver = inject(AttachmentSaver);

  readonly files = input.required<SubmissionFileView[]>();
  /** The ids going with the next hand-in; null shows the files without keep/leave-out buttons. */
  readonly kept = input<ReadonlySet<string> | null>(null);
  readonly toggled = output<string>();

  protected readonly downloading = signal(false);

  protected download(file: SubmissionFileView): void {
    this.saver.save(this.api.submissionFile(file.url), file.fileName, this.downloading);
  }
}
