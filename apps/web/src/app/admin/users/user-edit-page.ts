import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { type ProfileView, ROLES, WebRoutes } from '@bimtek/contracts';
import { AuthService } from '../../auth/auth.service';
import { FieldErrorPipe } from '../../core/field-error.pipe';
import { revealErrors } from '../../core/forms';
import { Notifier } from '../../core/notifier';
import { emailValidator } from '../../core/validators';
import { roleLabel } from '../../i18n/labels';
import { LocalDatePipe } from '../../i18n/local-date.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PersonFields } from '../../person/person-fields';
import { PersonForm } from '../../person/person-form';
import { roleControls, selectedRoles } from './role-controls';
import { UsersService } from './users.service';

@Component({
  selector: 'bt-user-edit-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    PersonFields,
    TranslatePipe,
    FieldErrorPipe,
    LocalDatePipe,
  ],
  templateUrl: './user-edit-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserEditPage implements OnInit {
  private readonly users = inject(UsersService);
  private readonly auth = inject(AuthService);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** From the route (`withComponentInputBinding`). */
  readonly id = input.required<string>();

  protected readonly routes = WebRoutes;
  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly user = signal<ProfileView | null>(null);
  protected readonly saving = signal(false);
  protected readonly person = new PersonForm();
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, emailValidator] }),
    roles: roleControls([]),
    active: new FormControl(true, { nonNullable: true }),
    person: this.person.group,
  });

  ngOnInit(): void {
    this.users.get(this.id()).subscribe({
      next: (user) => this.show(user),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected get isSelf(): boolean {
    return this.auth.user()?.id === this.user()?.id;
  }

  protected save(): void {
    const user = this.user();
    if (!user) return;
    if (this.form.invalid) {
      revealErrors(this.form, this.host);
      return;
    }
    this.saving.set(true);
    this.users
      .update(user.id, {
        ...this.person.value(),
        email: this.form.controls.email.value.trim(),
        roles: selectedRoles(this.form.controls.roles),
        active: this.form.controls.active.value,
      })
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          // Editing one's own roles changes which menus and pages one may use: re-read the session.
          if (this.isSelf) this.auth.refresh().subscribe({ error: () => undefined });
          this.show(updated);
          this.notifier.success('users.saved', { name: updated.displayName });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.error(error, this.form);
        },
      });
  }

  protected reset(): void {
    const user = this.user();
    if (user) this.show(user);
  }

  private show(user: ProfileView): void {
    this.user.set(user);
    this.form.controls.email.setValue(user.email);
    this.form.controls.active.setValue(user.active);
    for (const role of ROLES) this.form.controls.roles.controls[role].setValue(user.roles.includes(role));
    this.person.patch(user);
    this.form.markAsPristine();
  }
}
