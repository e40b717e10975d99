import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxMessage } from './outbox-message.entity';

const BATCH = 20;
const MAX_ATTEMPTS = 5;

/**
 * With SMTP_URL set, delivers outbox messages. `FOR UPDATE SKIP LOCKED` lets every API replica
 * run this loop without two of them sending the same mail.
 */
@Injectable()
export class SmtpDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmtpDeliveryService.name);
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) return;
    this.transport = createTransport(this.config.smtpUrl);
    this.timer = setInterval(() => void this.deliverPending(), this.config.mailPollSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.transport?.close();
  }

  async deliverPending(): Promise<number> {
    if (!this.transport || this.running) return 0;
    this.running = true;
    let sent = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        const batch = await manager
          .getRepository(OutboxMessage)
          .createQueryBuilder('m')
          .where('m.sentAt IS NULL AND m.attempts < :max AND m.sendAfter <= now()', { max: MAX_ATTEMPTS })
          .orderBy('m.createdAt', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        for (const message of batch) {
          try {
            await this.transport?.sendMail({ from: this.config.mailFrom, to: message.to, subject: message.subject, text: message.text });
            await manager.update(OutboxMessage, message.id, { sentAt: new Date(), attempts: message.attempts + 1, error: null });
            sent++;
          } catch (error: unknown) {
            const reason = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Mail ${message.id} to ${message.to} failed: ${reason}`);
            await manager.update(OutboxMessage, message.id, { attempts: message.attempts + 1, error: reason.slice(0, 1000) });
          }
        }
      });
    } catch (error: unknown) {
      this.logger.error(`Outbox delivery failed: ${String(error)}`);
    } finally {
      this.running = false;
    }
    return sent;
  }
}
