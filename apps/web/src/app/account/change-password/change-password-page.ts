import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { AuthService } from '../../auth/auth.service';
import { Notifier } from '../../core/notifier';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { newPasswordControls } from '../../password/new-password-controls';
import { PasswordField } from '../../password/password-field';
import { AccountService } from '../account.service';

@Component({
  selector: 'bt-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    PasswordField,
    TranslatePipe,
  ],
  templateUrl: './change-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly account = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  /** An admin created the account with a temporary password that must be replaced first. */
  protected readonly required = this.auth.user()?.mustChangePassword ?? false;
  protected readonly submitting = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    ...newPasswordControls('newPassword'),
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.account.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.auth.passwordChanged();
        this.notifier.success('changePassword.done');
        void this.router.navigate(['/']);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
