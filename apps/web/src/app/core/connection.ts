import { HttpErrorResponse } from '@angular/common/http';
import { TimeoutError } from 'rxjs';

/**
 * No answer from our API: offline, a dead connection, or the proxy in front of it cannot reach it.
 * With the service worker installed an offline request does not fail with status 0 but gets the
 * worker's own 504 ("Gateway Timeout"), so both count.
 */
export function unreachable(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  return error instanceof HttpErrorResponse && [0, 502, 503, 504].includes(error.status);
}

/** As far as the browser knows; phones do not always notice a lost connection, so this is only a hint. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}
