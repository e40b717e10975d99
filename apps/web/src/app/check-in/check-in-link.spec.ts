import { checkInFromParams, checkInFromText, normalizeCode } from './check-in-link';

const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';
const UNIT = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

describe('check-in links', () => {
  it('takes six digits, also grouped as the screen shows them', () => {
    expect(normalizeCode('123456')).toBe('123456');
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('12345')).toBeNull();
    expect(normalizeCode('12345a')).toBeNull();
    expect(normalizeCode('1234567')).toBeNull();
  });

  it('reads the kiosk QR’s link, whatever host the kiosk was opened under', () => {
    expect(checkInFromText(`https://bimtek.padang.go.id/hadir?b=${BATCH}&u=${UNIT}&kode=482913`)).toEqual({ code: '482913', batchId: BATCH, unitKey: UNIT });
    expect(checkInFromText(`http://192.168.1.20:4200/hadir/?b=${BATCH}&u=2024-11-18&kode=482913`)).toEqual({ code: '482913', batchId: BATCH, unitKey: '2024-11-18' });
    expect(checkInFromText('482913')).toEqual({ code: '482913' });
  });

  it('refuses QR codes that are not check-in links', () => {
    expect(checkInFromText('https://example.com/promo?kode=123456')).toBeNull();
    expect(checkInFromText('eyJhbGciOiJIUzI1NiJ9.badge-token')).toBeNull();
    expect(checkInFromText(`https://bimtek.padang.go.id/hadir?b=${BATCH}&u=${UNIT}`)).toBeNull();
    expect(checkInFromText('javascript:alert(1)//hadir?kode=123456')).toBeNull();
  });

  it('refuses a damaged link rather than sending it', () => {
    expect(checkInFromParams('not-a-uuid', UNIT, '482913')).toBeNull();
    expect(checkInFromParams(BATCH, 'x', '482913')).toBeNull();
    expect(checkInFromParams(BATCH, UNIT, '48291')).toBeNull();
    expect(checkInFromParams(undefined, undefined, '482 913')).toEqual({ code: '482913' });
  });
});
