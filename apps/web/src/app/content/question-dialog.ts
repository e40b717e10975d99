import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ASSESSMENT_LIMITS, QUESTION_KINDS, type QuestionKind, type QuestionView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { questionKindLabel } from './content-labels';
import { ContentService } from './content.service';
import { showRefusedSave } from './form-errors';
import { FormProblems } from './form-problems';
import { QuestionForm, isChoice } from './question-form';

const KEY_ERRORS: readonly (readonly [string, TranslationKey])[] = [
  ['correctOne', 'content.questions.correctOne'],
  ['correctSome', 'content.questions.correctSome'],
  ['required', 'content.questions.acceptedRequired'],
  ['maxItems', 'content.questions.acceptedTooMany'],
];

export interface QuestionDialogData {
  programId: string;
  moduleId: string;
  /** null: a new question in the module's bank. */
  question: QuestionView | null;
}

/** Writes one question of a module's bank with its key; closes with the saved question. */
@Component({
  selector: 'bt-question-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    FieldErrorPipe,
    TranslatePipe,
    FormProblems,
  ],
  templateUrl: './question-dialog.html',
  styleUrls: ['./content-shared.scss', './question-dialog.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionDialog {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly dialogRef = inject<MatDialogRef<QuestionDialog, QuestionView>>(MatDialogRef);
  protected readonly data = inject<QuestionDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = QUESTION_KINDS;
  protected readonly kindLabel = questionKindLabel;
  protected readonly isChoice = isChoice;
  protected readonly limits = ASSESSMENT_LIMITS;
  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly editor = new QuestionForm(this.data.question ?? undefined);
  protected readonly form = this.editor.group;
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);

  /** The message under the options (or the accepted answers), which have no input of their own to show it. */
  protected keyError(control: 'correctIndexes' | 'accepted'): string | null {
    const { touched, errors } = this.form.controls[control];
    if (!touched || !errors) return null;
    if (typeof errors['server'] === 'string') return errors['server'];
    return this.i18n.t(KEY_ERRORS.find(([code]) => errors[code])?.[1] ?? 'validation.invalid');
  }

  protected changeKind(kind: QuestionKind): void {
    this.editor.setKind(kind);
  }

  protected addAccepted(event: MatChipInputEvent): void {
    this.editor.addAccepted(event.value);
    event.chipInput.clear();
  }

  protected save(): void {
    this.problems.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = this.editor.value();
    const current = this.data.question;
    this.saving.set(true);
    (current ? this.content.updateQuestion(current.id, request) : this.content.createQuestion(this.data.programId, this.data.moduleId, request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        showRefusedSave(error, this.form, this.problems, this.notifier);
      },
    });
  }
}
