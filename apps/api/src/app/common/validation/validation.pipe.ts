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

/** When a value breaks several rules, the most basic one is the message worth reading. */
const RULE_PRIORITY = ['whitelistValidation', 'isDefined', 'isNotEmpty', 'isString', 'isBoolean', 'isInt', 'isArray', 'isUuid', 'isIn'];

function rank(rule: string): number {
  const index = RULE_PRIORITY.indexOf(rule);
  return index === -1 ? RULE_PRIORITY.length : index;
}

/** One error per field, nested fields as dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): RawFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const nested = flattenValidationErrors(error.children ?? [], field);
    const [rule, message] = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b))[0] ?? [];
    if (!rule) return nested;
    if (rule === 'whitelistValidation') return [{ field, code: 'unknownField' }, ...nested];
    // A missing required value fails whichever rule runs first; what the person needs to hear is "required".
    if (error.value === undefined || error.value === null || error.value === '') return [{ field, code: 'isNotEmpty' }, ...nested];
    const decoded = decode(message ?? '');
    return [{ field, code: decoded.variant ? `${rule}.${decoded.variant}` : rule, params: decoded.params }, ...nested];
  });
}

/** Unknown fields are refused, known ones converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new FieldValidationException(flattenValidationErrors(errors)),
  });
}
