import type { BatchView } from '@bimtek/contracts';
import { TestApp } from '../support/test-app';

describe('the batch list behind the organizer’s calendar', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => t.stop());

  it('lists the batches of the organizer’s agency that take place in a date range', async () => {
    const padang = (await t.agency('BKPSDM Kota Padang')).agency.id;
    const bintan = (await t.agency('Diskominfo Kabupaten Bintan')).agency.id;
    const organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: padang }));
    const other = await t.authFor(await t.person({ roles: ['organizer'], agencyId: bintan }));
    const program = await t.program(organizer);
    const otherProgram = await t.program(other);
    const batch = async (auth: string, programId: string, startDate: string, endDate: string) =>
      ((await t.http().post(`/api/programs/${programId}/batches`).set('Authorization', auth).send({ capacity: 30, startDate, endDate }).expect(201)).body as BatchView).id;

    const november = await batch(organizer, program.id, '2026-11-28', '2026-12-02');
    const december = await batch(organizer, program.id, '2026-12-14', '2026-12-18');
    await batch(organizer, program.id, '2027-01-11', '2027-01-15');
    await batch(other, otherProgram.id, '2026-12-07', '2026-12-09');

    const list = async (query: string) => ((await t.http().get(`/api/batches${query}`).set('Authorization', organizer).expect(200)).body as BatchView[]).map((b) => b.id);
    // A batch that began in November still shows in December's grid.
    expect(await list('?from=2026-11-30&to=2027-01-03')).toEqual([november, december]);
    expect(await list('')).toHaveLength(3);
    await t.http().get('/api/batches?from=30-11-2026').set('Authorization', organizer).expect(400);
    await t.http().get('/api/batches?to=2026-W49').set('Authorization', organizer).expect(400);
    await t.http().post(`/api/programs/${program.id}/batches`).set('Authorization', organizer).send({ capacity: 30, startDate: '20261207', endDate: '2026-12-07' }).expect(400);
    await t.http().get('/api/batches').set('Authorization', await t.authFor(await t.person())).expect(403);
  });
});
