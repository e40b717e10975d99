import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { CONSENT_VERSION, WebRoutes } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { revealErrors } from '../core/forms';
import { Notifier } from '../core/notifier';
import { emailValidator } from '../core/validators';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { newPasswordControls } from '../password/new-password-controls';
import { PasswordField } from '../password/password-field';
import { PersonFields } from '../person/person-fields';
import { PersonForm } from '../person/person-form';

/** Self-registration of a participant: account, identity and workplace, and explicit consent (UU PDP). */
@Component({
  selector: 'bt-registration-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    PasswordField,
    PersonFields,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './registration-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly routes = WebRoutes;
  protected readonly consentVersion = CONSENT_VERSION;
  protected readonly submitting = signal(false);
  protected readonly person = new PersonForm();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailValidator]],
    ...newPasswordControls('password'),
    person: this.person.group,
    consent: [false, Validators.requiredTrue],
  });

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form, this.host);
      this.notifier.info('form.fixErrors');
      return;
    }
    const { email, password, consent } = this.form.getRawValue();
    this.submitting.set(true);
    this.auth
      .register({ ...this.person.value(this.i18n.language()), email: email.trim(), password, consent })
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.notifier.success('register.done');
          void this.router.navigate(['/']);
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.notifier.error(error, this.form);
        },
      });
  }
}
