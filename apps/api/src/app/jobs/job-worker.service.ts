import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { JobFailed, JobLeaseLost, type JobContext, type JobHandler } from './job-handler';
import { Job } from './job.entity';
import { JobQueue } from './job-queue.service';

const POLL_MS = 1_000;
/** A job that keeps failing (or keeps killing its worker) is given up after this many runs. */
const MAX_ATTEMPTS = 5;

/**
 * Claims jobs from the `job` table and runs them, one at a time per process. Several processes
 * (API replicas, workers) may run this side by side: a claim skips rows another worker has locked,
 * and a running job belongs to its worker only while the lease it keeps renewing lasts.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorker.name);
  private readonly handlers = new Map<string, JobHandler>();
  readonly workerId = `${hostname().slice(0, 30)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeUp = false;
  private claims = 0;
  private stopping = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {}

  register(handler: JobHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobWorker) return;
    this.unsubscribe = this.queue.onEnqueue(() => this.poke());
    this.schedule(0);
  }

  /**
   * The first shutdown hook: the running job stops at its next safe point and goes back to the
   * queue before the render threads (closed at application shutdown) go away.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every claimable job now, then returns; tests use it instead of waiting for the poll. */
  async drain(): Promise<void> {
    while (!this.stopping && (await this.runOne())) {
      // keep going while there is work
    }
  }

  private poke(): void {
    if (this.running) {
      this.wakeUp = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopping) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.drain()
        .catch((error: unknown) => this.logger.error(`Job poll failed: ${String(error)}`))
        .finally(() => {
          this.running = null;
          const again = this.wakeUp;
          this.wakeUp = false;
          this.schedule(again ? 0 : POLL_MS);
        });
    }, delay);
  }

  /** Claims and runs one job; false when there was none. */
  private async runOne(): Promise<boolean> {
    const claimed = await this.claim();
    if (!claimed) return false;
    const { job, token } = claimed;
    // claim() only takes kinds this process has a handler for.
    const handler = this.handlers.get(job.kind) as JobHandler;
    if (job.attempts > MAX_ATTEMPTS) {
      await this.finish(job, token, 'failed', `Gave up after ${MAX_ATTEMPTS} attempts`);
      return true;
    }
    await this.execute(job, token, handler);
    return true;
  }

  /** The job with the token this claim wrote into `locked_by`, so renewals of an older claim of the same job fail. */
  private async claim(): Promise<{ job: Job; token: string } | null> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return null;
    const token = `${this.workerId}:${(this.claims += 1)}`;
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE job SET status = 'running', locked_by = $1, locked_until = now() + make_interval(secs => $2),
              attempts = attempts + 1, started_at = COALESCE(started_at, now())
       WHERE id = (
         SELECT id FROM job
         WHERE kind = ANY($3)
           AND ((status = 'queued' AND (locked_until IS NULL OR locked_until <= now()))
             OR (status = 'running' AND locked_until < now()))
         ORDER BY created_at
         FOR UPDATE SKIP LOCKED
         LIMIT 1)
       RETURNING id`,
      [token, this.config.jobLeaseSeconds, kinds],
    );
    const job = rows.length > 0 ? await this.dataSource.getRepository(Job).findOneBy({ id: rows[0].id }) : null;
    return job ? { job, token } : null;
  }

  private async execute(job: Job, token: string, handler: JobHandler): Promise<void> {
    let lost = false;
    const renew = async (done?: number, total?: number): Promise<void> => {
      // TypeORM answers an UPDATE with [rows, rowCount].
      const [, count] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE job SET locked_until = now() + make_interval(secs => $3),
                done = COALESCE($4, done), total = COALESCE($5, total)
         WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
        [job.id, token, this.config.jobLeaseSeconds, done ?? null, total ?? null],
      );
      if (count === 0) lost = true;
    };
    // The lease is renewed on a timer too, so one slow step (a large render) does not lose it.
    const heartbeat = setInterval(() => void renew().catch(() => undefined), (this.config.jobLeaseSeconds * 1000) / 3);
    const isStopping = () => this.stopping;
    const context: JobContext = {
      async progress(done, total) {
        await renew(done, total);
        if (lost) throw new JobLeaseLost(job.id);
      },
      get stopping() {
        return isStopping();
      },
    };
    try {
      await handler.run(job, context);
      if (this.stopping) await this.release(job, token, null, 0, true);
      else await this.finish(job, token, 'done', null);
    } catch (error) {
      if (error instanceof JobLeaseLost || lost) {
        this.logger.warn(`Job ${job.id} (${job.kind}) was taken over by another worker`);
      } else if (error instanceof JobFailed) {
        await this.finish(job, token, 'failed', error.message);
      } else if (this.stopping) {
        // Interrupted by the shutdown (its render threads are going away), not a failure of the job.
        await this.release(job, token, null, 0, true);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.error(`Job ${job.id} (${job.kind}) failed on attempt ${job.attempts}: ${message}`);
        if (job.attempts >= MAX_ATTEMPTS) await this.finish(job, token, 'failed', message);
        else await this.release(job, token, message, job.attempts * 5);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async finish(job: Job, token: string, status: 'done' | 'failed', error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET status = $3::varchar, error = $4, finished_at = now(), locked_by = NULL, locked_until = NULL,
              done = CASE WHEN $3::varchar = 'done' THEN total ELSE done END
       WHERE id = $1 AND locked_by = $2`,
      [job.id, token, status, error],
    );
  }

  /**
   * Puts the job back in the queue, to be retried after `delaySeconds` by any worker. A run cut
   * short by a shutdown gives its attempt back: rolling restarts must not use up a job's attempts.
   */
  private async release(job: Job, token: string, error: string | null, delaySeconds = 0, giveBackAttempt = false): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET status = 'queued', error = COALESCE($3, error), locked_by = NULL,
              locked_until = CASE WHEN $4::int > 0 THEN now() + make_interval(secs => $4::int) ELSE NULL END,
              attempts = attempts - CASE WHEN $5::boolean THEN 1 ELSE 0 END
       WHERE id = $1 AND locked_by = $2`,
      [job.id, token, error, delaySeconds, giveBackAttempt],
    );
  }
}
