import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it('defaults to Bahasa Indonesia', () => {
    expect(pickLanguage(undefined)).toBe('id');
    expect(pickLanguage('fr-FR,de;q=0.8')).toBe('id');
  });

  it('honours English when asked first', () => {
    expect(pickLanguage('en-US,en;q=0.9,id;q=0.8')).toBe('en');
    expect(pickLanguage('id-ID,en;q=0.5')).toBe('id');
  });
});
