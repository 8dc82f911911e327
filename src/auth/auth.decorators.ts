import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const IS_PUBLIC = 'tiepdan:isPublic';
export const ROLES_KEY = 'tiepdan:roles';

/** The route needs no account (citizens, calendar apps, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs one of these roles (admin always passes). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in staff user of the request. */
export interface AuthUser {
  id: string;
  username: string;
  roles: Role[];
  unitId: string | null;
  officialId: string | null;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});
