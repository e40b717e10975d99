import type { Language, Permission, Role } from '@bimtek/contracts';
import type { Request } from 'express';

/** The signed-in person as the auth guard found them in the database for this request. */
export interface Principal {
  id: string;
  roles: Role[];
  permissions: Permission[];
  agencyId: string | null;
}

export interface AppRequest extends Request {
  requestId: string;
  language: Language;
  principal?: Principal;
}

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function originOf(request: Request): RequestOrigin {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
}
