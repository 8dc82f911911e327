import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../auth/auth.decorators.js';
import { StaffSessionsService } from '../../auth/staff-sessions.service.js';
import { currentContext } from '../../common/context/request-context.js';
import { fail } from '../../common/errors/catalogue.js';
import { hasAnyRole, type Role } from '../../common/roles.js';
import { cookieOf } from '../common/csrf.js';
import { WebController } from '../common/web-controller.js';
import { WebRedirect } from '../common/web-redirect.js';
import { WEB_ERRORS } from '../errors.js';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH, STAFF_COOKIE, STAFF_PREFIX, type SignInReason } from './staff-paths.js';

const STAFF_ROLES = 'tiepdan:staffRoles';
const ALLOW_PENDING = 'tiepdan:staffAllowPending';

/** The signed-in staff member of a workspace request (the same shape the API's handlers receive). */
export type StaffUser = AuthUser;

/** The cookie of a staff session: HttpOnly, SameSite=Lax, only sent to the workspace, Secure in production. */
export function staffCookieOptions(production: boolean, maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: production,
    path: STAFF_PREFIX,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds * 1000 } : {}),
  };
}

/** The sign-in page, remembering where to come back to and why. */
export function signInLocation(reason: SignInReason, back?: string): string {
  const q = new URLSearchParams({ ly_do: reason });
  if (back && back !== STAFF_PREFIX) q.set('tiep', back);
  return `${SIGN_IN_PATH}?${q.toString()}`;
}

/**
 * Guard of every workspace page: an open server-side session (cookie `tiepdan_staff`), else 303 to the sign-in page
 * (which then comes back to the page asked for). The user is read on every request, like the API's JWT guard: a
 * disabled account, a changed password, role or unit ends the session at once. Then the roles of the page
 * (`StaffController(…, roles)` or `@StaffRoles(…)` on a handler; admin passes everywhere), else a 403 page.
 */
@Injectable()
export class StaffSessionGuard implements CanActivate {
  constructor(
    private readonly sessions: StaffSessionsService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: AuthUser }>();
    const res = http.getResponse<Response>();
    const raw = cookieOf(req, STAFF_COOKIE);
    const resolved = await this.sessions.resolve(raw);
    if (resolved.verdict !== 'open') {
      if (raw) res.clearCookie(STAFF_COOKIE, { path: STAFF_PREFIX });
      const back = req.method === 'GET' ? req.originalUrl : undefined;
      throw new WebRedirect(signInLocation(raw ? 'het-han' : 'can-dang-nhap', back));
    }
    const user = resolved.user;
    const targets = [context.getHandler(), context.getClass()];
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING, targets)) {
      throw new WebRedirect(CHANGE_PASSWORD_PATH);
    }
    const wanted = this.reflector.getAllAndOverride<Role[] | undefined>(STAFF_ROLES, targets) ?? [];
    req.user = {
      id: user.id,
      username: user.username,
      roles: user.roles,
      unitId: user.unitId,
      officialId: user.officialId,
    };
    const ctx = currentContext();
    if (ctx) ctx.actor = { userId: user.id, username: user.username, roles: user.roles, unitId: user.unitId };
    if (wanted.length > 0 && !hasAnyRole(user.roles, wanted)) throw fail(WEB_ERRORS.STAFF_FORBIDDEN);
    return true;
  }
}

/**
 * A controller of the staff workspace: its pages live under `/can-bo/<prefix>` ('' for `/can-bo` itself), need an
 * open session and one of `roles` (none given: any signed-in staff member). Posts use `@WebPost()` (rate limit +
 * CSRF), which run after the session guard.
 */
export function StaffController(prefix: string, ...roles: Role[]): ClassDecorator {
  const clean = prefix.replace(/^\/+|\/+$/g, '');
  const path = `${STAFF_PREFIX.slice(1)}${clean ? `/${clean}` : ''}`;
  return applyDecorators(WebController(path), SetMetadata(STAFF_ROLES, roles), UseGuards(StaffSessionGuard));
}

/** Narrows (or widens) the roles of one handler of a StaffController. */
export const StaffRoles = (...roles: Role[]) => SetMetadata(STAFF_ROLES, roles);

/** The handler stays open to a user who must first replace a one-time password (the change-password page). */
export const StaffAllowPendingPassword = () => SetMetadata(ALLOW_PENDING, true);

/** The signed-in staff member (set by StaffSessionGuard). */
export const CurrentStaff = createParamDecorator((_: unknown, ctx: ExecutionContext): StaffUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentStaff outside a StaffController');
  return user;
});
