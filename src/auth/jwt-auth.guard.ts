import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { currentContext } from '../common/context/request-context.js';
import { ALLOW_PENDING_PASSWORD, type AuthUser, IS_PUBLIC } from './auth.decorators.js';
import { parseTokenClaims } from './domain/token-payload.js';
import { type AuthState, UsersRepository } from './users.repository.js';
import { fail } from '../common/errors/catalogue.js';
import { AUTH_ERRORS } from './errors.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';

const invalidToken = () => fail(AUTH_ERRORS.INVALID_TOKEN);

/**
 * Global guard: every route needs a valid bearer token unless marked @Public().
 *
 * A valid signature is not enough. The payload must have the right shape, and the user is read by primary key on every
 * request: a token is refused (401) when the user no longer exists, is disabled, or its token version moved on (role,
 * unit or password changed) — so revoking takes effect at once, on every instance, with no cache to expire. The roles
 * and unit of the request come from that row, not from the token.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const header = req.headers.authorization;
    if (!header) {
      if (isPublic) return true;
      throw fail(COMMON_ERRORS.UNAUTHENTICATED);
    }
    const user = await this.authenticate(header);
    if (!user) {
      if (isPublic) return true;
      throw invalidToken();
    }
    if (
      user.mustChangePassword &&
      !isPublic &&
      !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD, targets)
    ) {
      throw fail(AUTH_ERRORS.PASSWORD_CHANGE_REQUIRED);
    }
    req.user = {
      id: user.id,
      username: user.username,
      roles: user.roles,
      unitId: user.unitId,
      officialId: user.officialId,
    };
    const ctx = currentContext();
    if (ctx) ctx.actor = { userId: user.id, username: user.username, roles: user.roles, unitId: user.unitId };
    return true;
  }

  /** The active user a bearer header stands for, or null. */
  private async authenticate(header: string): Promise<AuthState | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return null;
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(match[1]);
    } catch {
      return null;
    }
    const claims = parseTokenClaims(payload);
    if (!claims) return null;
    const user = await this.users.findAuthState(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.tv) return null;
    return user;
  }
}
