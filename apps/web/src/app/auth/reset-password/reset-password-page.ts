import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ErrorCode, WebRoutes } from '@bimtek/contracts';
import { Notifier } from '../../core/notifier';
import { errorBodyOf } from '../../core/server-errors';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { newPasswordControls } from '../../password/new-password-controls';
import { PasswordField } from '../../password/password-field';
import { AuthService } from '../auth.service';

@Component({
  selector: 'bt-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    PasswordField,
    TranslatePipe,
  ],
  templateUrl: './reset-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly routes = WebRoutes;
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly submitting = signal(false);
  /** The link was used, expired or mistyped: offer a new one instead of a form that cannot work. */
  protected readonly tokenRejected = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group(newPasswordControls('newPassword'));

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
