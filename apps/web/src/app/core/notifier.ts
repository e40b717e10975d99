import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18n, type TranslationParams } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { applyFieldErrors, errorBodyOf } from './server-errors';

/** Snackbar feedback: a confirmation after success, the server's (translated) message after failure. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  success(key: TranslationKey, params?: TranslationParams): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('common.close'), { duration: 5000 });
  }

  /** Removes a message that no longer applies, e.g. "wrong password" after a successful sign-in. */
  dismiss(): void {
    this.snackBar.dismiss();
  }

  /** A neutral hint, e.g. "please correct the marked fields". */
  info(key: TranslationKey, params?: TranslationParams): void {
    this.snackBar.open(this.i18n.t(key, params), this.i18n.t('common.close'), { duration: 5000 });
  }

  /**
   * Shows a failed request. With a form, field errors go under their fields and the snackbar is only
   * shown for what no field can explain.
   */
  error(error: unknown, form?: AbstractControl): void {
    const body = errorBodyOf(error);
    if (body && form && applyFieldErrors(form, body)) return;
    this.snackBar.open(body?.message ?? this.i18n.t(fallbackMessage(error)), this.i18n.t('common.close'), {
      duration: 8000,
      politeness: 'assertive',
    });
  }
}

function fallbackMessage(error: unknown): TranslationKey {
  if (error instanceof HttpErrorResponse && error.status === 0) return 'error.network';
  return 'error.unexpected';
}
