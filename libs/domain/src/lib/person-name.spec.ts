import { displayName } from './person-name';

describe('displayName', () => {
  it('places titles before and after the name as on a certificate', () => {
    expect(displayName('Rina Marlina', 'Dr.', 'S.Kom., M.Si.')).toBe('Dr. Rina Marlina, S.Kom., M.Si.');
  });

  it('leaves out missing titles and stray commas', () => {
    expect(displayName(' Budi Santoso ', null, undefined)).toBe('Budi Santoso');
    expect(displayName('Budi Santoso', '', ', S.E.')).toBe('Budi Santoso, S.E.');
  });
});
