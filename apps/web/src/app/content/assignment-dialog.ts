import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ASSIGNMENT_FILE_KINDS, ASSIGNMENT_LIMITS, type AssignmentView, ErrorCode, type ModuleView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AssignmentForm } from './assignment-form';
import { fileKindLabel } from './content-labels';
import { ContentService } from './content.service';
import { showRefusedSave } from './form-errors';
import { FormProblems } from './form-problems';
import { RubricEditor } from './rubric-editor';

export interface AssignmentDialogData {
  programId: string;
  modules: ModuleView[];
  /** The module a new assignment belongs to. */
  moduleId: string;
  /** null: a new assignment. */
  assignment: AssignmentView | null;
}

/** The form holds megabytes; the request (and the server's field error) names bytes. */
const FIELD_ALIASES = { maxFileBytes: 'maxFileMb' } as const;

/** An assignment of a module: instructions, what may be handed in, and its rubric. Closes with the saved assignment. */
@Component({
  selector: 'bt-assignment-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    FieldErrorPipe,
    TranslatePipe,
    FormProblems,
    RubricEditor,
  ],
  templateUrl: './assignment-dialog.html',
  styleUrls: ['./content-shared.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentDialog {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<AssignmentDialog, AssignmentView>>(MatDialogRef);
  protected readonly data = inject<AssignmentDialogData>(MAT_DIALOG_DATA);

  protected readonly fileKinds = ASSIGNMENT_FILE_KINDS;
  protected readonly fileKindLabel = fileKindLabel;
  protected readonly limits = ASSIGNMENT_LIMITS;
  protected readonly editor = new AssignmentForm(this.data.assignment ?? undefined, this.data.moduleId);
  protected readonly form = this.editor.group;
  protected readonly fileKind = toSignal(this.form.controls.fileKind.valueChanges, { initialValue: this.form.controls.fileKind.value });
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);
  /** Why the rubric cannot change: graded before the dialog opened, or since (the server's 409). */
  protected readonly rubricLocked = signal<string | null>(null);

  protected save(): void {
    this.problems.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = this.editor.value();
    const current = this.data.assignment;
    this.saving.set(true);
    (current ? this.content.updateAssignment(current.id, request) : this.content.createAssignment(this.data.programId, request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const body = errorBodyOf(error);
        if (current && body?.code === ErrorCode.RubricLocked) {
          // Graded since the dialog opened: the rubric goes back to what the grades name; the rest is kept.
          this.rubricLocked.set(body.message);
          this.editor.lockRubric(current.rubric);
          return;
        }
        showRefusedSave(error, this.form, this.problems, this.notifier, FIELD_ALIASES);
      },
    });
  }
}
