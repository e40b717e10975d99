import type { Permission } from '@bimtek/contracts';
import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { AppRequest, Principal } from '../common/request-context';

export const PERMISSION_KEY = 'bimtek:permission';
export const PUBLIC_KEY = 'bimtek:public';

/**
 * Every endpoint carries exactly one of these two decorators; the global AuthGuard refuses a
 * request to an endpoint with neither (default deny).
 */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiBearerAuth());

/** Reachable without signing in (sign-in itself, registration, health, agencies for the form). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The signed-in person, as loaded by the AuthGuard for this request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AppRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on an endpoint without RequirePermission');
  return principal;
});
