import { API_PREFIX, ApiRoutes, PLACE_HOLDING_STATUSES, type CalendarLinkView } from '@bimtek/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { notFound } from '../common/errors/app-exception';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { User } from '../users/user.entity';
import { buildCalendar } from './ical';

/** How far back the feed goes; calendar apps keep what they already have. */
const HISTORY_DAYS = 90;

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The person's feed address, created on first use. */
  async link(userId: string): Promise<CalendarLinkView> {
    const users = this.dataSource.getRepository(User);
    const user = await users.createQueryBuilder('u').addSelect('u.calendarToken').where('u.id = :userId', { userId }).getOne();
    if (!user) throw notFound();
    return this.urlFor(user.calendarToken ?? (await this.reset(userId)));
  }

  /** A new address; the old one stops working (e.g. after it was shared by mistake). */
  async rotate(userId: string): Promise<CalendarLinkView> {
    return this.urlFor(await this.reset(userId));
  }

  /** Sessions the person attends (a held place) or teaches, as iCalendar text. */
  async feed(token: string): Promise<string> {
    const user = await this.dataSource.getRepository(User).createQueryBuilder('u').where('u.calendarToken = :token', { token }).getOne();
    if (!user) throw notFound();
    const rows = await this.dataSource.query<
      { id: string; title: string; starts_at: Date; ends_at: Date; room: string | null; venue: string | null; number: number; program: string; updated: Date }[]
    >(
      `SELECT s.id, s.title, s.starts_at, s.ends_at, s.room, b.venue, b.number, p.title AS program, b.updated_at AS updated
         FROM timetable_session s
         JOIN batch b ON b.id = s.batch_id
         JOIN program p ON p.id = b.program_id
        WHERE b.status <> 'draft' AND s.starts_at > now() - make_interval(days => $3)
          AND (EXISTS (SELECT 1 FROM enrollment e WHERE e.batch_id = b.id AND e.user_id = $1 AND e.status = ANY($2))
               OR EXISTS (SELECT 1 FROM timetable_session_trainer t WHERE t.session_id = s.id AND t.user_id = $1))
        ORDER BY s.starts_at`,
      [user.id, [...PLACE_HOLDING_STATUSES], HISTORY_DAYS],
    );
    return buildCalendar(
      `Jadwal Bimtek — ${user.fullName}`,
      rows.map((r) => ({
        uid: `${r.id}@bimtek`,
        start: r.starts_at,
        end: r.ends_at,
        summary: `${r.title} · ${r.program} ${batchName(r.number)}`,
        location: r.room ?? r.venue,
        updated: r.updated,
      })),
    );
  }

  private async reset(userId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(User).update(userId, { calendarToken: token });
    return token;
  }

  private urlFor(token: string): CalendarLinkView {
    return { url: `${this.config.publicUrl}/${API_PREFIX}/${ApiRoutes.calendarFeed}/${token}.ics` };
  }
}
