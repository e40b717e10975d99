import type { AgendaRole, AgendaSessionView, SessionKind, TimeZone } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { FieldValidationException } from '../common/errors/app-exception';
import { localDate } from '../timetable/local-time';
import { sessionJp } from '../timetable/timetable.service';

const DAY_MS = 86_400_000;
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

/** Adds days to an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
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

    // Instants wide enough for every Indonesian zone (UTC+7 … +9); the local date is checked below.
    const fromInstant = new Date(new Date(`${from}T00:00:00Z`).getTime() - DAY_MS);
    const toInstant = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS);
    const role = range.role ?? null;
    const rows = await this.dataSource.query<AgendaRow[]>(
      `SELECT s.id, s.batch_id, b.number, p.title AS program, s.title, s.kind, s.starts_at, s.ends_at, s.room, b.venue, b.time_zone,
              EXISTS (SELECT 1 FROM timetable_session_trainer t WHERE t.session_id = s.id AND t.user_id = $1) AS teaches
         FROM timetable_session s
         JOIN batch b ON b.id = s.batch_id
         JOIN program p ON p.id = b.program_id
        WHERE b.status <> 'draft' AND s.starts_at < $3 AND s.ends_at > $2
          AND (($4::text IS DISTINCT FROM 'trainer'
                AND EXISTS (SELECT 1 FROM enrollment e WHERE e.batch_id = b.id AND e.user_id = $1 AND e.status = 'approved'))
            OR ($4::text IS DISTINCT FROM 'participant'
                AND EXISTS (SELECT 1 FROM timetable_session_trainer t WHERE t.session_id = s.id AND t.user_id = $1)))
        ORDER BY s.starts_at, s.id
        LIMIT ${MAX_SESSIONS}`,
      [userId, fromInstant, toInstant, role],
    );
    const inRange = rows.filter((r) => {
      const date = localDate(r.starts_at, r.time_zone);
      return date >= from && date <= to;
    });
    const trainers = await this.trainersOf(inRange.map((r) => r.id));
    return inRange.map((r) => ({
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
