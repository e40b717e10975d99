import { Pipe, type PipeTransform, inject } from '@angular/core';
import { I18n, type TranslationParams } from './i18n';
import type { TranslationKey } from './id';

/**
 * `{{ 'nav.profile' | t }}`. Impure on purpose: it reads the language signal, so the template
 * re-renders when the language changes even though the key did not.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
