import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import type { NikProblem, NipProblem } from '@bimtek/domain';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';

const NIP_PROBLEMS: Readonly<Record<NipProblem, TranslationKey>> = {
  length: 'validation.nip.length',
  digits: 'validation.nip.digits',
  birthDate: 'validation.nip.birthDate',
  serviceStart: 'validation.nip.serviceStart',
  gender: 'validation.nip.gender',
  serial: 'validation.nip.serial',
};

const NIK_PROBLEMS: Readonly<Record<NikProblem, TranslationKey>> = {
  length: 'validation.nik.length',
  digits: 'validation.nik.digits',
  region: 'validation.nik.region',
  birthDate: 'validation.nik.birthDate',
  serial: 'validation.nik.serial',
};

/**
 * The message for a control's first error: `<mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>`.
 * A server error (already translated by the API) wins over client-side ones.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    const t = this.i18n.t.bind(this.i18n);
    if (typeof errors['server'] === 'string') return errors['server'];
    if (errors['required']) return t('validation.required');
    if (errors['email']) return t('validation.email');
    if (errors['emailOrNip']) return t('validation.emailOrNip');
    if (errors['nip']) return t(NIP_PROBLEMS[errors['nip'] as NipProblem] ?? 'validation.invalid');
    if (errors['nik']) return t(NIK_PROBLEMS[errors['nik'] as NikProblem] ?? 'validation.invalid');
    if (errors['minlength']) {
      return t('validation.minLength', { min: (errors['minlength'] as { requiredLength: number }).requiredLength });
    }
    if (errors['maxlength']) {
      return t('validation.maxLength', { max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
    }
    if (errors['min']) return t('validation.min', { min: (errors['min'] as { min: number }).min });
    if (errors['max']) return t('validation.max', { max: (errors['max'] as { max: number }).max });
    if (errors['integer']) return t('validation.integer');
    if (errors['endAfterStart']) return t('validation.endAfterStart');
    if (errors['endDateAfterStart']) return t('validation.endDateAfterStart');
    if (errors['mismatch']) return t('validation.passwordMismatch');
    if (errors['phone']) return t('validation.phone');
    if (errors['atLeastOneRole']) return t('validation.atLeastOneRole');
    return t('validation.invalid');
  }
}
