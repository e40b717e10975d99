import { ErrorCode, WebRoutes, type SessionResponse, type SessionUser } from '@bimtek/contracts';
import { normalizeNip } from '@bimtek/domain';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException, invalidField, notFound } from '../common/errors/app-exception';
import type { RequestOrigin } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { toSessionUser } from '../users/user-view';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordReset } from './password-reset.entity';
import { PasswordService } from './password.service';
import { hashToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';
import { TokenService } from './token.service';
import { passwordResetMail } from './password-reset.mail';

const RESET_TTL_MINUTES = 60;

export interface SignedIn {
  session: SessionResponse;
  refreshToken: string;
}

/** What a sign-in form's "login" field holds: an email, or a NIP typed with or without spaces. */
export function normalizeLogin(login: string): { email: string } | { nip: string } {
  const nip = normalizeNip(login);
  return /^\d{18}$/.test(nip) ? { nip } : { email: login.trim().toLowerCase() };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async login(login: string, password: string, origin: RequestOrigin): Promise<SignedIn> {
    const where = normalizeLogin(login);
    const key = 'nip' in where ? where.nip : where.email;
    const ip = origin.ip ?? 'unknown';
    await this.throttle.assertAllowed(key, ip);

    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('nip' in where ? 'u.nip = :v' : 'u.email = :v', { v: key })
      .getOne();
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.record(key, ip, false);
      await this.audit.record({ action: 'auth.sign_in_failed', subjectId: user?.id ?? null, origin, details: { login: key } });
      throw new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials);
    }
    if (!user.active) throw new AppException(HttpStatus.FORBIDDEN, ErrorCode.AccountInactive);

    await this.throttle.record(key, ip, true);
    const refreshToken = await this.dataSource.transaction(async (manager) => {
      await this.audit.record({ action: 'auth.sign_in', actorId: user.id, subjectId: user.id, origin }, manager);
      return this.sessions.start(user.id, origin, manager);
    });
    return { session: await this.sessionFor(user), refreshToken };
  }

  async refresh(refreshToken: string | undefined, origin: RequestOrigin): Promise<SignedIn> {
    const rotated = await this.sessions.rotate(refreshToken, origin);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: rotated.userId });
    if (!user?.active) {
      await this.sessions.endAll(rotated.userId);
      throw new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidRefreshToken);
    }
    return { session: await this.sessionFor(user), refreshToken: rotated.token };
  }

  async logout(refreshToken: string | undefined, origin: RequestOrigin): Promise<void> {
    const userId = await this.sessions.end(refreshToken);
    if (userId) await this.audit.record({ action: 'auth.sign_out', actorId: userId, subjectId: userId, origin });
  }

  async me(userId: string): Promise<SessionUser> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound();
    return toSessionUser(user);
  }

  /** Signs the person out on every other device; the current session stays. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    refreshToken: string | undefined,
    origin: RequestOrigin,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOne();
    if (!user) throw notFound();
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw invalidField('currentPassword', 'WRONG_PASSWORD');
    }
    this.assertNotLogin(user, newPassword);
    const hash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash: hash, mustChangePassword: false });
      await this.sessions.endAll(user.id, manager, refreshToken);
      await this.audit.record({ action: 'auth.password_changed', actorId: user.id, subjectId: user.id, origin }, manager);
    });
  }

  /** Always answers the same way, so that the form does not reveal which emails are registered. */
  async forgotPassword(email: string, origin: RequestOrigin): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email, active: true });
    if (!user) return;
    const { token, hash } = newSecretToken();
    const link = `${this.config.publicUrl}/${WebRoutes.resetPassword}?token=${token}`;
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordReset, {
        userId: user.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
      });
      await this.mail.enqueue(passwordResetMail(user, link, RESET_TTL_MINUTES), manager);
      await this.audit.record({ action: 'auth.password_reset_requested', subjectId: user.id, origin }, manager);
    });
  }

  async resetPassword(token: string, newPassword: string, origin: RequestOrigin): Promise<void> {
    const hash = await this.passwords.hash(newPassword);
    const done = await this.dataSource.transaction(async (manager) => {
      const reset = await manager.getRepository(PasswordReset).findOne({
        where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset) return false;
      const user = await manager.getRepository(User).findOneBy({ id: reset.userId });
      if (!user?.active) return false;
      this.assertNotLogin(user, newPassword);
      await manager.update(PasswordReset, reset.id, { usedAt: new Date() });
      await manager.update(User, user.id, { passwordHash: hash, mustChangePassword: false });
      await this.sessions.endAll(user.id, manager);
      await this.audit.record({ action: 'auth.password_reset', actorId: user.id, subjectId: user.id, origin }, manager);
      return true;
    });
    if (!done) throw new AppException(HttpStatus.BAD_REQUEST, ErrorCode.InvalidResetToken, [{ field: 'token', code: ErrorCode.InvalidResetToken }]);
  }

  private assertNotLogin(user: User, password: string): void {
    const p = password.trim().toLowerCase();
    if (p === user.email || (user.nip && p === user.nip)) throw invalidField('newPassword', 'passwordSameAsLogin');
  }

  async sessionFor(user: User): Promise<SessionResponse> {
    const { accessToken, expiresIn } = await this.tokens.issueAccessToken(user.id);
    return { accessToken, expiresIn, user: toSessionUser(user) };
  }
}
