import { isPhoneNumber } from '@bimtek/contracts';
import { parseNik, parseNip } from '@bimtek/domain';
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

function variantMessage(variant: string): string {
  return JSON.stringify({ variant });
}

/** An 18-digit NIP whose birth date, start of service and gender digit make sense. */
export function IsNip(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNip',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseNip(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const result = typeof args?.value === 'string' ? parseNip(args.value) : null;
          return variantMessage(result && !result.ok ? result.problem : 'digits');
        },
      },
    },
    options,
  );
}

/** A 16-digit NIK with a plausible region and birth date. */
export function IsNik(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNik',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseNik(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const result = typeof args?.value === 'string' ? parseNik(args.value) : null;
          return variantMessage(result && !result.ok ? result.problem : 'digits');
        },
      },
    },
    options,
  );
}

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
