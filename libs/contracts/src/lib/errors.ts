/** Stable machine-readable error codes; the message beside them is translated. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'UNAUTHENTICATED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  AccountInactive: 'ACCOUNT_INACTIVE',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  InvalidRefreshToken: 'INVALID_REFRESH_TOKEN',
  InvalidResetToken: 'INVALID_RESET_TOKEN',
  WrongPassword: 'WRONG_PASSWORD',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  EmailTaken: 'EMAIL_TAKEN',
  NipTaken: 'NIP_TAKEN',
  NikTaken: 'NIK_TAKEN',
  Conflict: 'CONFLICT',
  LastAdmin: 'LAST_ADMIN',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  TimetableConflict: 'TIMETABLE_CONFLICT',
  BatchStateForbids: 'BATCH_STATE_FORBIDS',
  RegistrationClosed: 'REGISTRATION_CLOSED',
  NotEligible: 'NOT_ELIGIBLE',
  EnrollmentOverlap: 'ENROLLMENT_OVERLAP',
  Internal: 'INTERNAL_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  /** Dotted path of the offending field, e.g. `email` or `address.city`. */
  field: string;
  /** The rule that failed, e.g. `isEmail`, `isNip`, `unknownField`. */
  code: string;
  message: string;
}

/** The one body every API error has. */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  requestId: string;
}
