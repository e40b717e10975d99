import { CONSENT_VERSION, type PersonalDataExport, type ProfileView } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import type { SignedIn } from '../auth/auth.service';
import { AuthService } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { Session } from '../auth/session.entity';
import { SessionService } from '../auth/session.service';
import { changes } from '../common/changes';
import { invalidField, notFound } from '../common/errors/app-exception';
import type { RequestOrigin } from '../common/request-context';
import type { RegisterDto, UpdateProfileDto } from '../users/dto/users.dto';
import { applyProfileFields, candidateOf, PROFILE_FIELDS } from '../users/profile-fields';
import { checkProfile } from '../users/profile-rules';
import { User } from '../users/user.entity';
import { PROFILE_RELATIONS, toProfileView } from '../users/user-view';

/** A person's own account: registration, their profile, and their copy of their data. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterDto, origin: RequestOrigin): Promise<SignedIn> {
    if (dto.consent !== true) throw invalidField('consent', 'consentRequired');
    const lowered = dto.password.trim().toLowerCase();
    if (lowered === dto.email || (dto.nip && lowered === dto.nip)) throw invalidField('password', 'passwordSameAsLogin');
    const passwordHash = await this.passwords.hash(dto.password);

    const { user, refreshToken } = await this.dataSource.transaction(async (manager) => {
      const user = manager.create(User, {
        email: dto.email,
        passwordHash,
        roles: ['participant'],
        language: dto.language ?? 'id',
        consentAt: new Date(),
        consentVersion: CONSENT_VERSION,
      });
      applyProfileFields(user, dto);
      await checkProfile(manager, candidateOf(user));
      await manager.insert(User, user);
      await this.audit.record(
        { action: 'user.registered', actorId: user.id, subjectId: user.id, origin, details: { consentVersion: CONSENT_VERSION } },
        manager,
      );
      return { user, refreshToken: await this.sessions.start(user.id, origin, manager) };
    });
    return { session: await this.auth.sessionFor(user), refreshToken };
  }

  async get(userId: string): Promise<ProfileView> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId }, relations: PROFILE_RELATIONS });
    if (!user) throw notFound();
    return toProfileView(user);
  }

  async update(userId: string, dto: UpdateProfileDto, origin: RequestOrigin): Promise<ProfileView> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound();
      const before = { ...user };
      applyProfileFields(user, dto);
      await checkProfile(manager, candidateOf(user), user.id);
      const diff = changes(before, user, PROFILE_FIELDS);
      if (Object.keys(diff).length === 0) return;
      await manager.save(User, user);
      await this.audit.record({ action: 'profile.updated', actorId: userId, subjectId: userId, origin, details: diff }, manager);
    });
    return this.get(userId);
  }

  /** Everything we hold about the person (UU 27/2022 right of access), as one JSON document. */
  async export(userId: string, origin: RequestOrigin): Promise<PersonalDataExport> {
    const profile = await this.get(userId);
    const [trail, sessions] = await Promise.all([
      this.dataSource.getRepository(AuditEntry).find({ where: { subjectId: userId }, order: { at: 'DESC' }, take: 5_000 }),
      this.dataSource.getRepository(Session).find({ where: { userId }, order: { createdAt: 'DESC' }, take: 1_000 }),
    ]);
    await this.audit.record({ action: 'user.data_exported', actorId: userId, subjectId: userId, origin });
    return {
      exportedAt: new Date().toISOString(),
      profile,
      auditTrail: trail.map((e) => ({ at: e.at.toISOString(), action: e.action, ip: e.ip })),
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        userAgent: s.userAgent,
        ip: s.ip,
        revokedAt: s.revokedAt?.toISOString() ?? null,
      })),
    };
  }
}
