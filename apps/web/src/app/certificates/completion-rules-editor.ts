import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { BatchCompletionRules } from '@bimtek/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { BatchLearningService } from '../batch-learning/batch-learning.service';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { revealErrors } from '../core/forms';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CertificatesService } from './certificates.service';
import { CompletionRulesForm } from './completion-rules-form';
import { PredicateBandsEditor } from './predicate-bands-editor';

/** A batch's completion rules: thresholds, required assignments and predicate bands; saving gives the batch its own. */
@Component({
  selector: 'bt-completion-rules',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, FieldErrorPipe, TranslatePipe, PredicateBandsEditor],
  templateUrl: './completion-rules-editor.html',
  styleUrl: './completion-rules-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletionRulesEditor {
  private readonly certificates = inject(CertificatesService);
  private readonly learning = inject(BatchLearningService);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  readonly batchId = input.required<string>();
  readonly rules = input.required<BatchCompletionRules>();
  /** After the rules were saved or dropped: the results need computing again. */
  readonly changed = output<void>();

  protected readonly editor = new CompletionRulesForm();
  protected readonly form = this.editor.group;
  protected readonly saving = signal(false);
  /** The batch's assignments to choose from; without them the rules still save. */
  protected readonly assignments = toSignal(
    toObservable(this.batchId).pipe(switchMap((id) => this.learning.assignments(id).pipe(catchError(() => of([]))))),
    { initialValue: [] },
  );

  constructor() {
    effect(() => this.editor.patch(this.rules()));
  }

  protected save(): void {
    if (this.form.invalid) {
      revealErrors(this.form, this.host);
      return;
    }
    this.saving.set(true);
    this.certificates.saveRules(this.batchId(), this.editor.value()).subscribe({
      next: () => {
        this.saving.set(false);
        this.notifier.success('certificates.rules.saved');
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }

  protected reset(): void {
    this.saving.set(true);
    this.certificates.resetRules(this.batchId()).subscribe({
      next: () => {
        this.saving.set(false);
        this.notifier.success('certificates.rules.resetDone');
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error);
      },
    });
  }
}
