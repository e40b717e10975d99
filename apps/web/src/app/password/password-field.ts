import { ChangeDetectionStrategy, Component, type Signal, booleanAttribute, computed, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * A password input with a show/hide button. The other password fields of a form pass the first one as
 * `revealedBy` and have no button of their own, so one click shows every password the person types.
 */
@Component({
  selector: 'bt-password-field',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  templateUrl: './password-field.html',
  // The form field stays a direct item of the form's flex column, spaced like the fields around it.
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  /** The control's name in its form: browser tests and `revealErrors` find the input by it. */
  readonly name = input.required<string>();
  readonly label = input.required<TranslationKey>();
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  /** For a new password: states the minimum length before the person runs into it. */
  readonly showRule = input(false, { transform: booleanAttribute });
  readonly revealedBy = input<PasswordField>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  private readonly shown = signal(false);
  protected readonly visible: Signal<boolean> = computed(() => this.revealedBy()?.visible() ?? this.shown());

  protected toggle(): void {
    this.shown.update((shown) => !shown);
  }
}
