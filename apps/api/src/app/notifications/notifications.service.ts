import { TrainingPaths, WebRoutes, type NotificationKind, type NotificationPage, type NotificationParams } from '@bimtek/contracts';
import { displayName } from '@bimtek/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { batchName } from '../batches/batch-view';
import { Batch } from '../batches/batch.entity';
import { notFound } from '../common/errors/app-exception';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailService, type Mail } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { notificationMail } from './notification-mail';
import { Notification } from './notification.entity';

export interface Recipient {
  userId: string;
  params?: NotificationParams;
}

/**
 * An organizer editing a timetable makes many changes in a row. While the person has not read the
 * notification it gathers them, and the mail waits this long so that a burst becomes one mail.
 */
export const TIMETABLE_MAIL_DELAY_SECONDS = 10 * 60;
const INSERT_CHUNK = 1_000;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  /**
   * Tells people about something that happened to a batch, in the app and by mail. Call it with the
   * transaction of the change (so nothing is said about a change that rolled back) and, for
   * timetable changes, with the batch row locked.
   */
  async notify(manager: EntityManager, kind: NotificationKind, batchId: string, recipients: readonly Recipient[]): Promise<void> {
    const byUser = new Map(recipients.map((r) => [r.userId, r]));
    if (byUser.size === 0) return;
    const batch = await manager.findOne(Batch, { where: { id: batchId }, relations: { program: true } });
    if (!batch) return;
    // Only what the mail needs, without entity hydration: a change may concern thousands of people.
    const users = await manager
      .createQueryBuilder(User, 'u')
      .select(['u.id AS id', 'u.email AS email', 'u.fullName AS "fullName"', 'u.titleBefore AS "titleBefore"', 'u.titleAfter AS "titleAfter"', 'u.language AS language'])
      .where('u.id = ANY(:ids) AND u.active', { ids: [...byUser.keys()] })
      .getRawMany<Pick<User, 'id' | 'email' | 'fullName' | 'titleBefore' | 'titleAfter' | 'language'>>();
    if (users.length === 0) return;

    let fresh = users;
    if (kind === 'timetable.changed') {
      const gathered = await manager.query<{ user_id: string }[]>(
        // Wrapped in a SELECT: TypeORM returns a bare UPDATE's rows in another shape.
        `WITH gathered AS (
           UPDATE notification
              SET created_at = now(), params = jsonb_set(params, '{changes}', to_jsonb(COALESCE((params->>'changes')::int, 1) + 1))
            WHERE user_id = ANY($1) AND batch_id = $2 AND kind = $3 AND read_at IS NULL
            RETURNING user_id)
         SELECT user_id FROM gathered`,
        [users.map((u) => u.id), batchId, kind],
      );
      const done = new Set(gathered.map((row) => row.user_id));
      fresh = users.filter((u) => !done.has(u.id));
    }
    // In chunks: one statement may carry at most 65,535 parameters, and a batch may have 100,000 people.
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      await manager.insert(
        Notification,
        fresh
          .slice(i, i + INSERT_CHUNK)
          .map((u) => ({ userId: u.id, kind, batchId, params: kind === 'timetable.changed' ? { changes: 1 } : (byUser.get(u.id)?.params ?? {}) })),
      );
    }

    const mailBatch = {
      programTitle: batch.program?.title ?? '',
      batchName: batchName(batch.number),
      startDate: batch.startDate,
      endDate: batch.endDate,
      venue: batch.venue,
    };
    const mails: Mail[] = users.map((u) =>
      notificationMail(kind, byUser.get(u.id)?.params ?? {}, {
        to: u.email,
        name: displayName(u.fullName, u.titleBefore, u.titleAfter),
        language: u.language,
        batch: mailBatch,
        link: this.linkFor(kind, batchId),
        forgotPasswordLink: `${this.config.publicUrl}/${WebRoutes.forgotPassword}`,
      }),
    );
    if (kind === 'timetable.changed') {
      await this.mail.enqueueMany(mails, manager, { delaySeconds: TIMETABLE_MAIL_DELAY_SECONDS, dedupeKeys: users.map((u) => `timetable:${batchId}:${u.id}`) });
    } else {
      await this.mail.enqueueMany(mails, manager);
    }
  }

  /**
   * Tells everyone concerned that a batch's timetable (or its dates or venue) changed: people in
   * it or waiting for a place, and its trainers, including those just taken off a session. A draft
   * batch is not published yet, so nobody is told. Call with the batch row locked.
   */
  async timetableChanged(manager: EntityManager, batch: Batch, formerTrainerIds: readonly string[] = []): Promise<void> {
    if (batch.status === 'draft') return;
    const rows = await manager.query<{ user_id: string }[]>(
      `SELECT e.user_id FROM enrollment e WHERE e.batch_id = $1 AND e.status IN ('pending', 'approved', 'waitlisted')
       UNION
       SELECT t.user_id FROM timetable_session s JOIN timetable_session_trainer t ON t.session_id = s.id WHERE s.batch_id = $1
       UNION
       SELECT bs.user_id FROM batch_staff bs WHERE bs.batch_id = $1 AND bs.role = 'trainer'
       UNION
       SELECT u FROM unnest($2::uuid[]) AS u`,
      [batch.id, [...formerTrainerIds]],
    );
    await this.notify(manager, 'timetable.changed', batch.id, rows.map((row) => ({ userId: row.user_id })));
  }

  async list(userId: string, page: number, pageSize: number, unreadOnly: boolean): Promise<NotificationPage> {
    const where = { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const repo = this.dataSource.getRepository(Notification);
    const [rows, total, unread] = await Promise.all([
      repo
        .createQueryBuilder('n')
        .leftJoinAndSelect('n.batch', 'b')
        .leftJoinAndSelect('b.program', 'p')
        .where('n.userId = :userId', { userId })
        .andWhere(unreadOnly ? 'n.readAt IS NULL' : 'TRUE')
        .orderBy('n.createdAt', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .skip((page - 1) * pageSize)
        .take(pageSize)
        .getMany(),
      repo.countBy(where),
      repo.countBy({ userId, readAt: IsNull() }),
    ]);
    return {
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        batchId: n.batchId,
        batchName: n.batch ? batchName(n.batch.number) : null,
        programTitle: n.batch?.program?.title ?? null,
        params: n.params,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      total,
      unread,
      page,
      pageSize,
    };
  }

  /** Marks one of the person's own notifications read; someone else's is as good as missing. */
  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.dataSource.getRepository(Notification).update({ id, userId }, { readAt: () => 'COALESCE(read_at, now())' });
    if (!result.affected) throw notFound();
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: () => 'now()' });
  }

  /** The same page the app's notification opens (`notification-text.ts` in the web app). */
  private linkFor(kind: NotificationKind, batchId: string): string {
    const base = this.config.publicUrl;
    if (kind === 'enrollment.rejected') return `${base}/${TrainingPaths.catalog}`;
    // Participants and the batch's trainers alike may read its timetable.
    return `${base}/${TrainingPaths.catalog}/${batchId}/${TrainingPaths.timetable}`;
  }
}
