import type { PipeTransform } from '@nestjs/common';
import { UNIT_KEY_PATTERN } from '@bimtek/contracts';
import { invalidField } from '../common/errors/app-exception';


/** A unit is a session (its id) or a day (YYYY-MM-DD); anything else is refused before a query. */
export class UnitKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !UNIT_KEY_PATTERN.test(value)) throw invalidField('unitKey', 'matches');
    return value.toLowerCase();
  }
}
