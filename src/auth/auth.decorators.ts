import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../common/roles.js';

export const IS_PUBLIC = 'tiepdan:isPublic';
export const ROLES_KEY = 'tiepdan:roles';
export const ALLOW_PENDING_PASSWORD = 'tiepdan:allowPendingPassword';

/** The route needs no account (citizens, calendar apps, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route needs one of these roles (admin always passes). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route stays open to a user who signed in with a one-time password and has not chosen a new one yet. */
export const AllowPendingPassword = () => SetMetadata(ALLOW_PENDING_PASSWORD, true);

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
