import { ErrorCode } from '@bimtek/contracts';
import { HttpException, HttpStatus } from '@nestjs/common';

/** A field problem before translation: `code` names the rule, `params` fill its message. */
export interface RawFieldError {
  field: string;
  code: string;
  params?: (string | number)[];
}

/** An error the client is meant to see; its message is translated by the exception filter. */
export class AppException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    readonly fieldErrors?: RawFieldError[],
    readonly messageParams?: (string | number)[],
    /** Sent as the body's `details` (e.g. the grade someone else saved first). */
    readonly details?: Record<string, unknown>,
  ) {
    super(code, status);
  }
}

export class FieldValidationException extends AppException {
  constructor(errors: RawFieldError[]) {
    super(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, errors);
  }
}

/** One invalid field, found by a service (rules that need the database or several fields). */
export function invalidField(field: string, code: string, params?: (string | number)[]): FieldValidationException {
  return new FieldValidationException([{ field, code, params }]);
}

export const notFound = () => new AppException(HttpStatus.NOT_FOUND, ErrorCode.NotFound);
export const forbidden = () => new AppException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden);
export const conflict = (code: ErrorCode, field?: string) =>
  new AppException(HttpStatus.CONFLICT, code, field ? [{ field, code }] : undefined);
