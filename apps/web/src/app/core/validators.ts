import { isPhoneNumber } from '@bimtek/contracts';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { parseNik, parseNip } from '@bimtek/domain';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stricter than Angular's `Validators.email`, which accepts `a@b`; mirrors the server's isEmail. */
export const emailValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value === '' || (value.length <= 254 && EMAIL.test(value)) ? null : { email: true };
};

/** NIP, 18 digits with a real birth date, start of service and gender digit (`{ nip: problem }`). */
export const nipValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (value === '') return null;
  const result = parseNip(value);
  return result.ok ? null : { nip: result.problem };
};

/** NIK, 16 digits with region codes and a real birth date (`{ nik: problem }`). */
export const nikValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (value === '') return null;
  const result = parseNik(value);
  return result.ok ? null : { nik: result.problem };
};

/** The sign-in name: an email address, or a NIP (copied NIPs often carry spaces and dots). */
export const emailOrNipValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (value === '' || value.includes('@')) return emailValidator(control) ? { emailOrNip: true } : null;
  return parseNip(value).ok ? null : { emailOrNip: true };
};

/** Indonesian numbers, as the server checks them: 0812…, 62812… or +62812…, spaces and dashes allowed. */

export const phoneValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value === '' || isPhoneNumber(value) ? null : { phone: true };
};

/**
 * For "repeat the password": the error sits on the repeat field so it shows under it, and the
 * field is re-checked whenever the original changes.
 */
export function sameAs(source: AbstractControl<string>): ValidatorFn {
  return (control): ValidationErrors | null =>
    !control.value || control.value === source.value ? null : { mismatch: true };
}

export function linkConfirmation(source: AbstractControl<string>, confirmation: AbstractControl<string>): void {
  confirmation.addValidators(sameAs(source));
  // Both controls belong to the same form and die with it, so this subscription needs no teardown.
  source.valueChanges.subscribe(() => {
    if (confirmation.value) confirmation.updateValueAndValidity();
  });
}

/** Whole numbers only (lesson hours, capacity, years); empty is left to `required`. */
export const integerValidator: ValidatorFn = (control) => {
  const value: unknown = control.value;
  return value === null || value === '' || Number.isInteger(Number(value)) ? null : { integer: true };
};
