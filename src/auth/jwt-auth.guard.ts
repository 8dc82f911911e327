import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '../common/errors/domain-error.js';
import { currentContext } from '../common/context/request-context.js';
import { type AuthUser, IS_PUBLIC } from './auth.decorators.js';

interface TokenPayload {
  sub: string;
  username: string;
  roles: AuthUser['roles'];
  unitId: string | null;
  officialId: string | null;
}

/** Global guard: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const header = req.headers.authorization;
    if (!header) {
      if (isPublic) return true;
      throw new DomainError('UNAUTHENTICATED', 401, 'Cần đăng nhập để thực hiện thao tác này.');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    let payload: TokenPayload;
    try {
      if (!match) throw new Error('malformed');
      payload = await this.jwt.verifyAsync<TokenPayload>(match[1]);
    } catch {
      if (isPublic) return true;
      throw new DomainError('INVALID_TOKEN', 401, 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.');
    }
    req.user = { id: payload.sub, username: payload.username, roles: payload.roles, unitId: payload.unitId, officialId: payload.officialId ?? null };
    const ctx = currentContext();
    if (ctx) ctx.actor = { userId: payload.sub, username: payload.username, roles: payload.roles, unitId: payload.unitId };
    return true;
  }
}
