import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { AuthUser } from './auth.decorators.js';
import type { CreateUserDto } from './dto/auth.dto.js';
import { hashPassword } from './password.js';
import type { Role } from '../common/roles.js';
import { newUrlToken, sha256Hex } from './tokens.js';
import { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { fail } from '../common/errors/catalogue.js';
import { AUTH_ERRORS } from './errors.js';
import { ORG_ERRORS } from '../org/errors.js';

export interface UserView {
  id: string;
  username: string;
  fullName: string | null;
  title: string | null;
  roles: Role[];
  unitId: string | null;
  officialId: string | null;
  active: boolean;
}

export function toUserView(u: UserEntity): UserView {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    title: u.title,
    roles: u.roles,
    unitId: u.unitId,
    officialId: u.officialId,
    active: u.active,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateUserDto): Promise<UserView> {
    if (!(await this.org.findUnit(dto.unitId))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, { errors: [{ field: 'unitId', message: 'Đơn vị không tồn tại.' }] });
    }
    if (dto.officialId) {
      const official = await this.org.findOfficial(dto.officialId);
      if (!official)
        throw fail(AUTH_ERRORS.OFFICIAL_NOT_FOUND, {
          errors: [{ field: 'officialId', message: 'Cán bộ không tồn tại.' }],
        });
    }
    return toUserView(await this.insert({ ...dto, roles: [...new Set(dto.roles)] }));
  }

  /** Creates a user; used by the API and by the bootstrap. A taken username → 409 USERNAME_TAKEN. */
  async insert(input: {
    username: string;
    fullName?: string | null;
    title?: string | null;
    password: string;
    roles: Role[];
    unitId: string | null;
    officialId?: string | null;
  }): Promise<UserEntity> {
    const now = this.clock.now();
    const user = Object.assign(new UserEntity(), {
      id: newId(),
      username: input.username,
      fullName: input.fullName?.trim() || null,
      title: input.title?.trim() || null,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      unitId: input.unitId,
      officialId: input.officialId ?? null,
      feedTokenHash: null,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.tx.run((em) => this.users.insert(em, user));
    } catch (e) {
      if (isUniqueViolation(e)) throw fail(AUTH_ERRORS.USERNAME_TAKEN);
      throw e;
    }
    return user;
  }

  async list(actor: AuthUser): Promise<UserView[]> {
    return (await this.users.listIn(await this.scope.unitFilter(actor))).map(toUserView);
  }

  async me(actor: AuthUser): Promise<UserView> {
    const u = await this.users.findById(actor.id);
    if (!u) throw new NotFoundError('Tài khoản');
    return toUserView(u);
  }

  /** Issues a new personal calendar-feed token (the old one stops working). The token is shown once. */
  async rotateFeedToken(actor: AuthUser): Promise<{ token: string }> {
    const token = newUrlToken();
    await this.tx.run((em) => this.users.setFeedTokenHash(em, actor.id, sha256Hex(token)));
    return { token };
  }

  /** Whether a user of that name exists (seeding). */
  async exists(username: string): Promise<boolean> {
    return (await this.users.findByUsername(username)) !== null;
  }

  /** The active user a feed token belongs to, or null. */
  findByFeedToken(token: string): Promise<UserEntity | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return Promise.resolve(null);
    return this.users.findByFeedTokenHash(sha256Hex(token));
  }
}
