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
  /** The person holds no approved place in the batch whose attendance they try to record. */
  NotEnrolled: 'NOT_ENROLLED',
  /** The typed or scanned kiosk code matches no session open to the person. */
  CheckInCodeInvalid: 'CHECK_IN_CODE_INVALID',
  /** The code was right once but has since changed (e.g. a photo of the projector). */
  CheckInCodeExpired: 'CHECK_IN_CODE_EXPIRED',
  /** Check-in for the session has not opened yet, or is over. */
  CheckInNotOpen: 'CHECK_IN_NOT_OPEN',
  CheckInClosed: 'CHECK_IN_CLOSED',
  /** A scanned badge is not one this server issued. */
  BadgeInvalid: 'BADGE_INVALID',
  /** Attendance already recorded forbids the change (switching per-day mode, deleting the session). */
  AttendanceRecorded: 'ATTENDANCE_RECORDED',
  /** Too many wrong kiosk codes in a short time (guessing). */
  CheckInThrottled: 'CHECK_IN_THROTTLED',
  /** The lesson opens only once the one before it is done. */
  LessonLocked: 'LESSON_LOCKED',
  /** The test is not open in this batch yet (or has no window), or has closed. */
  TestNotOpen: 'TEST_NOT_OPEN',
  TestClosed: 'TEST_CLOSED',
  /** Every allowed attempt has been used. */
  AttemptsExhausted: 'ATTEMPTS_EXHAUSTED',
  /** The attempt was submitted or its deadline passed: no more answers. */
  AttemptClosed: 'ATTEMPT_CLOSED',
  /** The test draws from a bank that has no questions (yet). */
  TestPoolEmpty: 'TEST_POOL_EMPTY',
  /** Attempts or submissions exist, so the test or assignment cannot be deleted (or its kind changed). */
  AssessmentInUse: 'ASSESSMENT_IN_USE',
  /** A file's content is not one of the types allowed here (checked from its bytes, not its name). */
  UnsupportedFileType: 'UNSUPPORTED_FILE_TYPE',
  /** The due date has passed (for a resubmission) or the work is already graded. */
  SubmissionClosed: 'SUBMISSION_CLOSED',
  /** Someone else changed the grade since it was loaded; `details.current` holds their grade. */
  GradeConflict: 'GRADE_CONFLICT',
  /** The rubric cannot change once work has been graded with it. */
  RubricLocked: 'RUBRIC_LOCKED',
  /** Certificates are issued only after the batch's last day. */
  BatchNotFinished: 'BATCH_NOT_FINISHED',
  /** Everyone who should get a certificate already has one. */
  NothingToIssue: 'NOTHING_TO_ISSUE',
  /** The certificate is revoked (or still being made) and cannot be revoked or reissued. */
  CertificateNotValid: 'CERTIFICATE_NOT_VALID',
  /**
   * Certificates of the programme are being issued: its template cannot change until they are, and
   * a second issuance asking for more than the running one must wait for it.
   */
  IssuanceRunning: 'ISSUANCE_RUNNING',
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
  /** Extra data some codes carry, e.g. GRADE_CONFLICT's `current` grade. */
  details?: Record<string, unknown>;
  requestId: string;
}
