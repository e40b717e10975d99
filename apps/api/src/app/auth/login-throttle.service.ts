import { ErrorCode } from '@bimtek/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import { LoginAttempt } from './login-attempt.entity';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failed attempts on one account since its last success, within the window. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failed attempts from one address within the window (a hall shares one address, so generous). */
export const ADDRESS_FAILURE_LIMIT = 50;

/** Slows password guessing per account and per address; state lives in the database for all replicas. */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(login: string, ip: string): Promise<void> {
    type Counts = { account_failures: number; account_oldest: Date | null; address_failures: number; address_oldest: Date | null };
    const [row] = await this.dataSource.query<Counts[]>(
      `WITH win AS (SELECT now() - make_interval(mins => $3) AS since),
            last_ok AS (SELECT max(created_at) AS at FROM login_attempt WHERE login = $1 AND succeeded)
       SELECT
         (SELECT count(*) FROM login_attempt, win, last_ok
           WHERE login = $1 AND NOT succeeded AND created_at > win.since
             AND (last_ok.at IS NULL OR created_at > last_ok.at))::int AS account_failures,
         (SELECT min(created_at) FROM login_attempt, win
           WHERE login = $1 AND NOT succeeded AND created_at > win.since) AS account_oldest,
         (SELECT count(*) FROM login_attempt, win
           WHERE ip = $2 AND NOT succeeded AND created_at > win.since)::int AS address_failures,
         (SELECT min(created_at) FROM login_attempt, win
           WHERE ip = $2 AND NOT succeeded AND created_at > win.since) AS address_oldest`,
      [login, ip, THROTTLE_WINDOW_MINUTES],
    );
    if (!row) return;
    const blockedSince =
      row.account_failures >= ACCOUNT_FAILURE_LIMIT
        ? row.account_oldest
        : row.address_failures >= ADDRESS_FAILURE_LIMIT
          ? row.address_oldest
          : null;
    if (!blockedSince) return;
    const minutesLeft = Math.max(
      1,
      Math.ceil((blockedSince.getTime() + THROTTLE_WINDOW_MINUTES * 60_000 - Date.now()) / 60_000),
    );
    throw new AppException(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TooManyAttempts, undefined, [minutesLeft]);
  }

  async record(login: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.getRepository(LoginAttempt).insert({ login, ip, succeeded });
  }
}
