import type { ErrorBody, OutboxMessageView, Page, SessionResponse } from '@bimtek/contracts';
import { REFRESH_COOKIE } from '@bimtek/contracts';
import { TEST_PASSWORD, TestApp } from '../support/test-app';

function refreshCookie(setCookie: string[] | string | undefined): string | undefined {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
}

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(async () => t.stop());

  it('signs in by email or by NIP (typed with spaces) and sets an httpOnly refresh cookie', async () => {
    const person = await t.person({ roles: ['participant', 'trainer'] });
    const byEmail = await t.http().post('/api/auth/login').send({ login: person.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    const session = byEmail.body as SessionResponse;
    expect(session.user).toMatchObject({ id: person.id, roles: ['participant', 'trainer'] });
    expect(session.user.permissions).toContain('profile:own');
    const cookie = refreshCookie(byEmail.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(JSON.stringify(byEmail.body)).not.toContain(cookie?.split(';')[0]?.split('=')[1]);

    const nip = person.nip!;
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    await t.http().post('/api/auth/login').send({ login: spaced, password: TEST_PASSWORD }).expect(200);

    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${session.accessToken}`).expect(200);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const person = await t.person();
    const wrong = await t.http().post('/api/auth/login').send({ login: person.email, password: 'salah-sekali-123' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ login: 'siapa@uji.go.id', password: 'salah-sekali-123' }).expect(401);
    expect((wrong.body as ErrorBody).code).toBe('INVALID_CREDENTIALS');
    expect((unknown.body as ErrorBody).message).toBe((wrong.body as ErrorBody).message);
  });

  it('throttles an account after five failed attempts, even with the right password', async () => {
    const person = await t.person();
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/login').send({ login: person.email, password: `tebakan-${i}-salah` }).expect(401);
    }
    const blocked = await t.http().post('/api/auth/login').set('Accept-Language', 'en').send({ login: person.email, password: TEST_PASSWORD }).expect(429);
    expect((blocked.body as ErrorBody).code).toBe('TOO_MANY_ATTEMPTS');
    expect((blocked.body as ErrorBody).message).toMatch(/Try again in \d+ minutes/);
    // Another account from the same address is not affected.
    const other = await t.person();
    await t.http().post('/api/auth/login').send({ login: other.email, password: TEST_PASSWORD }).expect(200);
  });

  it('refuses a deactivated account and signs it out at once', async () => {
    const person = await t.signedIn();
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [person.user.id]);
    await t.http().get('/api/profile').set('Authorization', person.auth).expect(401);
    const res = await t.http().post('/api/auth/login').send({ login: person.user.email, password: TEST_PASSWORD }).expect(403);
    expect((res.body as ErrorBody).code).toBe('ACCOUNT_INACTIVE');
  });

  it('rotates the refresh token, and a replayed old token ends that whole sign-in', async () => {
    const person = await t.person();
    const agent = t.http();
    await agent.post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(200);
    const stolen = await agent.post('/api/auth/refresh').expect(200);
    const stolenCookie = refreshCookie(stolen.headers['set-cookie'])!.split(';')[0];

    // The real user refreshes again: the stolen copy is now an old token.
    await agent.post('/api/auth/refresh').expect(200);
    await t.http().post('/api/auth/refresh').set('Cookie', stolenCookie).expect(401);
    // Replaying it revoked the family: the real user's current token is dead too.
    await agent.post('/api/auth/refresh').expect(401);

    const [audit] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'auth.refresh_token_reused' AND subject_id = $1`, [person.id]);
    expect(audit?.n).toBeGreaterThanOrEqual(1);
  });

  it('signs out: the refresh cookie stops working', async () => {
    const person = await t.person();
    const agent = t.http();
    await agent.post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await agent.post('/api/auth/refresh').expect(401);
  });

  it('changes the password, ending the sessions on other devices', async () => {
    const person = await t.person();
    const phone = t.http();
    const laptop = t.http();
    const signedIn = await phone.post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(200);
    await laptop.post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(200);
    const auth = `Bearer ${(signedIn.body as SessionResponse).accessToken}`;

    const wrong = await phone.post('/api/auth/change-password').set('Authorization', auth).send({ currentPassword: 'bukan-ini-123', newPassword: 'Sandi-Baru-2026' }).expect(400);
    expect((wrong.body as ErrorBody).errors).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'WRONG_PASSWORD' })]);

    await phone.post('/api/auth/change-password').set('Authorization', auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'Sandi-Baru-2026' }).expect(204);
    await phone.post('/api/auth/refresh').expect(200);
    await laptop.post('/api/auth/refresh').expect(401);
    await t.http().post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(401);
    await t.http().post('/api/auth/login').send({ login: person.email, password: 'Sandi-Baru-2026' }).expect(200);
  });

  it('resets a forgotten password through a link mailed to the outbox, once', async () => {
    const person = await t.person({ email: 'lupa.sandi@uji.go.id' });
    const admin = await t.signedIn({ roles: ['admin'] });
    await t.http().post('/api/auth/forgot-password').send({ email: 'LUPA.SANDI@uji.go.id ' }).expect(202);
    // Unknown addresses get the same answer and no mail.
    await t.http().post('/api/auth/forgot-password').send({ email: 'tidak.ada@uji.go.id' }).expect(202);

    const outbox = await t.http().get('/api/outbox').set('Authorization', admin.auth).expect(200);
    const mails = (outbox.body as Page<OutboxMessageView>).items;
    expect(mails.map((m) => m.to)).toEqual(['lupa.sandi@uji.go.id']);
    const link = /http:\/\/bimtek\.test\/atur-ulang-sandi\?token=(\S+)/.exec(mails[0].text);
    expect(link).not.toBeNull();
    const token = link![1];

    await t.http().post('/api/auth/reset-password').send({ token, newPassword: 'Sandi-Pulih-2026' }).expect(204);
    await t.http().post('/api/auth/login').send({ login: person.email, password: 'Sandi-Pulih-2026' }).expect(200);
    const reused = await t.http().post('/api/auth/reset-password').send({ token, newPassword: 'Sandi-Lain-2026' }).expect(400);
    expect((reused.body as ErrorBody).code).toBe('INVALID_RESET_TOKEN');
  });

  it('asks for a valid access token', async () => {
    await t.http().get('/api/profile').expect(401);
    await t.http().get('/api/profile').set('Authorization', 'Bearer not-a-token').expect(401);
  });
});
