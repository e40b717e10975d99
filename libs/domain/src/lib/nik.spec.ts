import { composeNik, parseNik } from './nik';

const today = new Date('2026-11-22T00:00:00Z');

describe('parseNik', () => {
  it('decodes a man born in the 1990s', () => {
    const result = parseNik('1371011205930001', today);
    expect(result).toEqual({
      ok: true,
      value: {
        nik: '1371011205930001',
        provinceCode: '13',
        regencyCode: '71',
        districtCode: '01',
        birthDate: '1993-05-12',
        gender: 'male',
        serial: '0001',
      },
    });
  });

  it('reads day + 40 as a woman and a small two-digit year as this century', () => {
    const result = parseNik('1371015201040002', today);
    expect(result.ok && result.value).toMatchObject({ birthDate: '2004-01-12', gender: 'female' });
  });

  it.each([
    ['137101120593000', 'length'],
    ['13710112059300x1', 'digits'],
    ['0071011205930001', 'region'],
    ['1371013205930001', 'birthDate'],
    ['1371011205930000', 'serial'],
  ])('rejects %s because of its %s', (nik, problem) => {
    expect(parseNik(nik, today)).toEqual({ ok: false, problem });
  });

  it('round-trips through composeNik', () => {
    const nik = composeNik({ regionCode: '137104', birthDate: '1999-12-31', gender: 'female', serial: 45 });
    expect(nik).toBe('1371047112990045');
    expect(parseNik(nik, today).ok).toBe(true);
  });
});
