import type { OutboxMessageView, Page } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTiming {
  /** Hold the mail this long before delivery. */
  delaySeconds?: number;
  /** While a mail with this key waits for its send time, another with the same key is dropped. */
  dedupeKey?: string;
}

@Injectable()
export class MailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a mail in the outbox; with the caller's manager it is sent only if the change commits. */
  async enqueue(mail: Mail, manager: EntityManager = this.dataSource.manager, timing: MailTiming = {}): Promise<void> {
    await this.enqueueMany([mail], manager, timing);
  }

  /**
   * One statement for any number of mails (a timetable change may concern hundreds of people).
   * A mail with a dedupe key replaces the text of one with its key still waiting for its send time
   * (the latest dates and venue win) instead of adding a second mail. Callers that use keys
   * serialise on what the mail is about (the batch row), so two of them never race on a key.
   */
  async enqueueMany(mails: readonly Mail[], manager: EntityManager = this.dataSource.manager, timing: MailTiming & { dedupeKeys?: readonly string[] } = {}): Promise<void> {
    if (mails.length === 0) return;
    const keys = timing.dedupeKeys ?? mails.map(() => timing.dedupeKey ?? null);
    await manager.query(
      `WITH m AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS m(addr, subject, body, key)
       ), refreshed AS (
         UPDATE outbox_message o SET subject = m.subject, text = m.body
           FROM m
          WHERE m.key IS NOT NULL AND o.dedupe_key = m.key AND o.sent_at IS NULL AND o.send_after > now()
          RETURNING o.dedupe_key
       )
       INSERT INTO outbox_message ("to", subject, text, dedupe_key, send_after)
       SELECT m.addr, m.subject, m.body, m.key, now() + make_interval(secs => $5)
         FROM m
        WHERE m.key IS NULL OR m.key NOT IN (SELECT dedupe_key FROM refreshed)`,
      [mails.map((m) => m.to), mails.map((m) => m.subject), mails.map((m) => m.text), keys, Math.max(0, Math.floor(timing.delaySeconds ?? 0))],
    );
  }

  async list(page: number, pageSize: number): Promise<Page<OutboxMessageView>> {
    const [rows, total] = await this.dataSource.getRepository(OutboxMessage).findAndCount({
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: rows.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        createdAt: m.createdAt.toISOString(),
        sendAfter: m.sendAfter.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
        error: m.error,
      })),
      total,
      page,
      pageSize,
    };
  }
}
