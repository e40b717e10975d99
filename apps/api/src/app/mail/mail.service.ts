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

@Injectable()
export class MailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a mail in the outbox; with the caller's manager it is sent only if the change commits. */
  async enqueue(mail: Mail, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(OutboxMessage, { to: mail.to, subject: mail.subject, text: mail.text });
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
        sentAt: m.sentAt?.toISOString() ?? null,
        error: m.error,
      })),
      total,
      page,
      pageSize,
    };
  }
}
