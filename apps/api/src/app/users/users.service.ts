import { ErrorCode, type CreateUserResponse, type Page, type ProfileView } from '@bimtek/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { containsPattern } from '../common/like-pattern';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { changes } from '../common/changes';
import { AppException, notFound } from '../common/errors/app-exception';
import type { RequestOrigin } from '../common/request-context';
import type { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/users.dto';
import { applyProfileFields, candidateOf, PROFILE_FIELDS } from './profile-fields';
import { checkProfile } from './profile-rules';
import { User } from './user.entity';
import { PROFILE_RELATIONS, toProfileView } from './user-view';

export interface UserFilter extends Omit<UserQueryDto, 'search'> {
  search?: string | null;
  /** Restricts the list to one agency (an organizer sees only their own people). */
  agencyId?: string;
}

/** Accounts as an admin manages them. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async list(filter: UserFilter): Promise<Page<ProfileView>> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.agency', 'agency')
      .leftJoinAndSelect('u.unit', 'unit')
      .orderBy('u.fullName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.search) {
      const like = containsPattern(filter.search);
      qb.andWhere(
        new Brackets((w) => {
          w.where('u.fullName ILIKE :like', { like })
            .orWhere('u.email ILIKE :like', { like })
            .orWhere('u.nip LIKE :like', { like })
            .orWhere('u.nik LIKE :like', { like });
        }),
      );
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active !== undefined) qb.andWhere('u.active = :active', { active: filter.active });
    if (filter.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: filter.agencyId });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toProfileView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: string, agencyId?: string): Promise<ProfileView> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: agencyId ? { id, agencyId } : { id }, relations: PROFILE_RELATIONS });
    if (!user) throw notFound();
    return toProfileView(user);
  }

  async create(dto: CreateUserDto, actorId: string, origin: RequestOrigin): Promise<CreateUserResponse> {
    const password = dto.password ?? generatePassword();
    const temporaryPassword = dto.password ? undefined : password;
    const passwordHash = await this.passwords.hash(password);
    const id = await this.dataSource.transaction(async (manager) => {
      const user = manager.create(User, {
        email: dto.email,
        passwordHash,
        mustChangePassword: true,
        roles: dto.roles,
        language: dto.language ?? 'id',
      });
      applyProfileFields(user, dto);
      await checkProfile(manager, candidateOf(user));
      await manager.insert(User, user);
      await this.audit.record(
        { action: 'user.created', actorId, subjectId: user.id, origin, details: { roles: user.roles } },
        manager,
      );
      return user.id;
    });
    return { user: await this.get(id), ...(temporaryPassword ? { temporaryPassword } : {}) };
  }

  async update(id: string, dto: UpdateUserDto, actorId: string, origin: RequestOrigin): Promise<ProfileView> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound();
      const before = { ...user };
      applyProfileFields(user, dto);
      if (dto.email !== undefined) user.email = dto.email;
      if (dto.roles !== undefined) user.roles = dto.roles;
      if (dto.active !== undefined) user.active = dto.active;
      // Granting a role or deactivating must work even for an incomplete profile (the first admin has no NIK).
      const touchesProfile = dto.email !== undefined || PROFILE_FIELDS.some((field) => dto[field] !== undefined);
      if (touchesProfile) await checkProfile(manager, candidateOf(user), user.id);

      const wasAdmin = before.active && before.roles.includes('admin');
      const isAdmin = user.active && user.roles.includes('admin');
      if (wasAdmin && !isAdmin) await this.assertAnotherAdmin(manager, user.id);

      const diff = changes(before, user, [...PROFILE_FIELDS, 'email']);
      const events: Parameters<AuditService['record']>[0][] = [];
      if (Object.keys(diff).length) events.push({ action: 'user.updated', details: diff });
      if (JSON.stringify(before.roles) !== JSON.stringify(user.roles)) {
        events.push({ action: 'user.roles_changed', details: { from: before.roles, to: user.roles } });
      }
      if (before.active !== user.active) events.push({ action: user.active ? 'user.activated' : 'user.deactivated' });
      if (events.length === 0) return;

      await manager.save(User, user);
      if (!user.active) await this.sessions.endAll(user.id, manager);
      for (const event of events) await this.audit.record({ ...event, actorId, subjectId: user.id, origin }, manager);
    });
    return this.get(id);
  }

  /** Locks the other admins' rows so that two admins cannot demote each other at the same moment. */
  private async assertAnotherAdmin(manager: EntityManager, exceptId: string): Promise<void> {
    const others = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.id')
      .where(`'admin' = ANY(u.roles) AND u.active AND u.id <> :exceptId`, { exceptId })
      .setLock('pessimistic_write')
      .getMany();
    if (others.length === 0) throw new AppException(HttpStatus.CONFLICT, ErrorCode.LastAdmin);
  }
}

/** Readable enough to dictate over the phone: no 0/O or 1/l. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(14);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
