import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type ProfileView, ROLES } from '@bimtek/contracts';
import { FieldErrorPipe } from '../../core/field-error.pipe';
import { revealErrors } from '../../core/forms';
import { Notifier } from '../../core/notifier';
import { emailValidator } from '../../core/validators';
import { roleLabel } from '../../i18n/labels';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { PersonFields } from '../../person/person-fields';
import { PersonForm } from '../../person/person-form';
import { roleControls, selectedRoles } from './role-controls';
import { TemporaryPasswordDialog, type TemporaryPasswordData } from './temporary-password-dialog';
import { UsersService } from './users.service';

/**
 * An admin creates an account for someone (e.g. a trainer from outside). The server generates a
 * temporary password, shown once, which the person must change at first sign-in.
 */
@Component({
  selector: 'bt-user-create-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    PersonFields,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './user-create-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserCreateDialog {
  private readonly users = inject(UsersService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly dialogRef = inject<MatDialogRef<UserCreateDialog, ProfileView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly roles = ROLES;
  protected readonly roleLabel = roleLabel;
  protected readonly submitting = signal(false);
  protected readonly person = new PersonForm();
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, emailValidator] }),
    roles: roleControls(),
    person: this.person.group,
  });

  protected submit(): void {
    if (this.form.invalid) {
      revealErrors(this.form, this.host);
      return;
    }
    this.submitting.set(true);
    this.users
      .create({
        ...this.person.value(),
        email: this.form.controls.email.value.trim(),
        roles: selectedRoles(this.form.controls.roles),
      })
      .subscribe({
        next: ({ user, temporaryPassword }) => {
          this.submitting.set(false);
          this.notifier.success('users.created', { name: user.displayName });
          this.dialogRef.close(user);
          if (temporaryPassword) {
            this.dialog.open<TemporaryPasswordDialog, TemporaryPasswordData>(TemporaryPasswordDialog, {
              data: { user, temporaryPassword },
              disableClose: true,
              maxWidth: '100vw',
            });
          }
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          this.notifier.error(error, this.form);
        },
      });
  }
}
