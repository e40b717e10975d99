import type { PipeTransform } from '@nestjs/common';
import { invalidField } from '../common/errors/app-exception';

const UNIT_KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2})$/i;

/** A unit is a session (its id) or a day (YYYY-MM-DD); anything else is refused before a query. */
export class UnitKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UNIT_KEY.test(value)) throw invalidField('unitKey', 'matches');
    return value.toLowerCase();
  }
}
