import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { WebRoutes } from '@bimtek/contracts';
import { FieldErrorPipe } from '../../core/field-error.pipe';
import { Notifier } from '../../core/notifier';
import { emailOrNipValidator } from '../../core/validators';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PasswordField } from '../../password/password-field';
import { safeReturnUrl } from '../auth.guards';
import { AuthService } from '../auth.service';

@Component({
  selector: 'bt-login-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    PasswordField,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './login-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly notifier = inject(Notifier);

  protected readonly routes = WebRoutes;
  protected readonly submitting = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', [Validators.required, emailOrNipValidator]],
    password: ['', Validators.required],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    const { login, password } = this.form.getRawValue();
    this.auth.login({ login: login.trim(), password }).subscribe({
      next: (user) => {
        this.submitting.set(false);
        this.notifier.dismiss();
        if (user.mustChangePassword) {
          void this.router.navigate(['/' + WebRoutes.changePassword]);
          return;
        }
        void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')) ?? '/');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }
}
