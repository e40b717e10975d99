import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { closeExpiredAttempt } from './attempts.service';

const SWEEP_EVERY_MS = 15_000;
const BATCH = 200;

/**
 * Closes and grades attempts left open past their deadline (the phone went off, the tab was
 * closed). Every replica runs it; each attempt is closed under its row lock, so two replicas never
 * grade one twice.
 */
@Injectable()
export class AttemptSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AttemptSweeper.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.error(error)), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Closes every attempt past its deadline; returns how many it closed. */
  async sweep(now = new Date()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let closed = 0;
    try {
      for (;;) {
        const due = await this.dataSource.query<{ id: string }[]>(
          `SELECT id FROM attempt WHERE submitted_at IS NULL AND deadline_at <= $1 ORDER BY deadline_at LIMIT ${BATCH}`,
          [now],
        );
        for (const { id } of due) if (await closeExpiredAttempt(this.dataSource, id, now)) closed++;
        if (due.length < BATCH) return closed;
      }
    } finally {
      this.running = false;
    }
  }
}
