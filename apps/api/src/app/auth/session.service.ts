import { ErrorCode } from '@bimtek/contracts';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../common/errors/app-exception';
import type { RequestOrigin } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuditService } from '../audit/audit.service';
import { hashToken, newSecretToken } from './secret-token';
import { Session } from './session.entity';

const invalidRefresh = () => new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidRefreshToken);

/** Refresh tokens: issued at sign-in, rotated on every use, revoked at sign-out. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async start(userId: string, origin: RequestOrigin, manager: EntityManager = this.dataSource.manager): Promise<string> {
    return this.issue(manager, userId, randomUUID(), origin);
  }

  /**
   * Trades a refresh token for a new one. A token that was already rotated away is a replay
   * (a stolen copy, or an old tab): the whole family is revoked and the person must sign in again.
   */
  async rotate(token: string | undefined, origin: RequestOrigin): Promise<{ userId: string; token: string }> {
    if (!token) throw invalidRefresh();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(Session).findOne({
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) return null;
      if (session.revokedAt) {
        await this.revokeFamily(manager, session.familyId);
        await this.audit.record(
          { action: 'auth.refresh_token_reused', actorId: session.userId, subjectId: session.userId, origin },
          manager,
        );
        return 'reused' as const;
      }
      if (session.expiresAt.getTime() <= Date.now()) return null;
      await manager.update(Session, session.id, { revokedAt: new Date() });
      return { userId: session.userId, token: await this.issue(manager, session.userId, session.familyId, origin) };
    });
    if (!outcome || outcome === 'reused') throw invalidRefresh();
    return outcome;
  }

  async end(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    const session = await this.dataSource.getRepository(Session).findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    await this.revokeFamily(this.dataSource.manager, session.familyId);
    return session.userId;
  }

  /** Signs a person out everywhere, optionally keeping the session they are using now. */
  async endAll(userId: string, manager: EntityManager = this.dataSource.manager, keepToken?: string): Promise<void> {
    const keep = keepToken
      ? await manager.getRepository(Session).findOneBy({ tokenHash: hashToken(keepToken), userId })
      : null;
    const qb = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keep) qb.andWhere('family_id <> :family', { family: keep.familyId });
    await qb.execute();
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(Session, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(manager: EntityManager, userId: string, familyId: string, origin: RequestOrigin): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.insert(Session, {
      userId,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
      userAgent: origin.userAgent,
      ip: origin.ip,
    });
    return token;
  }
}
