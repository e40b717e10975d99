import { normalizeLogin } from './auth.service';

describe(normalizeLogin.name, () => {
  it('reads 18 digits, with or without spaces and dots, as a NIP', () => {
    expect(normalizeLogin('19850312 201001 2 003')).toEqual({ nip: '198503122010012003' });
    expect(normalizeLogin('19850312.201001.2.003')).toEqual({ nip: '198503122010012003' });
  });

  it('reads anything else as an email, case-insensitively', () => {
    expect(normalizeLogin('  Dewi@Padang.go.id ')).toEqual({ email: 'dewi@padang.go.id' });
    expect(normalizeLogin('12345')).toEqual({ email: '12345' });
  });
});
