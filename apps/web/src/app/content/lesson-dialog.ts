import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { LESSON_ATTACHMENT_TYPES, LESSON_LIMITS, type LessonAttachmentView, type LessonRequest, type LessonView } from '@bimtek/contracts';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { AttachmentSaver } from '../core/download';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { fileSize } from '../programs/roster-import';
import { ContentService } from './content.service';
import { showRefusedSave } from './form-errors';
import { FormProblems } from './form-problems';
import { renderLessonMarkdown } from '../core/lesson-markdown';
import { imageMarkdown, insertAt } from './markdown';

export interface LessonDialogData {
  programId: string;
  moduleId: string;
  /** null: a new lesson, appended to the module. */
  lesson: LessonView | null;
}

const ACCEPT = ['.jpg', '.jpeg', '.png', '.webp', '.pdf', '.pptx', ...LESSON_ATTACHMENT_TYPES].join(',');
const URL_PATTERN = /^https?:\/\/\S+$/i;

/**
 * Writes a lesson: Markdown with a live preview, a video link, the lock, and attachments. A new
 * lesson is saved first and the dialog stays open, since attachments belong to a saved lesson.
 * Closes with true when anything was saved (text or files), so the list reloads.
 */
@Component({
  selector: 'bt-lesson-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    FieldErrorPipe,
    TranslatePipe,
    FormProblems,
  ],
  templateUrl: './lesson-dialog.html',
  styleUrls: ['./content-shared.scss', './lesson-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonDialog {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly attachmentSaver = inject(AttachmentSaver);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly dialogRef = inject<MatDialogRef<LessonDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<LessonDialogData>(MAT_DIALOG_DATA);
  private readonly bodyInput = viewChild<ElementRef<HTMLTextAreaElement>>('bodyInput');

  protected readonly accept = ACCEPT;
  protected readonly limits = LESSON_LIMITS;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LESSON_LIMITS.title)] }),
    body: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LESSON_LIMITS.body) }),
    videoUrl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LESSON_LIMITS.videoUrl), Validators.pattern(URL_PATTERN)] }),
    lockedUntilPrevious: new FormControl(false, { nonNullable: true }),
  });

  /** The saved lesson; null until a new one is first saved. */
  protected readonly lesson = signal<LessonView | null>(this.data.lesson);
  protected readonly attachments = signal<LessonAttachmentView[]>(this.data.lesson?.attachments ?? []);
  protected readonly saving = signal(false);
  protected readonly uploading = signal(false);
  /** Field errors of a refused save that no field shows, and why an upload failed. */
  protected readonly problems = signal<string[]>([]);
  protected readonly uploadProblem = signal<string | null>(null);

  /** Object URLs of the image attachments, so the preview can show them (they need the access token). */
  private readonly imageUrls = signal<ReadonlyMap<string, string>>(new Map());
  private readonly body = toSignal(this.form.controls.body.valueChanges, { initialValue: this.data.lesson?.body ?? '' });
  /** Rendered exactly as participants will see it. */
  protected readonly preview = computed(() => renderLessonMarkdown(this.body(), this.imageUrls()));
  private changed = false;

  constructor() {
    const lesson = this.data.lesson;
    if (lesson) {
      this.form.setValue({ title: lesson.title, body: lesson.body, videoUrl: lesson.videoUrl ?? '', lockedUntilPrevious: lesson.lockedUntilPrevious });
      for (const attachment of lesson.attachments) this.fetchImage(attachment);
    }
    // Opened with disableClose: Escape and the backdrop go through close(), which guards unsaved text
    // and still reports files uploaded meanwhile.
    this.dialogRef.backdropClick().subscribe(() => this.close());
    this.dialogRef.keydownEvents().subscribe((event) => {
      if (event.key === 'Escape') this.close();
    });
    inject(DestroyRef).onDestroy(() => {
      for (const url of this.imageUrls().values()) URL.revokeObjectURL(url);
    });
  }

  protected isImage(attachment: LessonAttachmentView): boolean {
    return attachment.contentType.startsWith('image/');
  }

  protected sizeOf(attachment: LessonAttachmentView): string {
    return fileSize(attachment.sizeBytes, this.i18n.locale());
  }

  protected save(): void {
    this.problems.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    const request: LessonRequest = {
      title: raw.title.trim(),
      body: raw.body,
      videoUrl: raw.videoUrl.trim() || null,
      lockedUntilPrevious: raw.lockedUntilPrevious,
    };
    const current = this.lesson();
    this.saving.set(true);
    (current ? this.content.updateLesson(current.id, request) : this.content.createLesson(this.data.programId, this.data.moduleId, request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.changed = true;
        this.form.markAsPristine();
        if (current) {
          this.notifier.success('content.lessons.saved', { title: saved.title });
          this.dialogRef.close(true);
        } else {
          // Stay open: now that the lesson exists, files can be attached to it.
          this.lesson.set(saved);
          this.notifier.success('content.lessons.created', { title: saved.title });
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        showRefusedSave(error, this.form, this.problems, this.notifier);
      },
    });
  }

  /** Closing with unsaved text asks first; files already uploaded are saved either way. */
  protected close(): void {
    if (!this.form.dirty) {
      this.dialogRef.close(this.changed);
      return;
    }
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: { title: 'content.discardTitle', message: 'content.discardMessage', confirm: 'content.discard' },
        maxWidth: '100vw',
        width: '420px',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.dialogRef.close(this.changed);
      });
  }

  /** The file input's change; cleared so the same file can be chosen again after a refusal. */
  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const lesson = this.lesson();
    if (!file || !lesson) return;
    if (file.size > LESSON_LIMITS.attachmentBytes) {
      this.uploadProblem.set(
        this.i18n.t('content.attachments.tooLarge', { name: file.name, max: fileSize(LESSON_LIMITS.attachmentBytes, this.i18n.locale()) }),
      );
      return;
    }
    this.uploadProblem.set(null);
    this.uploading.set(true);
    this.content.uploadAttachment(lesson.id, file).subscribe({
      next: (attachment) => {
        this.uploading.set(false);
        this.changed = true;
        this.attachments.update((list) => [...list, attachment]);
        this.fetchImage(attachment);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        // Shown beside the upload button: the type (read from the bytes) or the size was refused.
        const body = errorBodyOf(error);
        if (body) this.uploadProblem.set(body.errors?.map((e) => e.message).join(' ') || body.message);
        else this.notifier.error(error);
      },
    });
  }

  /** Puts `![caption](attachment:ID)` where the cursor is in the text. */
  protected insertImage(attachment: LessonAttachmentView): void {
    const control = this.form.controls.body;
    const textarea = this.bodyInput()?.nativeElement;
    const start = textarea?.selectionStart ?? control.value.length;
    const end = textarea?.selectionEnd ?? start;
    const { text, cursor } = insertAt(control.value, imageMarkdown(attachment), start, end);
    control.setValue(text);
    control.markAsDirty();
    if (textarea) {
      textarea.focus();
      textarea.setSelectionRange(cursor, cursor);
    }
  }

  protected download(attachment: LessonAttachmentView): void {
    this.attachmentSaver.save(this.content.attachmentFile(attachment), attachment.fileName);
  }

  protected removeAttachment(attachment: LessonAttachmentView): void {
    const lesson = this.lesson();
    if (!lesson) return;
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: { title: 'content.attachments.deleteTitle', message: 'content.attachments.deleteMessage', params: { name: attachment.fileName }, confirm: 'common.delete' },
        maxWidth: '100vw',
        width: '440px',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.content.deleteAttachment(lesson.id, attachment.id).subscribe({
          next: () => {
            this.changed = true;
            this.attachments.update((list) => list.filter((a) => a.id !== attachment.id));
          },
          error: (error: unknown) => this.notifier.error(error),
        });
      });
  }

  private fetchImage(attachment: LessonAttachmentView): void {
    if (!this.isImage(attachment)) return;
    this.content.attachmentBlob(attachment).subscribe({
      next: (blob) => this.imageUrls.update((urls) => new Map(urls).set(attachment.id, URL.createObjectURL(blob))),
      // The preview then shows the image's caption only; the lesson itself is unaffected.
      error: () => undefined,
    });
  }
}
