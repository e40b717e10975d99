import { isPhoneNumber } from '@bimtek/contracts';
import { isRealDate, parseNik, parseNip } from '@bimtek/domain';
import {
  MaxLength as CvMaxLength,
  MinLength as CvMinLength,
  Min as CvMin,
  Max as CvMax,
  ValidateBy,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * class-validator bakes English text into its messages. We only want the rule's parameters out
 * of it; the exception filter writes the message in the caller's language. These wrappers pass
 * the parameters through as JSON.
 */
export function paramsMessage(args: ValidationArguments): string {
  return JSON.stringify({ params: args.constraints ?? [] });
}

export const MaxLength = (max: number, options?: ValidationOptions) =>
  CvMaxLength(max, { ...options, message: paramsMessage });
export const MinLength = (min: number, options?: ValidationOptions) =>
  CvMinLength(min, { ...options, message: paramsMessage });
export const Min = (min: number, options?: ValidationOptions) => CvMin(min, { ...options, message: paramsMessage });
export const Max = (max: number, options?: ValidationOptions) => CvMax(max, { ...options, message: paramsMessage });

type ParseResult = { ok: true } | { ok: false; problem: string };

/**
 * A rule for an identity number whose parser says what is wrong (length, birth date …); the
 * problem becomes part of the error code, e.g. `isNip.birthDate`, so the message can be specific.
 */
function identityNumberRule(name: string, parse: (value: string) => ParseResult) {
  return (options?: ValidationOptions): PropertyDecorator =>
    ValidateBy(
      {
        name,
        validator: {
          validate: (value: unknown) => typeof value === 'string' && parse(value).ok,
          defaultMessage: (args?: ValidationArguments) => {
            const result = typeof args?.value === 'string' ? parse(args.value) : null;
            return JSON.stringify({ variant: result && !result.ok ? result.problem : 'digits' });
          },
        },
      },
      options,
    );
}

/** An 18-digit NIP whose birth date, start of service and gender digit make sense. */
export const IsNip = identityNumberRule('isNip', parseNip);

/** A 16-digit NIK with a plausible region and birth date. */
export const IsNik = identityNumberRule('isNik', parseNik);

/** Indonesian phone numbers as people type them: 08…, +62…, 62…, with spaces or dashes. */
export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isPhoneNumber(value),
      },
    },
    options,
  );
}

/**
 * A calendar date written YYYY-MM-DD, and a real one. `IsISO8601` also lets through `20261207`,
 * week dates and times, which the date columns and date arithmetic do not take.
 */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => {
          const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
          return parts !== null && isRealDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
        },
      },
    },
    options,
  );
}
