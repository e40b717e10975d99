import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, WebRoutes } from '@bimtek/contracts';
import { FieldErrorPipe } from '../../core/field-error.pipe';
import { Notifier } from '../../core/notifier';
import { errorBodyOf } from '../../core/server-errors';
import { linkConfirmation } from '../../core/validators';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { AuthService } from '../auth.service';

@Component({
  selector: 'bt-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './reset-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly routes = WebRoutes;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly submitting = signal(false);
  /** The link was used, expired or mistyped: offer a new one instead of a form that cannot work. */
  protected readonly tokenRejected = signal(false);
  protected readonly showPassword = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)]],
    passwordConfirm: ['', Validators.required],
  });

  constructor() {
    linkConfirmation(this.form.controls.newPassword, this.form.controls.passwordConfirm);
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.auth.resetPassword({ token: this.token, newPassword: this.form.getRawValue().newPassword }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.notifier.success('reset.done');
        void this.router.navigate(['/' + WebRoutes.login]);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        if (errorBodyOf(error)?.code === ErrorCode.InvalidResetToken) this.tokenRejected.set(true);
        this.notifier.error(error, this.form);
      },
    });
  }
}
