import { FormControl, Validators } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bimtek/contracts';
import { linkConfirmation } from '../core/validators';

export type NewPasswordControls<Name extends string> = Record<Name, FormControl<string>> & {
  passwordConfirm: FormControl<string>;
};

/**
 * A new password with the server's length rules, and its repetition `passwordConfirm`, for spreading into
 * a form group: `fb.group({ ...newPasswordControls('newPassword') })`. The new password takes the name the
 * API gives it, so the server's field errors land under it.
 */
export function newPasswordControls<Name extends string>(name: Name): NewPasswordControls<Name> {
  const password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
  });
  const passwordConfirm = new FormControl('', { nonNullable: true, validators: Validators.required });
  linkConfirmation(password, passwordConfirm);
  return { [name]: password, passwordConfirm } as NewPasswordControls<Name>;
}
