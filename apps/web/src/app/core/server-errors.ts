import { HttpErrorResponse } from '@angular/common/http';
import { type AbstractControl, FormArray, FormGroup } from '@angular/forms';
import type { ErrorBody } from '@bimtek/contracts';

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<ErrorBody>).code === 'string' &&
    typeof (value as Partial<ErrorBody>).message === 'string'
  );
}

/** The API's error body, or null for network failures and anything not from our API. */
export function errorBodyOf(error: unknown): ErrorBody | null {
  return error instanceof HttpErrorResponse && isErrorBody(error.error) ? error.error : null;
}

/**
 * Puts each `errors[].message` under the control of the same name (searched through nested groups,
 * since a form may nest the person fields) and returns true when every field error found a control.
 * The error is `{ server: message }`; it disappears as soon as the person edits the field.
 */
export function applyFieldErrors(form: AbstractControl, body: ErrorBody): boolean {
  const fieldErrors = body.errors ?? [];
  let allPlaced = fieldErrors.length > 0;
  for (const fieldError of fieldErrors) {
    const control = findControl(form, fieldError.field);
    if (control && control.enabled) {
      control.setErrors({ ...(control.errors ?? {}), server: fieldError.message });
      control.markAsTouched();
    } else {
      allPlaced = false;
    }
  }
  return allPlaced;
}

export function findControl(root: AbstractControl, path: string): AbstractControl | null {
  const direct = root.get(path);
  if (direct) return direct;
  if (root instanceof FormGroup || root instanceof FormArray) {
    for (const child of Object.values(root.controls as Record<string, AbstractControl>)) {
      const found = findControl(child, path);
      if (found) return found;
    }
  }
  return null;
}
