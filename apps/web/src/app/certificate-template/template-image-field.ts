import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { TEMPLATE_IMAGE_MAX_BYTES } from '@bimtek/contracts';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { map, startWith, switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { ProtectedImage } from '../core/protected-image';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { fileSize } from '../programs/roster-import';
import { CertificateTemplateService } from './certificate-template.service';

const IMAGE_TYPES = ['image/png', 'image/jpeg'];

/**
 * One image of the template (logo, background, a signature): its thumbnail, upload and remove.
 * The control holds the uploaded image's id; removing only unlinks it from the template.
 */
@Component({
  selector: 'bt-template-image-field',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, ProtectedImage, TranslatePipe],
  template: `
    <div class="label">{{ label() | t }}</div>
    <div class="content">
      @if (imageId(); as id) {
        <img class="thumb" [btProtectedSrc]="imagePath(id)" [alt]="label() | t" data-testid="thumbnail" />
      } @else {
        <span class="thumb muted small">{{ 'certificateTemplate.image.none' | t }}</span>
      }
      <input #picker type="file" class="visually-hidden" tabindex="-1" aria-hidden="true" [name]="name()" [accept]="accept" (change)="fileChosen($event)" />
      <button mat-stroked-button type="button" [name]="'upload-' + name()" [disabled]="uploading()" (click)="picker.click()">
        <mat-icon>upload</mat-icon>
        {{ (imageId() ? 'certificateTemplate.image.replace' : 'certificateTemplate.image.upload') | t }}
      </button>
      @if (imageId()) {
        <button mat-icon-button type="button" [name]="'remove-' + name()" (click)="remove()" [attr.aria-label]="'certificateTemplate.image.remove' | t">
          <mat-icon>delete</mat-icon>
        </button>
      }
    </div>
    <div class="muted small">{{ 'certificateTemplate.image.rules' | t: { max: maxSize() } }}</div>
    @if (uploading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'certificateTemplate.image.uploading' | t" />
    }
    @if (serverError(); as text) {
      <div class="field-error" role="alert">{{ text }}</div>
    }
    @if (problem(); as text) {
      <div class="notice notice-warn" role="alert" data-testid="image-problem">
        <mat-icon>error</mat-icon>
        <p class="break">{{ text }}</p>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 12px;
    }
    .content {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 4px 0;
    }
    .thumb {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      box-sizing: border-box;
      width: 96px;
      height: 64px;
      object-fit: contain;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: #fff;
      text-align: center;
    }
    .notice {
      margin: 8px 0 0;
    }
    .field-error {
      color: var(--mat-sys-error);
      font-size: 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateImageField {
  private readonly templates = inject(CertificateTemplateService);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);

  readonly control = input.required<FormControl<string | null>>();
  readonly programId = input.required<string>();
  readonly label = input.required<TranslationKey>();
  /** Names the file input and the buttons (`logo`, `signature-0`), so each image can be told apart. */
  readonly name = input.required<string>();

  protected readonly accept = IMAGE_TYPES.join(',');
  protected readonly uploading = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly control$ = toObservable(this.control);
  protected readonly imageId = toSignal(this.control$.pipe(switchMap((control) => control.valueChanges.pipe(startWith(control.value)))), {
    initialValue: null,
  });
  /** A refused save's message for this image (e.g. an id the server does not know); gone once it changes. */
  protected readonly serverError = toSignal(
    this.control$.pipe(
      switchMap((control) => control.statusChanges.pipe(startWith(control.status), map(() => (control.errors?.['server'] as string | undefined) ?? null))),
    ),
    { initialValue: null },
  );

  protected maxSize(): string {
    return fileSize(TEMPLATE_IMAGE_MAX_BYTES, this.i18n.locale());
  }

  protected imagePath(imageId: string): string {
    return this.templates.imagePath(this.programId(), imageId);
  }

  /** The file input's change; cleared so the same file can be chosen again after a refusal. */
  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) {
      this.problem.set(this.i18n.t('certificateTemplate.image.type', { name: file.name }));
      return;
    }
    if (file.size > TEMPLATE_IMAGE_MAX_BYTES) {
      this.problem.set(this.i18n.t('certificateTemplate.image.tooLarge', { name: file.name, max: this.maxSize() }));
      return;
    }
    this.problem.set(null);
    this.uploading.set(true);
    this.templates.uploadImage(this.programId(), file).subscribe({
      next: (image) => {
        this.uploading.set(false);
        this.control().setValue(image.id);
        this.control().markAsDirty();
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        // The server reads the type from the bytes and may still refuse; say why beside the button.
        const body = errorBodyOf(error);
        if (body) this.problem.set(body.errors?.map((e) => e.message).join(' ') || body.message);
        else this.notifier.error(error);
      },
    });
  }

  protected remove(): void {
    this.control().setValue(null);
    this.control().markAsDirty();
  }
}
