import type { ErrorBody, PersonalDataExport, ProfileView, SessionResponse } from '@bimtek/contracts';
import { composeNip } from '@bimtek/domain';
import { TestApp } from '../support/test-app';

const nip = (serial: number) => composeNip({ birthDate: '1993-08-21', serviceStartYear: 2018, serviceStartMonth: 2, gender: 'male', serial });

describe('registration and one’s own profile', () => {
  let t: TestApp;
  let agencyId: string;
  let unitId: string;
  beforeAll(async () => {
    t = await TestApp.start();
    const { agency, unit } = await t.agency();
    agencyId = agency.id;
    unitId = unit.id;
  });
  afterAll(async () => t.stop());

  const registration = (overrides: Record<string, unknown> = {}) => ({
    email: 'dewi.lestari@padang.go.id',
    password: 'Sandi-Aman-2026',
    fullName: 'Dewi Lestari',
    titleAfter: 'S.I.Kom.',
    employmentType: 'PNS',
    nip: nip(11),
    rank: 'III/a',
    position: 'Pranata Humas Ahli Pertama',
    positionKind: 'FUNGSIONAL',
    agencyId,
    unitId,
    phone: '0812 3456 7890',
    consent: true,
    ...overrides,
  });

  it('registers a participant with consent, signs them in, and records it', async () => {
    const res = await t.http().post('/api/profile/register').send(registration()).expect(201);
    const session = res.body as SessionResponse;
    expect(session.user).toMatchObject({ displayName: 'Dewi Lestari, S.I.Kom.', roles: ['participant'] });
    const profile = (await t.http().get('/api/profile').set('Authorization', `Bearer ${session.accessToken}`).expect(200)).body as ProfileView;
    expect(profile).toMatchObject({ nip: nip(11), agencyName: expect.stringContaining('BKPSDM'), unitName: 'Dinas Komunikasi dan Informatika', consentVersion: expect.any(String) });
    expect(profile.consentAt).not.toBeNull();
    const [entry] = await t.dataSource.query<{ action: string }[]>(`SELECT action FROM audit_entry WHERE subject_id = $1`, [profile.id]);
    expect(entry?.action).toBe('user.registered');
  });

  it('refuses registration without consent, with a message per field', async () => {
    const res = await t.http().post('/api/profile/register').send(registration({ email: 'a@b.go.id', nip: nip(12), consent: false })).expect(400);
    expect((res.body as ErrorBody).errors).toEqual([{ field: 'consent', code: 'consentRequired', message: expect.stringContaining('Persetujuan') }]);
  });

  it('needs a NIP for PNS and a NIK for non-ASN, and a rank that fits', async () => {
    const noNip = await t.http().post('/api/profile/register').send(registration({ email: 'c@d.go.id', nip: null })).expect(400);
    expect((noNip.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['nipRequired']);
    const noNik = await t.http().post('/api/profile/register').send(registration({ email: 'e@f.go.id', employmentType: 'NON_ASN', nip: null, rank: null })).expect(400);
    expect((noNik.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['nikRequired']);
    const badRank = await t.http().post('/api/profile/register').send(registration({ email: 'g@h.go.id', employmentType: 'PPPK', nip: nip(13), rank: 'III/a' })).expect(400);
    expect((badRank.body as ErrorBody).errors?.map((e) => e.field)).toEqual(['rank']);
  });

  it('explains what is wrong with a NIP', async () => {
    const res = await t.http().post('/api/profile/register').set('Accept-Language', 'en').send(registration({ email: 'i@j.go.id', nip: '199302302018021011' })).expect(400);
    expect((res.body as ErrorBody).errors).toEqual([{ field: 'nip', code: 'isNip.birthDate', message: 'The birth date in the NIP (digits 1–8) is not valid.' }]);
  });

  it('refuses a taken email or NIP with 409', async () => {
    const email = await t.http().post('/api/profile/register').send(registration({ nip: nip(14) })).expect(409);
    expect((email.body as ErrorBody).code).toBe('EMAIL_TAKEN');
    const nipTaken = await t.http().post('/api/profile/register').send(registration({ email: 'baru@padang.go.id' })).expect(409);
    expect((nipTaken.body as ErrorBody).code).toBe('NIP_TAKEN');
  });

  it('refuses an OPD of another agency', async () => {
    const other = await t.agency('Diskominfo Kabupaten Uji');
    const res = await t.http().post('/api/profile/register').send(registration({ email: 'k@l.go.id', nip: nip(15), unitId: other.unit.id })).expect(400);
    expect((res.body as ErrorBody).errors?.map((e) => e.code)).toEqual(['unitNotInAgency']);
  });

  it('lets people edit their own profile, and audits what changed', async () => {
    const me = await t.signedIn();
    const res = await t.http().patch('/api/profile').set('Authorization', me.auth).send({ position: 'Pengelola Media Sosial', titleBefore: 'Ir.' }).expect(200);
    expect((res.body as ProfileView).displayName).toBe(`Ir. ${me.user.fullName}`);
    const rows = await t.dataSource.query<{ details: Record<string, unknown> }[]>(`SELECT details FROM audit_entry WHERE action = 'profile.updated' AND subject_id = $1`, [me.user.id]);
    expect(rows[0]?.details).toEqual({ position: { from: null, to: 'Pengelola Media Sosial' }, titleBefore: { from: null, to: 'Ir.' } });
  });

  it('refuses clearing a required field or touching fields one may not set', async () => {
    const me = await t.signedIn();
    const cleared = await t.http().patch('/api/profile').set('Authorization', me.auth).send({ fullName: null }).expect(400);
    expect((cleared.body as ErrorBody).errors?.map((e) => e.field)).toEqual(['fullName']);
    const roles = await t.http().patch('/api/profile').set('Authorization', me.auth).send({ roles: ['admin'] }).expect(400);
    expect((roles.body as ErrorBody).errors).toEqual([expect.objectContaining({ field: 'roles', code: 'unknownField' })]);
  });

  it('gives people a copy of their data', async () => {
    const me = await t.signedIn();
    const res = await t.http().get('/api/profile/export').set('Authorization', me.auth).expect(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.body as PersonalDataExport;
    expect(data.profile.id).toBe(me.user.id);
    expect(data.auditTrail.map((e) => e.action)).toContain('auth.sign_in');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain('passwordHash');
  });
});

describe('one participant and another’s data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(async () => t.stop());

  it('cannot read or change another person’s profile by any route', async () => {
    const { agency } = await t.agency();
    const me = await t.signedIn({ agencyId: agency.id });
    const other = await t.person({ agencyId: agency.id, fullName: 'Orang Lain' });

    await t.http().get(`/api/users/${other.id}`).set('Authorization', me.auth).expect(403);
    await t.http().patch(`/api/users/${other.id}`).set('Authorization', me.auth).send({ fullName: 'Diubah' }).expect(403);
    await t.http().get(`/api/people/${other.id}`).set('Authorization', me.auth).expect(403);
    await t.http().get('/api/people').set('Authorization', me.auth).expect(403);
    await t.http().get('/api/users').set('Authorization', me.auth).expect(403);
    // The own-profile routes only ever touch the caller; an id in the body is refused.
    await t.http().patch('/api/profile').set('Authorization', me.auth).send({ id: other.id, fullName: 'Diubah' }).expect(400);

    const [row] = await t.dataSource.query<{ full_name: string }[]>('SELECT full_name FROM app_user WHERE id = $1', [other.id]);
    expect(row?.full_name).toBe('Orang Lain');
  });

  it('lets organizers list the people of their own agency only', async () => {
    const mine = await t.agency('BKPSDM Kota Satu');
    const theirs = await t.agency('BKPSDM Kota Dua');
    const organizer = await t.signedIn({ roles: ['organizer'], agencyId: mine.agency.id });
    const colleague = await t.person({ agencyId: mine.agency.id });
    const stranger = await t.person({ agencyId: theirs.agency.id });

    const list = await t.http().get('/api/people?pageSize=100').set('Authorization', organizer.auth).expect(200);
    const ids = (list.body as { items: ProfileView[] }).items.map((p) => p.id);
    expect(ids).toContain(colleague.id);
    expect(ids).not.toContain(stranger.id);
    await t.http().get(`/api/people/${stranger.id}`).set('Authorization', organizer.auth).expect(404);
    await t.http().get(`/api/people/${colleague.id}`).set('Authorization', organizer.auth).expect(200);
  });
});
