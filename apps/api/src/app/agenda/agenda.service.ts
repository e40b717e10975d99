import { TIME_ZONES, type AgendaRole, type AgendaSessionView, type SessionKind, type TimeZone } from '@bimtek/contracts';
import { addDays } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { FieldValidationException } from '../common/errors/app-exception';
import { localDate } from '../timetable/local-time';
import { sessionJp } from '../timetable/timetable.service';

/** A session's calendar date at the venue; the zones are fixed offsets, so no time-zone database is needed. */
const LOCAL_DATE = `((s.starts_at AT TIME ZONE 'UTC') + CASE b.time_zone ${Object.entries(TIME_ZONES)
  .map(([zone, offset]) => `WHEN '${zone}' THEN interval '${offset}'`)
  .join(' ')} END)::date`;
const MAX_DAYS = 366;
/** A question the page asks, not a report: a sane ceiling keeps a careless range cheap. */
const MAX_SESSIONS = 1000;

interface AgendaRow {
  id: string;
  batch_id: string;
  number: number;
  program: string;
  title: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  room: string | null;
  venue: string | null;
  time_zone: TimeZone;
  teaches: boolean;
}

@Injectable()
export class AgendaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The sessions a person attends (an approved place in a published batch) or teaches, whose local
   * date at the venue falls between `from` and `to`.
   */
  async sessions(userId: string, range: { from?: string; to?: string; role?: AgendaRole }): Promise<AgendaSessionView[]> {
    const from = range.from ?? localDate(new Date(), 'Asia/Jakarta');
    const to = range.to ?? addDays(from, 13);
    if (to < from) throw new FieldValidationException([{ field: 'to', code: 'endBeforeStart' }]);
    if (to > addDays(from, MAX_DAYS)) throw new FieldValidationException([{ field: 'to', code: 'rangeTooLong', params: [MAX_DAYS] }]);

    const role = range.role ?? null;
    // Starts from the person's own places and teaching, so the cost follows their sessions, not everyone's.
    const rows = await this.dataSource.query<AgendaRow[]>(
      `WITH mine AS (
         SELECT s.id AS session_id, false AS teaches
           FROM enrollment e JOIN timetable_session s ON s.batch_id = e.batch_id
          WHERE e.user_id = $1 AND e.status = 'approved' AND $4::text IS DISTINCT FROM 'trainer'
         UNION ALL
         SELECT t.session_id, true FROM timetable_session_trainer t
          WHERE t.user_id = $1 AND $4::text IS DISTINCT FROM 'participant'
       )
       SELECT s.id, s.batch_id, b.number, p.title AS program, s.title, s.kind, s.starts_at, s.ends_at, s.room, b.venue, b.time_zone,
              bool_or(m.teaches) AS teaches
         FROM mine m
         JOIN timetable_session s ON s.id = m.session_id
         JOIN batch b ON b.id = s.batch_id
         JOIN program p ON p.id = b.program_id
        WHERE b.status <> 'draft' AND ${LOCAL_DATE} BETWEEN $2::date AND $3::date
        GROUP BY s.id, b.id, p.id
        ORDER BY s.starts_at, s.id
        LIMIT ${MAX_SESSIONS}`,
      [userId, from, to, role],
    );
    const trainers = await this.trainersOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      batchId: r.batch_id,
      batchName: batchName(r.number),
      programTitle: r.program,
      title: r.title,
      kind: r.kind,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      date: localDate(r.starts_at, r.time_zone),
      timeZone: r.time_zone,
      room: r.room,
      venue: r.venue,
      trainers: trainers.get(r.id) ?? [],
      jp: sessionJp(r.kind, r.starts_at, r.ends_at),
      role: r.teaches ? 'trainer' : 'participant',
    }));
  }

  private async trainersOf(sessionIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
    const map = new Map<string, { id: string; name: string }[]>();
    if (sessionIds.length === 0) return map;
    const rows = await this.dataSource.query<{ session_id: string; id: string; name: string }[]>(
      `SELECT t.session_id, u.id, u.full_name AS name
         FROM timetable_session_trainer t JOIN app_user u ON u.id = t.user_id
        WHERE t.session_id = ANY($1) ORDER BY u.full_name`,
      [sessionIds],
    );
    for (const row of rows) map.set(row.session_id, [...(map.get(row.session_id) ?? []), { id: row.id, name: row.name }]);
    return map;
  }
}
