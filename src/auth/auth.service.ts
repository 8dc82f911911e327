import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Role } from './roles.js';
import { UsersRepository } from './users.repository.js';

export interface LoginResult {
  accessToken: string;
  user: { id: string; username: string; roles: Role[]; unitId: string | null };
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
  ) {}

  async login(username: string, password: string, ip: string | undefined): Promise<LoginResult> {
    const user = await this.users.findByUsername(username);
    const hash = user?.passwordHash ?? (await (this.dummyHash ??= hashPassword('dummy-password-for-timing')));
    const ok = await verifyPassword(hash, password);
    if (!user || !user.active || !ok) {
      this.logger.warn({ username, ip }, 'Failed login');
      await this.audit.record({ action: 'login_failed', entityType: 'user', entityId: user?.id ?? null, summary: `username=${username.slice(0, 64)}` });
      throw new DomainError('INVALID_CREDENTIALS', 401, 'Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, username: user.username, roles: user.roles, unitId: user.unitId, officialId: user.officialId });
    return { accessToken, user: { id: user.id, username: user.username, roles: user.roles, unitId: user.unitId } };
  }
}
