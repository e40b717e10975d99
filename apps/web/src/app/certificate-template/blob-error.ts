import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody } from '@bimtek/contracts';
import { errorBodyOf, isErrorBody } from '../core/server-errors';

/**
 * The API's error body of a failed request. A request made for a Blob (a PDF) gets its JSON error
 * as a Blob as well, which has to be read before its field messages can be shown.
 */
export async function readErrorBody(error: unknown): Promise<ErrorBody | null> {
  if (!(error instanceof HttpErrorResponse && error.error instanceof Blob)) return errorBodyOf(error);
  try {
    const body: unknown = JSON.parse(await error.error.text());
    return isErrorBody(body) ? body : null;
  } catch {
    return null;
  }
}
