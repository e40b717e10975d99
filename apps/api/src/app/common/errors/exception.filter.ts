import { ErrorCode, type ErrorBody, type Language } from '@bimtek/contracts';
import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { errorMessage, fieldMessage } from '../i18n/messages';
import type { AppRequest } from '../request-context';
import { AppException, type RawFieldError } from './app-exception';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.TooManyAttempts,
};

interface Classified {
  status: number;
  code: ErrorCode;
  fieldErrors?: RawFieldError[];
  messageParams?: (string | number)[];
  details?: Record<string, unknown>;
}

/**
 * The only place errors become HTTP responses: one stable body, a translated message, the request
 * id, and never a stack trace or a database message. Unexpected errors are logged with that id.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AppRequest>();
    const response = http.getResponse<Response>();
    const language: Language = request.language ?? 'id';
    const classified = this.classify(exception);

    if (classified.status >= 500) {
      this.logger.error(
        `${request.requestId} ${request.method} ${request.originalUrl}: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
      );
    }

    const body: ErrorBody = {
      statusCode: classified.status,
      code: classified.code,
      message: errorMessage(language, classified.code, classified.messageParams),
      requestId: request.requestId,
    };
    if (classified.fieldErrors?.length) {
      body.errors = classified.fieldErrors.map((e) => ({
        field: e.field,
        code: e.code,
        message: fieldMessage(language, e.code, e.params),
      }));
    }
    if (classified.details) body.details = classified.details;
    if (response.headersSent) return;
    response.status(classified.status).json(body);
  }

  private classify(exception: unknown): Classified {
    if (exception instanceof AppException) {
      return {
        status: exception.getStatus(),
        code: exception.code,
        fieldErrors: exception.fieldErrors,
        messageParams: exception.messageParams,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 400 && isJsonSyntaxError(exception)) {
        return { status, code: ErrorCode.ValidationFailed, fieldErrors: [{ field: 'body', code: 'invalidJson' }] };
      }
      return { status, code: CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed) };
    }
    // Errors raised by Express middleware before Nest (a malformed JSON body, a body too large).
    const httpError = exception as { status?: unknown; type?: unknown };
    if (typeof httpError.status === 'number' && httpError.status >= 400 && httpError.status < 500) {
      const status = httpError.status;
      if (httpError.type === 'entity.parse.failed') {
        return { status, code: ErrorCode.ValidationFailed, fieldErrors: [{ field: 'body', code: 'invalidJson' }] };
      }
      return { status, code: CODE_BY_STATUS[status] ?? ErrorCode.ValidationFailed };
    }
    // A safety net: services check uniqueness themselves, but a race can still hit the constraint.
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      if (pgCode === '23505') return { status: HttpStatus.CONFLICT, code: ErrorCode.Conflict };
      if (pgCode === '22P02' || pgCode === '22001') return { status: HttpStatus.BAD_REQUEST, code: ErrorCode.ValidationFailed };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.Internal };
  }
}

/** Nest wraps body-parser's JSON SyntaxError in a BadRequestException. */
function isJsonSyntaxError(exception: HttpException): boolean {
  const cause = (exception as { cause?: unknown }).cause;
  const type = (cause as { type?: unknown } | undefined)?.type;
  return cause instanceof SyntaxError || type === 'entity.parse.failed' || /JSON/.test(exception.message);
}
