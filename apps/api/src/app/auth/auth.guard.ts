import { ErrorCode, hasPermission, permissionsOf, type Permission } from '@bimtek/contracts';
import { HttpStatus, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppException, forbidden } from '../common/errors/app-exception';
import type { AppRequest } from '../common/request-context';
import { User } from '../users/user.entity';
import { PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { TokenService } from './token.service';

/**
 * Default deny. The person is re-read from the database on every request, so a deactivation or
 * a removed role takes effect at once rather than when the access token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const request = context.switchToHttp().getRequest<AppRequest>();
    if (!permission) {
      this.logger.error(`${request.method} ${request.path} names no permission; refusing it`);
      throw forbidden();
    }

    const userId = await this.tokens.verifyAccessToken(bearerToken(request));
    if (!userId) throw new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated);
    const user = await this.users.findOne({
      where: { id: userId },
      select: { id: true, roles: true, active: true, agencyId: true },
    });
    if (!user?.active) throw new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated);

    request.principal = {
      id: user.id,
      roles: user.roles,
      permissions: permissionsOf(user.roles),
      agencyId: user.agencyId,
    };
    if (!hasPermission(user.roles, permission)) throw forbidden();
    return true;
  }
}

function bearerToken(request: AppRequest): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice(7).trim() || null;
}
