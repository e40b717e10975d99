import { AttendanceCodes } from './attendance-codes';

const batch = '6f1c2a9e-0000-4000-8000-000000000001';
const user = '6f1c2a9e-0000-4000-8000-0000000000aa';

describe('attendance codes', () => {
  const codes = new AttendanceCodes('a-server-secret-of-at-least-32-characters');

  it('gives six digits that every replica with the same secret agrees on', () => {
    const code = codes.kioskCode(batch, 's1', 100);
    expect(code).toMatch(/^\d{6}$/);
    expect(new AttendanceCodes('a-server-secret-of-at-least-32-characters').kioskCode(batch, 's1', 100)).toBe(code);
  });

  it('changes with the step, the unit and the secret', () => {
    const code = codes.kioskCode(batch, 's1', 100);
    const others = [codes.kioskCode(batch, 's1', 101), codes.kioskCode(batch, 's2', 100), new AttendanceCodes('another-secret-of-at-least-32-characters').kioskCode(batch, 's1', 100)];
    expect(others).not.toContain(code);
  });

  it('verifies its own badges and refuses forged or altered ones', () => {
    const token = codes.badgeToken(user);
    expect(codes.badgeUser(token)).toBe(user);
    expect(codes.badgeUser(` ${token}\n`)).toBe(user);
    const other = '6f1c2a9e-0000-4000-8000-0000000000bb';
    expect(codes.badgeUser(token.replace(user, other))).toBeNull();
    expect(codes.badgeUser(new AttendanceCodes('another-secret-of-at-least-32-characters').badgeToken(user))).toBeNull();
    expect(codes.badgeUser('BTK1.not-a-uuid.x')).toBeNull();
    expect(codes.badgeUser('')).toBeNull();
  });
});
