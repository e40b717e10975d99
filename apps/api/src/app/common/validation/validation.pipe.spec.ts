import { plainToInstance } from 'class-transformer';
import { IsString, validate } from 'class-validator';
import { IsNip, MaxLength } from './rules';
import { flattenValidationErrors } from './validation.pipe';

class Sample {
  @IsString()
  @MaxLength(5)
  name!: string;

  @IsNip()
  nip!: string;
}

async function errorsOf(input: object) {
  return flattenValidationErrors(await validate(plainToInstance(Sample, input)));
}

describe(flattenValidationErrors.name, () => {
  it('reports the most basic broken rule per field, with its parameters', async () => {
    expect(await errorsOf({ name: 42, nip: '198503122010012003' })).toEqual([{ field: 'name', code: 'isString', params: undefined }]);
    expect(await errorsOf({ name: 'panjang sekali', nip: '198503122010012003' })).toEqual([{ field: 'name', code: 'maxLength', params: [5] }]);
  });

  it('says what is wrong inside a NIP', async () => {
    expect(await errorsOf({ name: 'ok', nip: '198503122010013003' })).toEqual([{ field: 'nip', code: 'isNip.gender', params: undefined }]);
  });

  it('calls a missing value required, whatever rule noticed it first', async () => {
    expect(await errorsOf({ nip: '198503122010012003' })).toEqual([{ field: 'name', code: 'isNotEmpty' }]);
  });
});
