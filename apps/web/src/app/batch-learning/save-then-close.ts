import type { WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import type { Notifier } from '../core/notifier';

/**
 * The batch schedule dialogs' save: closes with what the server saved; a refusal keeps the dialog
 * open with the field errors under their fields, so the organizer can correct the time.
 */
export function saveThenClose<T>(save: Observable<T>, dialogRef: MatDialogRef<unknown, T>, submitting: WritableSignal<boolean>, notifier: Notifier, form: AbstractControl): void {
  submitting.set(true);
  save.subscribe({
    next: (saved) => {
      submitting.set(false);
      dialogRef.close(saved);
    },
    error: (error: unknown) => {
      submitting.set(false);
      notifier.error(error, form);
    },
  });
}
