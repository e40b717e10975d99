import type { AttendanceGridView, BatchView, EnrollmentView, Page, ProfileView, SessionResponse, TimetableView } from '@bimtek/contracts';
import { parseNik, parseNip } from '@bimtek/domain';
import { TestApp } from '../support/test-app';

describe('the first start on an empty database', () => {
  it('loads the demo agency, one account per role and participants whose NIPs and NIKs validate', async () => {
    const t = await TestApp.start({ BIMTEK_DEMO: 'true' });
    try {
      expect(t.seed.kind).toBe('demo');
      const sessions: SessionResponse[] = [];
      for (const email of ['admin@bimtek.local', 'panitia@bimtek.local', 'narasumber@bimtek.local', 'peserta@bimtek.local']) {
        sessions.push(await t.signIn(email, 'Bimtek-Demo-2026'));
      }
      expect(sessions.map((s) => s.user.roles[0])).toEqual(['admin', 'organizer', 'trainer', 'participant']);

      const people = (await t.http().get('/api/users?pageSize=100').set('Authorization', `Bearer ${sessions[0].accessToken}`).expect(200)).body as Page<ProfileView>;
      expect(people.total).toBeGreaterThanOrEqual(30);
      for (const person of people.items) {
        if (person.nip) expect(parseNip(person.nip)).toMatchObject({ ok: true });
        if (person.nik) expect(parseNik(person.nik)).toMatchObject({ ok: true });
        expect(person.agencyName).toBe('BKPSDM Kota Padang');
      }
      expect(people.items.some((p) => p.employmentType === 'NON_ASN')).toBe(true);

      // The organizer sees the agency's people.
      const agency = await t.http().get('/api/people?pageSize=5').set('Authorization', `Bearer ${sessions[1].accessToken}`).expect(200);
      expect((agency.body as Page<ProfileView>).total).toBe(people.total);

      // Padang's three angkatan: one finished, one running now, one open; with full timetables.
      const organizer = `Bearer ${sessions[1].accessToken}`;
      const batches = (await t.http().get('/api/batches').set('Authorization', organizer).expect(200)).body as BatchView[];
      expect(batches.map((b) => `${b.name} ${b.status}`)).toEqual(['Angkatan I finished', 'Angkatan II running', 'Angkatan III registration_open']);
      const timetable = (await t.http().get(`/api/batches/${batches[1]?.id}/timetable`).set('Authorization', organizer).expect(200)).body as TimetableView;
      expect(timetable.scheduledJp).toBe(36);
      // The finished angkatan has its attendance: everyone recorded for every session, rates over all of them.
      const grid = (await t.http().get(`/api/batches/${batches[0]?.id}/attendance`).set('Authorization', organizer).expect(200)).body as AttendanceGridView;
      expect(grid.people).toHaveLength(12);
      expect(grid.people.every((p) => p.cells.every((c) => c !== null))).toBe(true);
      expect(new Set(grid.people.flatMap((p) => p.cells.map((c) => c?.status)))).toEqual(new Set(['hadir', 'terlambat', 'izin', 'sakit', 'alpa']));
      // The demo participant is in the running batch; the catalogue lists the other agencies' open trainings too.
      const participant = `Bearer ${sessions[3].accessToken}`;
      const mine = (await t.http().get('/api/my/enrollments').set('Authorization', participant).expect(200)).body as EnrollmentView[];
      expect(mine.map((e) => `${e.batchName} ${e.status}`)).toEqual(['Angkatan II approved']);
      const catalog = (await t.http().get('/api/catalog').set('Authorization', participant).expect(200)).body as BatchView[];
      expect(catalog.map((b) => b.programTitle)).toEqual(
        expect.arrayContaining(['Sosialisasi Pengelolaan Media Sosial Pemerintah', 'Rapat Koordinasi Admin Media Sosial OPD se-Sumatera Barat']),
      );
    } finally {
      await t.stop();
    }
  });

  it('without demo data, creates one admin whose one-time password must be changed', async () => {
    const t = await TestApp.start({ BIMTEK_DEMO: 'false' });
    try {
      if (t.seed.kind !== 'first-admin') throw new Error(`expected a first admin, got ${t.seed.kind}`);
      const session = await t.signIn(t.seed.email, t.seed.password);
      expect(session.user).toMatchObject({ roles: ['admin'], mustChangePassword: true });
      const [count] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM app_user');
      expect(count?.n).toBe(1);
    } finally {
      await t.stop();
    }
  });
});
