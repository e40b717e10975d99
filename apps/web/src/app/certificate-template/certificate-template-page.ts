import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, type OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { type CertificateOrientation, type CertificateTemplateView, TrainingPaths } from '@bimtek/contracts';
import { Subject, catchError, debounceTime, from, map, merge, switchMap, tap } from 'rxjs';
import { unreachable } from '../core/connection';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { revealErrors } from '../core/forms';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { readErrorBody } from './blob-error';
import { CertificateTemplateForm, MAX_SIGNERS } from './certificate-template-form';
import { CertificateTemplateService } from './certificate-template.service';
import { PdfCanvas } from './pdf-canvas';
import { PlaceholderChips } from './placeholder-chips';
import { TemplateImageField } from './template-image-field';

/** Typing pauses this long before the preview is asked for; a newer edit cancels the request in flight. */
const PREVIEW_DEBOUNCE_MS = 600;

type Preview = { pdf: Blob } | { problems: string[] };

const ORIENTATIONS: readonly CertificateOrientation[] = ['landscape', 'portrait'];

/**
 * `program/:id/sertifikat`: how the programme's certificates look, with a live preview of the PDF
 * (sample data) beside the form on wide screens and below it on phones.
 */
@Component({
  selector: 'bt-certificate-template-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSlideToggleModule,
    FieldErrorPipe,
    LocalDatePipe,
    TranslatePipe,
    PdfCanvas,
    PlaceholderChips,
    TemplateImageField,
  ],
  templateUrl: './certificate-template-page.html',
  styleUrl: './certificate-template-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateTemplatePage implements OnInit {
  private readonly templates = inject(CertificateTemplateService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** The programme's id, from the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly orientations = ORIENTATIONS;
  protected readonly maxSigners = MAX_SIGNERS;
  protected readonly editor = new CertificateTemplateForm();
  protected readonly form = this.editor.group;
  protected readonly template = signal<CertificateTemplateView | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly previewPdf = signal<Blob | null>(null);
  protected readonly previewLoading = signal(false);
  /** Why the latest preview failed (the server's field messages); the last good preview stays shown. */
  protected readonly previewProblems = signal<string[]>([]);
  private readonly previewNow = new Subject<void>();

  ngOnInit(): void {
    const programId = this.id();
    merge(this.previewNow, this.form.valueChanges.pipe(debounceTime(PREVIEW_DEBOUNCE_MS)))
      .pipe(
        tap(() => this.previewLoading.set(true)),
        switchMap(() =>
          this.templates.preview(programId, this.editor.value()).pipe(
            map((pdf): Preview => ({ pdf })),
            catchError((error: unknown) => from(this.problemsOf(error)).pipe(map((problems): Preview => ({ problems })))),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((preview) => {
        this.previewLoading.set(false);
        if ('pdf' in preview) {
          this.previewPdf.set(preview.pdf);
          this.previewProblems.set([]);
        } else {
          this.previewProblems.set(preview.problems);
        }
      });

    this.templates.get(programId).subscribe({
      next: (template) => {
        this.loading.set(false);
        this.template.set(template);
        this.editor.patch(template);
        this.previewNow.next();
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected orientationLabel(orientation: CertificateOrientation): TranslationKey {
    return `certificateTemplate.orientation.${orientation}`;
  }

  protected save(): void {
    if (this.form.invalid) {
      revealErrors(this.form, this.host);
      return;
    }
    this.saving.set(true);
    this.templates.save(this.id(), this.editor.value()).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.template.set(saved);
        this.form.markAsPristine();
        this.notifier.success('certificateTemplate.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }

  private async problemsOf(error: unknown): Promise<string[]> {
    const body = await readErrorBody(error);
    if (body?.errors?.length) return body.errors.map((fieldError) => fieldError.message);
    if (body) return [body.message];
    return [this.i18n.t(unreachable(error) ? 'error.network' : 'error.unexpected')];
  }
}
