import { badgeTokenFrom } from './badge-token';

const TOKEN = 'BTK1.0b6f3c52-8a0e-4a8e-9c1d-2f4b6a8c0e12.Zq3xY-_a1b2c3d4e5f6g7h';

describe('badge tokens read by a camera or a typing scanner', () => {
  it('takes the token as it is', () => {
    expect(badgeTokenFrom(TOKEN)).toBe(TOKEN);
  });

  it('finds the token inside a URL or with the Enter a scanner types after it', () => {
    expect(badgeTokenFrom(`https://bimtek.example.go.id/kartu?t=${TOKEN}`)).toBe(TOKEN);
    expect(badgeTokenFrom(`  ${TOKEN}\r\n`)).toBe(TOKEN);
  });

  it('passes anything else on trimmed, for the server to refuse with its own message', () => {
    expect(badgeTokenFrom('  hello ')).toBe('hello');
  });
});
