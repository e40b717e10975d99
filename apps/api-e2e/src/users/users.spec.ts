import type { AuditEntryView, CreateUserResponse, ErrorBody, Page, ProfileView, SessionResponse } from '@bimtek/contracts';
import { composeNip } from '@bimtek/domain';
import { TEST_PASSWORD, TestApp, type SignedInPerson } from '../support/test-app';

describe('admins managing accounts', () => {
  let t: TestApp;
  let admin: SignedInPerson;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signedIn({ roles: ['admin'], fullName: 'Admin Uji' });
  });
  afterAll(async () => t.stop());

  it('creates an account with a temporary password that must be changed at first sign-in', async () => {
    const res = await t.http()
      .post('/api/users')
      .set('Authorization', admin.auth)
      .send({
        email: 'narasumber.baru@uji.go.id',
        fullName: 'Budi Santoso',
        employmentType: 'PNS',
        nip: composeNip({ birthDate: '1980-02-02', serviceStartYear: 2006, serviceStartMonth: 1, gender: 'male', serial: 77 }),
        roles: ['trainer', 'participant'],
      })
      .expect(201);
    const created = res.body as CreateUserResponse;
    expect(created.user.roles).toEqual(['trainer', 'participant']);
    expect(created.temporaryPassword).toMatch(/^\S{12,}$/);

    const session = (await t.http().post('/api/auth/login').send({ login: 'narasumber.baru@uji.go.id', password: created.temporaryPassword }).expect(200)).body as SessionResponse;
    expect(session.user.mustChangePassword).toBe(true);
  });

  it('lists, searches and filters people', async () => {
    await t.person({ fullName: 'Rina Marlina', roles: ['organizer'] });
    const res = await t.http().get('/api/users?search=marl&role=organizer').set('Authorization', admin.auth).expect(200);
    const page = res.body as Page<ProfileView>;
    expect(page.items.map((u) => u.fullName)).toEqual(['Rina Marlina']);
    expect(page.total).toBe(1);
    const none = await t.http().get('/api/users?search=%25').set('Authorization', admin.auth).expect(200);
    expect((none.body as Page<ProfileView>).total).toBe(0);
  });

  it('grants roles and records who changed what for whom', async () => {
    const person = await t.person();
    await t.http().patch(`/api/users/${person.id}`).set('Authorization', admin.auth).send({ roles: ['participant', 'organizer'], position: 'Kepala Bidang' }).expect(200);
    const audit = await t.http().get(`/api/audit?subjectId=${person.id}`).set('Authorization', admin.auth).expect(200);
    const entries = (audit.body as Page<AuditEntryView>).items;
    expect(entries.map((e) => e.action).sort()).toEqual(['user.roles_changed', 'user.updated']);
    const roleChange = entries.find((e) => e.action === 'user.roles_changed')!;
    expect(roleChange).toMatchObject({ actorId: admin.user.id, actorName: 'Admin Uji', subjectName: person.fullName, details: { from: ['participant'], to: ['participant', 'organizer'] } });
    expect(roleChange.ip).toBeTruthy();
  });

  it('deactivating signs the person out everywhere', async () => {
    const person = await t.person();
    const agent = t.http();
    await agent.post('/api/auth/login').send({ login: person.email, password: TEST_PASSWORD }).expect(200);
    await t.http().patch(`/api/users/${person.id}`).set('Authorization', admin.auth).send({ active: false }).expect(200);
    await agent.post('/api/auth/refresh').expect(401);
  });

  it('never removes the last active admin', async () => {
    // The first-start admin made by the seed is another admin: while it is active, ours may go.
    const seeded = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = 'admin@bimtek.local'`);
    await t.http().patch(`/api/users/${seeded[0].id}`).set('Authorization', admin.auth).send({ active: false }).expect(200);

    const res = await t.http().patch(`/api/users/${admin.user.id}`).set('Authorization', admin.auth).send({ roles: ['participant'] }).expect(409);
    expect((res.body as ErrorBody).code).toBe('LAST_ADMIN');
    await t.http().patch(`/api/users/${admin.user.id}`).set('Authorization', admin.auth).send({ active: false }).expect(409);
    await t.http().get('/api/users').set('Authorization', admin.auth).expect(200);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await t.http().get('/api/users/6f1c1d1e-0000-4000-8000-000000000000').set('Authorization', admin.auth).expect(404);
    const bad = await t.http().get('/api/users/42').set('Authorization', admin.auth).expect(400);
    expect((bad.body as ErrorBody).errors).toEqual([expect.objectContaining({ field: 'id', code: 'isUuid' })]);
  });

  it('keeps the audit trail for admins only', async () => {
    const organizer = await t.signedIn({ roles: ['organizer'] });
    await t.http().get('/api/audit').set('Authorization', organizer.auth).expect(403);
    await t.http().get('/api/outbox').set('Authorization', organizer.auth).expect(403);
    const failed = await t.http().get('/api/audit?action=auth.sign_in').set('Authorization', admin.auth).expect(200);
    expect((failed.body as Page<AuditEntryView>).items.length).toBeGreaterThan(0);
  });
});
