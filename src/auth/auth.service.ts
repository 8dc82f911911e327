import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { AuthUser } from './auth.decorators.js';
import type { TokenClaims } from './domain/token-payload.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Role } from '../common/roles.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { AUTH_ERRORS } from './errors.js';

export interface LoginResult {
  accessToken: string;
  user: { id: string; username: string; roles: Role[]; unitId: string | null };
  /** true after an admin's password reset: only `POST /auth/password` (and `GET /users/me`) accept the token. */
  mustChangePassword: boolean;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  /** Verified against when the user does not exist, so both failures take the same time. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly attempts: LoginAttemptsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async login(username: string, password: string, ip: string | undefined): Promise<LoginResult> {
    return this.issue(await this.verifyCredentials(username, password, ip));
  }

  /**
   * The account of a username and password, or 401 INVALID_CREDENTIALS (429 while locked out). Shared by the API's
   * token sign-in and the staff workspace's session sign-in: the same lock-out, the same audited failures.
   */
  async verifyCredentials(username: string, password: string, ip: string | undefined): Promise<UserEntity> {
    // Locked accounts are answered before the password is checked, so the lock-out also stops a right guess.
    await this.attempts.assertNotLocked(username);
    const user = await this.users.findByUsername(username);
    const hash = user?.passwordHash ?? (await (this.dummyHash ??= hashPassword('dummy-password-for-timing')));
    const ok = await verifyPassword(hash, password);
    if (!user || !user.active || !ok) {
      await this.attempts.recordFailure(username);
      // The typed username may be a password typed in the wrong field: only its keyed hash is logged and audited.
      const usernameHash = this.attempts.usernameHash(username);
      this.logger.warn({ usernameHash, ip }, 'Failed login');
      await this.audit.record({
        action: 'login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        summary: `username_hmac=${usernameHash}`,
      });
      throw fail(AUTH_ERRORS.INVALID_CREDENTIALS);
    }
    await this.attempts.recordSuccess(username);
    return user;
  }

  /**
   * The signed-in user changes their password: the current one must be right (failures count towards the account's
   * lock-out like failed logins), the new one follows the policy of user creation. Every older token stops working;
   * a fresh token is returned.
   */
  async changePassword(actor: AuthUser, current: string, next: string): Promise<LoginResult> {
    await this.attempts.assertNotLocked(actor.username);
    const user = await this.users.findById(actor.id);
    if (!user || !user.active) throw fail(AUTH_ERRORS.INVALID_TOKEN);
    if (!(await verifyPassword(user.passwordHash, current))) {
      await this.attempts.recordFailure(user.username);
      throw failOnField(AUTH_ERRORS.WRONG_CURRENT_PASSWORD, 'current');
    }
    if (current === next) {
      throw failOnField(AUTH_ERRORS.PASSWORD_UNCHANGED, 'next');
    }
    await this.attempts.recordSuccess(user.username);
    const passwordHash = await hashPassword(next);
    const updated = await this.tx.run(async (em) => {
      const changed = await this.users.updateAndRevoke(em, user.id, user.tokenVersion, {
        passwordHash,
        mustChangePassword: false,
        updatedAt: this.clock.now(),
      });
      // Another change (disable, reset) committed since the read: the caller's token is no longer valid.
      if (!changed) throw fail(AUTH_ERRORS.INVALID_TOKEN);
      await this.audit.recordIn(em, {
        action: 'password_change',
        entityType: 'user',
        entityId: user.id,
        summary: 'self',
      });
      return this.users.findById(user.id, em);
    });
    return this.issue(updated!);
  }

  private async issue(user: UserEntity): Promise<LoginResult> {
    const claims: TokenClaims = {
      sub: user.id,
      username: user.username,
      roles: user.roles,
      unitId: user.unitId,
      officialId: user.officialId,
      tv: user.tokenVersion,
    };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      user: { id: user.id, username: user.username, roles: user.roles, unitId: user.unitId },
      mustChangePassword: user.mustChangePassword,
    };
  }
}
