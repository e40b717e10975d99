import { composeNip, isValidNip, parseNip } from './nip';

const today = new Date('2026-11-22T00:00:00Z');

describe('parseNip', () => {
  it('decodes birth date, start of service, gender and serial', () => {
    const result = parseNip('198503122010012003', today);
    expect(result).toEqual({
      ok: true,
      value: {
        nip: '198503122010012003',
        birthDate: '1985-03-12',
        serviceStartYear: 2010,
        serviceStartMonth: 1,
        gender: 'female',
        serial: '003',
      },
    });
  });

  it('accepts a NIP typed with spaces as printed on documents', () => {
    expect(isValidNip('19850312 201001 2 003', today)).toBe(true);
  });

  it('accepts PPPK NIPs whose digits 13-14 are not a month', () => {
    const result = parseNip('199001012022211001', today);
    expect(result.ok && result.value.serviceStartMonth).toBeNull();
  });

  it.each([
    ['1985031220100120', 'length'],
    ['19850312201001200A', 'digits'],
    ['198502302010012003', 'birthDate'],
    ['198503121980012003', 'serviceStart'],
    ['198503122010013003', 'gender'],
    ['198503122010012000', 'serial'],
  ])('rejects %s because of its %s', (nip, problem) => {
    expect(parseNip(nip, today)).toEqual({ ok: false, problem });
  });

  it('round-trips through composeNip', () => {
    const nip = composeNip({ birthDate: '1992-07-04', serviceStartYear: 2019, serviceStartMonth: 3, gender: 'male', serial: 17 });
    expect(nip).toBe('199207042019031017');
    expect(isValidNip(nip, today)).toBe(true);
  });
});
