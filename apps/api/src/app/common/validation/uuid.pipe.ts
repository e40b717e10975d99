import { ParseUUIDPipe } from '@nestjs/common';
import { invalidField } from '../errors/app-exception';

/** A path id that is not a UUID is a 400 naming the field, not a database error. */
export const uuidPipe = (field = 'id') => new ParseUUIDPipe({ exceptionFactory: () => invalidField(field, 'isUuid') });
