import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { FieldValidationException, type RawFieldError } from '../errors/app-exception';

interface EncodedMessage {
  params?: (string | number)[];
  variant?: string;
}

function decode(message: string): EncodedMessage {
  if (!message.startsWith('{')) return {};
  try {
    return JSON.parse(message) as EncodedMessage;
  } catch {
    return {};
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): RawFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // A missing required value fails whichever rule runs first; what the person needs to hear is "required".
    const missing = error.value === undefined || error.value === null || error.value === '';
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]): RawFieldError => {
      if (rule === 'whitelistValidation') return { field, code: 'unknownField' };
      if (missing) return { field, code: 'isNotEmpty' };
      const decoded = decode(message);
      return { field, code: decoded.variant ? `${rule}.${decoded.variant}` : rule, params: decoded.params };
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are refused, known ones converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FieldValidationException(flattenValidationErrors(errors)),
  });
}
