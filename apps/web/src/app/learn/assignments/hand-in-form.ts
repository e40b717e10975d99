import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ASSIGNMENT_LIMITS, type ErrorBody, type MyAssignmentView, type SubmissionView } from '@bimtek/contracts';
import type { Subscription } from 'rxjs';
import { FieldErrorPipe } from '../../core/field-error.pipe';
import { Notifier } from '../../core/notifier';
import { applyFieldErrors, errorBodyOf } from '../../core/server-errors';
import { I18n } from '../../i18n/i18n';
import type { TranslationKey } from '../../i18n/id';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AssessService } from '../assess.service';
import { type Problem, acceptFor, countProblem, fileProblem, isImage, megabytes } from './hand-in-files';
import { SubmittedFiles } from './submitted-files';

interface PickedFile {
  file: File;
  /** Object URL of a photo, to preview it before uploading. */
  preview: string | null;
}

/**
 * Handing in (again): photos or documents with a caption each, the earlier files to keep, and the text.
 * The server's rules (count, size, type) are checked here first; its own field errors still land on
 * the right field. The upload shows its progress.
 */
@Component({
  selector: 'bt-hand-in-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, FieldErrorPipe, TranslatePipe, SubmittedFiles],
  template: `
    @let view = assignment();
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (problem(); as message) {
        <p class="notice notice-warn" role="alert" data-testid="hand-in-problem">{{ message }}</p>
      }

      @if (view.fileKind !== 'none') {
        <p class="muted small" data-testid="files-hint">
          {{ 'assess.assignment.filesHint' | t: { types: (typesLabel() | t), min: view.minFiles, max: view.maxFiles, size: maxSize() } }}
        </p>

        @if (previous().length > 0) {
          <h3>{{ 'assess.assignment.previousFiles' | t }}</h3>
          <bt-submitted-files [files]="previous()" [kept]="kept()" (toggled)="toggleKept($event)" />
        }

        @if (picked().length > 0) {
          <h3>{{ 'assess.assignment.newFiles' | t }}</h3>
        }
        <ul class="picked" formArrayName="captions">
          @for (item of picked(); track item; let i = $index) {
            <li data-testid="picked-file">
              @if (item.preview) {
                <img class="thumb" [src]="item.preview" [alt]="item.file.name" width="72" height="72" />
              } @else {
                <mat-icon class="thumb doc" aria-hidden="true">description</mat-icon>
              }
              <div class="about">
                <span class="small break">{{ item.file.name }} · {{ sizeOf(item.file) }} MB</span>
                <mat-form-field>
                  <mat-label>{{ 'assess.assignment.caption' | t }}</mat-label>
                  <input matInput [formControlName]="i" [name]="'caption-' + i" [attr.maxlength]="limits.caption" />
                  <mat-error>{{ form.controls.captions.at(i).errors | fieldError }}</mat-error>
                </mat-form-field>
                @if (fileError(i); as message) {
                  <span class="field-error" role="alert" data-testid="file-error">{{ message }}</span>
                }
              </div>
              <button mat-icon-button type="button" name="remove-file" [attr.aria-label]="'assess.assignment.remove' | t: { name: item.file.name }" (click)="remove(i)">
                <mat-icon>close</mat-icon>
              </button>
            </li>
          }
        </ul>

        <input #picker type="file" multiple class="visually-hidden" name="files" [accept]="accept()" [attr.aria-label]="pickLabel() | t" (change)="pick(picker)" />
        <button mat-stroked-button type="button" name="pick" class="pick" [disabled]="uploading()" (click)="picker.click()">
          <mat-icon>{{ view.fileKind === 'images' ? 'add_a_photo' : 'upload_file' }}</mat-icon>
          {{ pickLabel() | t }}
        </button>
        @for (rejection of rejected(); track $index) {
          <p class="field-error" role="alert" data-testid="rejected-file">{{ rejection.key | t: rejection.params }}</p>
        }
        @if (filesError(); as message) {
          <p class="field-error" role="alert" data-testid="files-error">{{ message }}</p>
        }
      }

      @if (showText()) {
        <mat-form-field class="text">
          <mat-label>{{ 'assess.assignment.text' | t }}</mat-label>
          <textarea matInput formControlName="text" name="text" rows="10" [attr.maxlength]="limits.text"></textarea>
          <mat-hint align="end">{{ form.controls.text.value.length }}/{{ limits.text }}</mat-hint>
          <mat-error data-testid="text-error">{{ form.controls.text.errors | fieldError }}</mat-error>
        </mat-form-field>
      }

      @if (progress(); as upload) {
        <div class="progress" role="status">
          <mat-progress-bar mode="determinate" [value]="upload.percent" [attr.aria-label]="'assess.assignment.uploading' | t: upload" />
          <span class="small" data-testid="upload-progress">{{ 'assess.assignment.uploading' | t: upload }}</span>
        </div>
      }

      <button mat-flat-button type="submit" name="hand-in" class="hand-in" [disabled]="uploading()">
        <mat-icon>send</mat-icon>
        {{ (view.submission ? 'assess.assignment.handInAgain' : 'assess.assignment.handIn') | t }}
      </button>
    </form>
  `,
  styleUrls: ['./file-thumbs.scss'],
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 8px;
    }
    .picked {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
      li {
        display: flex;
        align-items: flex-start;
        gap: 12px;
      }
    }
    .about mat-form-field {
      width: 100%;
    }
    .pick,
    .hand-in {
      width: 100%;
      height: 48px;
    }
    .hand-in {
      margin-top: 16px;
      height: 56px;
    }
    .field-error {
      color: var(--mat-sys-error);
      font-size: 0.875rem;
      margin: 4px 0;
    }
    .text {
      width: 100%;
      margin-top: 16px;
    }
    .progress {
      margin-top: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandInForm {
  private readonly api = inject(AssessService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();
  readonly assignment = input.required<MyAssignmentView>();
  readonly handedIn = output<SubmissionView>();

  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly picked = signal<PickedFile[]>([]);
  protected readonly kept = signal<ReadonlySet<string>>(new Set());
  protected readonly rejected = signal<Problem[]>([]);
  /** After the first attempt to hand in, "too few files" shows too. */
  protected readonly tried = signal(false);
  protected readonly progress = signal<{ percent: number } | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected readonly form = new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ASSIGNMENT_LIMITS.text)] }),
    files: new FormArray<FormControl<File>>([]),
    captions: new FormArray<FormControl<string>>([]),
  });

  protected readonly previous = computed(() => this.assignment().submission?.files ?? []);
  protected readonly uploading = computed(() => this.progress() !== null);
  protected readonly accept = computed(() => acceptFor(this.assignment().fileKind));
  protected readonly typesLabel = computed<TranslationKey>(() => `assess.assignment.types.${this.assignment().fileKind}`);
  protected readonly pickLabel = computed<TranslationKey>(() => (this.assignment().fileKind === 'images' ? 'assess.assignment.pickPhotos' : 'assess.assignment.pickFiles'));
  protected readonly maxSize = computed(() => megabytes(this.assignment().maxFileBytes));
  protected readonly showText = computed(() => {
    const view = this.assignment();
    return view.textRequired || view.fileKind === 'none' || !!view.submission?.text;
  });
  private readonly countIssue = computed(() => {
    const problem = countProblem(this.kept().size + this.picked().length, this.assignment());
    return problem && (this.tried() || problem.key === 'assess.assignment.tooMany') ? problem : null;
  });
  private upload?: Subscription;

  constructor() {
    effect(() => {
      const view = this.assignment();
      untracked(() => this.reset(view));
    });
    inject(DestroyRef).onDestroy(() => {
      this.upload?.unsubscribe();
      this.revokePreviews();
    });
  }

  /** The server's error on the files as a whole (count, kept files), else too few or too many. */
  protected filesError(): string | null {
    const server = this.form.controls.files.errors?.['server'] as string | undefined;
    if (server) return server;
    const issue = this.countIssue();
    return issue ? this.i18n.t(issue.key, issue.params) : null;
  }

  /** The server's error on one new file (e.g. its content is not a photo). */
  protected fileError(index: number): string | null {
    return (this.form.controls.files.at(index)?.errors?.['server'] as string | undefined) ?? null;
  }

  protected sizeOf(file: File): string {
    return megabytes(file.size);
  }

  protected pick(picker: HTMLInputElement): void {
    const rejected: Problem[] = [];
    const added: PickedFile[] = [];
    for (const file of Array.from(picker.files ?? [])) {
      const problem = fileProblem(file, this.assignment());
      if (problem) {
        rejected.push(problem);
        continue;
      }
      added.push({ file, preview: isImage(file.type) ? URL.createObjectURL(file) : null });
      this.form.controls.files.push(new FormControl(file, { nonNullable: true }));
      this.form.controls.captions.push(new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ASSIGNMENT_LIMITS.caption)] }));
    }
    this.rejected.set(rejected);
    this.picked.update((picked) => [...picked, ...added]);
    this.problem.set(null);
    // Picking the same file again (after removing it) must fire "change" again.
    picker.value = '';
  }

  protected remove(index: number): void {
    const item = this.picked()[index];
    if (item?.preview) URL.revokeObjectURL(item.preview);
    this.picked.update((picked) => picked.filter((_, i) => i !== index));
    this.form.controls.files.removeAt(index);
    this.form.controls.captions.removeAt(index);
  }

  protected toggleKept(fileId: string): void {
    this.kept.update((kept) => {
      const next = new Set(kept);
      if (!next.delete(fileId)) next.add(fileId);
      return next;
    });
    this.form.controls.files.updateValueAndValidity();
  }

  protected submit(): void {
    if (this.uploading()) return;
    this.tried.set(true);
    this.problem.set(null);
    const text = this.form.controls.text;
    if (text.value.trim() === '' && text.value !== '') text.setValue('');
    if (this.form.invalid || this.countIssue()) {
      this.form.markAllAsTouched();
      return;
    }
    const kept = this.kept();
    const keptFiles = this.previous().filter((file) => kept.has(file.id));
    this.progress.set({ percent: 0 });
    this.upload = this.api
      .handIn(this.batchId(), this.assignment().id, {
        files: this.picked().map((item) => item.file),
        // One caption per file of the whole hand-in: the kept files (with their captions) first, then the new ones.
        captions: [...keptFiles.map((file) => file.caption ?? ''), ...this.form.controls.captions.getRawValue().map((caption) => caption.trim())],
        keepFileIds: keptFiles.map((file) => file.id),
        text: this.showText() ? text.value : null,
      })
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            this.progress.set({ percent: event.total ? Math.round((100 * event.loaded) / event.total) : 0 });
          } else if (event.type === HttpEventType.Response && event.body) {
            this.progress.set(null);
            this.notifier.success('assess.assignment.sent');
            this.handedIn.emit(event.body);
          }
        },
        error: (error: unknown) => {
          this.progress.set(null);
          this.showError(error);
        },
      });
  }

  private showError(error: unknown): void {
    const body = errorBodyOf(error);
    if (body?.errors?.length) {
      const placed = applyFieldErrors(this.form, { ...body, errors: body.errors.map((fieldError) => ({ ...fieldError, field: formField(fieldError.field) })) } satisfies ErrorBody);
      if (placed) return;
    }
    const fallback = error instanceof HttpErrorResponse && error.status === 0 ? 'error.network' : 'error.unexpected';
    this.problem.set(body?.message ?? this.i18n.t(fallback));
  }

  private reset(view: MyAssignmentView): void {
    this.upload?.unsubscribe();
    this.progress.set(null);
    this.revokePreviews();
    this.picked.set([]);
    this.form.controls.files.clear();
    this.form.controls.captions.clear();
    this.kept.set(new Set(view.submission?.files.map((file) => file.id) ?? []));
    this.rejected.set([]);
    this.tried.set(false);
    this.problem.set(null);
    const text = this.form.controls.text;
    text.setValue(view.submission?.text ?? '');
    text.setValidators(view.textRequired ? [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.text)] : [Validators.maxLength(ASSIGNMENT_LIMITS.text)]);
    // Hidden fields take no server errors, so those errors show in the general message.
    if (this.showText()) text.enable();
    else text.disable();
    text.markAsUntouched();
    text.updateValueAndValidity();
  }

  private revokePreviews(): void {
    for (const item of untracked(this.picked)) if (item.preview) URL.revokeObjectURL(item.preview);
  }
}

/** The server's field names onto the form's: `captions[1]` → `captions.1`; the kept files count as the files. */
export function formField(field: string): string {
  const dotted = field.replace(/\[(\d+)\]/g, '.$1');
  if (dotted === 'file' || dotted.startsWith('keepFileIds')) return 'files';
  return dotted;
}
