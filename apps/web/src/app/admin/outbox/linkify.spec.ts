import { linkify } from './linkify';

describe('linkify', () => {
  it('turns the reset link of a mail into a link, without the full stop after it', () => {
    const parts = linkify('Buka http://localhost:3000/atur-ulang-sandi?token=abc123. Berlaku 1 jam.');
    expect(parts).toEqual([
      { text: 'Buka ' },
      { text: 'http://localhost:3000/atur-ulang-sandi?token=abc123', href: 'http://localhost:3000/atur-ulang-sandi?token=abc123' },
      { text: '. Berlaku 1 jam.' },
    ]);
  });

  it('leaves text without addresses alone and never links other schemes', () => {
    expect(linkify('Halo Rina')).toEqual([{ text: 'Halo Rina' }]);
    expect(linkify('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });
});
