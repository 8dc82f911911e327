import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import type { AuthUser } from './auth.decorators.js';
import type { UpdateUserDto } from './dto/auth.dto.js';
import { hashPassword } from './password.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { toUserView, type UserView } from './users.service.js';
import { fail } from '../common/errors/catalogue.js';
import { AUTH_ERRORS } from './errors.js';
import { ORG_ERRORS } from '../org/errors.js';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const concurrent = () => fail(AUTH_ERRORS.USER_CHANGED);

/**
 * An admin's account management: read, disable/enable, change roles and unit, reset the password. Every change bumps
 * the user's token version (their existing tokens stop working at once) and is audited in the same transaction.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UsersRepository,
    private readonly org: OrgReader,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<UserView> {
    return toUserView(await this.found(id));
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserView> {
    if (dto.unitId != null && !(await this.org.findUnit(dto.unitId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, { errors: [{ field: 'unitId', message: 'Đơn vị không tồn tại.' }] });
    }
    return this.tx.run(async (em) => {
      const user = await this.found(id, em);
      const roles = dto.roles ? [...new Set(dto.roles)] : user.roles;
      const active = typeof dto.disabled === 'boolean' ? !dto.disabled : user.active; // null or absent: unchanged
      const unitId = dto.unitId ?? user.unitId;
      const changes: string[] = [];
      if (!sameSet(roles, user.roles)) changes.push(`roles=${roles.join(',')}`);
      if (unitId !== user.unitId) changes.push(`unitId=${unitId}`);
      if (active !== user.active) changes.push(active ? 'enabled' : 'disabled');
      if (changes.length === 0) return toUserView(user);
      const losesAdmin = user.active && user.roles.includes('admin') && (!active || !roles.includes('admin'));
      if (losesAdmin && (await this.users.countOtherActiveAdmins(em, user.id)) === 0) {
        throw fail(AUTH_ERRORS.LAST_ADMIN);
      }
      if (
        !(await this.users.updateAndRevoke(em, user.id, user.tokenVersion, {
          roles,
          unitId,
          active,
          updatedAt: this.clock.now(),
        }))
      )
        throw concurrent();
      await this.audit.recordIn(em, {
        action: 'update',
        entityType: 'user',
        entityId: user.id,
        summary: `${changes.join('; ')} by ${actor.username}`,
      });
      return toUserView({ ...user, roles, unitId, active });
    });
  }

  /**
   * Sets a random one-time password, returned once. The user signs in with it and can then only choose a new password
   * (`POST /auth/password`); every older token and the old password stop working at once.
   */
  async resetPassword(
    id: string,
    actor: AuthUser,
  ): Promise<{ id: string; oneTimePassword: string; mustChangePassword: true }> {
    const oneTimePassword = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(oneTimePassword);
    await this.tx.run(async (em) => {
      const user = await this.found(id, em);
      if (
        !(await this.users.updateAndRevoke(em, user.id, user.tokenVersion, {
          passwordHash,
          mustChangePassword: true,
          updatedAt: this.clock.now(),
        }))
      )
        throw concurrent();
      await this.audit.recordIn(em, {
        action: 'password_reset',
        entityType: 'user',
        entityId: user.id,
        summary: `by ${actor.username}`,
      });
    });
    return { id, oneTimePassword, mustChangePassword: true };
  }

  private async found(id: string, em?: Parameters<UsersRepository['findById']>[1]): Promise<UserEntity> {
    const user = await this.users.findById(id, em);
    if (!user) throw new NotFoundError('Tài khoản');
    return user;
  }
}
