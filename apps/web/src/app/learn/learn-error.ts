import { HttpErrorResponse } from '@angular/common/http';
import { errorBodyOf } from '../core/server-errors';
import type { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';

/**
 * What to say when a learning page cannot load: the server's own (translated) reason, e.g. "not
 * enrolled"; otherwise that the connection failed (nothing saved for offline) or something broke.
 */
export function loadFailureText(i18n: I18n, error: unknown, notSaved: TranslationKey): string {
  const body = errorBodyOf(error);
  if (body) return body.message;
  // 504 is what the service worker answers when the network timed out and nothing was saved.
  if (error instanceof HttpErrorResponse && (error.status === 0 || error.status === 504)) return i18n.t(notSaved);
  return i18n.t('error.unexpected');
}
