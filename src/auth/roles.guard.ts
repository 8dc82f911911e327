import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { type AuthUser, ROLES_KEY } from './auth.decorators.js';
import { hasAnyRole, type Role } from '../common/roles.js';

/** Global guard: routes marked @Roles(...) need one of those roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const wanted = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!wanted || wanted.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user || !hasAnyRole(user.roles, wanted)) throw new ForbiddenError();
    return true;
  }
}
