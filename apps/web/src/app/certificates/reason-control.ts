import { FormControl, type ValidatorFn, Validators } from '@angular/forms';

const REASON_MAX = 500;

/** Spaces alone are no reason: the audit log and the verification page would show nothing. */
const notBlank: ValidatorFn = (control) => (String(control.value ?? '').trim() === '' ? { required: true } : null);

/** The required reason of an override, a revocation or a reissue. */
export function reasonControl(): FormControl<string> {
  return new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(REASON_MAX)] });
}
