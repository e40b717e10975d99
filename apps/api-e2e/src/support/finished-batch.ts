import type { BatchView, ProgramRequest, ProgramView, SessionView } from '@bimtek/contracts';
import type { User } from '../../../api/src/app/users/user.entity';
import type { TestApp } from './test-app';

/** A date in WIB, `offset` days from today. */
export const wibDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

export interface FinishedBatch {
  agencyId: string;
  unitId: string;
  organizer: string;
  program: ProgramView;
  batch: BatchView;
  sessions: SessionView[];
}

/**
 * A programme with two modules and a batch that ended two days ago, with two timetable sessions.
 * With nothing released, a participant's final score is their attendance.
 */
export async function finishedBatch(t: TestApp, options: { agency?: { id: string; unitId: string }; organizer?: string; programOverrides?: Partial<ProgramRequest> } = {}): Promise<FinishedBatch> {
  let agencyId = options.agency?.id;
  let unitId = options.agency?.unitId;
  if (!agencyId || !unitId) {
    const { agency, unit } = await t.agency('BKPSDM Kota Padang');
    await t.dataSource.query(`UPDATE agency SET region = 'Kota Padang', code = $2 WHERE id = $1`, [agency.id, `BKPSDM${agency.code}`]);
    agencyId = agency.id;
    unitId = unit.id;
  }
  const organizer = options.organizer ?? (await t.authFor(await t.person({ roles: ['organizer'], agencyId })));
  const program = await t.program(organizer, {
    title: 'Bimtek Pengelolaan Media Sosial',
    modules: [
      { title: 'Jurnalistik dasar', jp: 16 },
      { title: 'Fotografi jurnalistik', jp: 16 },
    ],
    ...options.programOverrides,
  });
  const batch = await t.batch(organizer, program.id, { startDate: wibDay(-6), endDate: wibDay(-2), venue: 'Aula BKPSDM' });
  const sessions: SessionView[] = [];
  for (const [i, day] of [wibDay(-6), wibDay(-5)].entries()) {
    const res = await t
      .http()
      .post(`/api/batches/${batch.id}/timetable/sessions`)
      .set('Authorization', organizer)
      .send({ kind: 'LECTURE', title: `Sesi ${i + 1}`, moduleId: program.modules[i].id, startsAt: `${day}T02:00:00.000Z`, endsAt: `${day}T04:00:00.000Z` })
      .expect(201);
    sessions.push(res.body as SessionView);
  }
  return { agencyId, unitId, organizer, program, batch, sessions };
}

/** Marks the person present at the first `count` sessions. */
export function attend(t: TestApp, fixture: FinishedBatch, user: Pick<User, 'id'>, count: number): Promise<unknown> {
  return t.dataSource.query(
    `INSERT INTO attendance_record (batch_id, unit_key, user_id, status, method) SELECT $1, unnest($2::text[]), $3, 'hadir', 'manual'`,
    [fixture.batch.id, fixture.sessions.slice(0, count).map((s) => s.id), user.id],
  );
}
