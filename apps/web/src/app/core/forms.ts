import type { AbstractControl } from '@angular/forms';

/**
 * After a submit with invalid fields: show every error and move focus to the first field in error,
 * which on a phone may be far above the submit button.
 */
export function revealErrors(form: AbstractControl, host: HTMLElement): void {
  form.markAllAsTouched();
  // After the next render, when the error styles are applied.
  setTimeout(() => {
    const field = host.querySelector<HTMLElement>('[formcontrolname].ng-invalid');
    field?.focus();
    field?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  });
}
