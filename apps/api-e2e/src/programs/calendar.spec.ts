import type { BatchView, CalendarLinkView } from '@bimtek/contracts';
import { TestApp } from '../support/test-app';

describe('the personal calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(async () => t.stop());

  it('lists the sessions a person attends or teaches, behind a secret address that can be replaced', async () => {
    const { agency } = await t.agency('BKPSDM Kota Padang');
    const organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: agency.id }));
    const trainer = await t.person({ roles: ['trainer'], agencyId: agency.id });
    const program = await t.program(organizer, { title: 'Bimtek Fotografi', year: 2030 });
    const batch = (
      await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ startDate: '2030-03-04', endDate: '2030-03-04', capacity: 10, venue: 'Aula BKPSDM' }).expect(201)
    ).body as BatchView;
    await t.http()
      .post(`/api/batches/${batch.id}/timetable/sessions`)
      .set('Authorization', organizer)
      .send({ kind: 'LECTURE', moduleId: program.modules[0].id, startsAt: '2030-03-04T08:00:00+07:00', endsAt: '2030-03-04T11:00:00+07:00', trainerIds: [trainer.id] })
      .expect(201);
    await t.http().post(`/api/batches/${batch.id}/status`).set('Authorization', organizer).send({ status: 'registration_open' }).expect(201);

    const attending = await t.person({ agencyId: agency.id });
    const bystander = await t.person({ agencyId: agency.id });
    await t.http().post(`/api/catalog/${batch.id}/enrollment`).set('Authorization', await t.authFor(attending)).expect(201);

    const feedOf = async (user: { id: string }) => {
      const { url } = (await t.http().get('/api/my/calendar').set('Authorization', await t.authFor(user)).expect(200)).body as CalendarLinkView;
      expect(url).toMatch(/^http:\/\/bimtek\.test\/api\/calendar\/[\w-]+\.ics$/);
      const res = await t.http().get(new URL(url).pathname).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      return { url, ics: res.text };
    };

    const mine = await feedOf(attending);
    expect(mine.ics).toContain('DTSTART:20300304T010000Z');
    expect(mine.ics).toContain('SUMMARY:Fotografi · Bimtek Fotografi Angkatan I');
    expect((await feedOf(trainer)).ics).toContain('DTSTART:20300304T010000Z');
    expect((await feedOf(bystander)).ics).not.toContain('VEVENT');
    // The same address until it is replaced; then the old one is gone.
    expect((await feedOf(attending)).url).toBe(mine.url);
    const { url: fresh } = (await t.http().post('/api/my/calendar/reset').set('Authorization', await t.authFor(attending)).expect(200)).body as CalendarLinkView;
    expect(fresh).not.toBe(mine.url);
    await t.http().get(new URL(mine.url).pathname).expect(404);
    await t.http().get(new URL(fresh).pathname).expect(200);
    await t.http().get('/api/calendar/not-a-token.ics').expect(404);
  });
});
