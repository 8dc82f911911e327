import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { type SessionVerdict, sessionVerdict, shouldTouch } from './domain/staff-session-rules.js';
import { StaffSessionEntity } from './staff-session.entity.js';
import { isoInstant } from '../common/time/iso-instant.js';
import { type AuthState, authStateOf, type RawAuthRow, UsersRepository } from './users.repository.js';

type SessionRow = Partial<RawAuthRow> & {
  s_token_version: number | string;
  s_last_seen_at: unknown;
  s_expires_at: unknown;
};

/** The cookie value: 32 random bytes, base64url (43 characters). */
const RAW = /^[A-Za-z0-9_-]{43}$/;

export type ResolvedSession =
  { verdict: 'open'; user: AuthState } | { verdict: Exclude<SessionVerdict, 'open'> | 'unknown' };

/**
 * Server-side sessions of the staff workspace (see staff-session.entity.ts). The JSON API does not use them: it keeps
 * its bearer tokens. Every request of the workspace reads its session and its user by primary key, so a sign-out, a
 * disabled account or a changed password ends the session at once on every instance.
 */
@Injectable()
export class StaffSessionsService {
  private readonly idleMs: number;
  private readonly lifetimeMs: number;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    private readonly users: UsersRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.idleMs = config.staffSessions.idleMinutes * 60_000;
    this.lifetimeMs = config.staffSessions.maxHours * 3_600_000;
  }

  private get resolveSql(): string {
    const param = this.ds.options.type === 'postgres' ? '$1' : '?';
    return `SELECT s.token_version AS s_token_version, s.last_seen_at AS s_last_seen_at, s.expires_at AS s_expires_at,
      u.id, u.username, u.roles, u.unit_id, u.official_id, u.active, u.token_version, u.must_change_password
      FROM staff_sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.id = ${param}`;
  }

  private repo() {
    return this.ds.getRepository(StaffSessionEntity);
  }

  private static idOf(raw: string): string {
    return createHash('sha256').update(raw).digest('hex');
  }

  /** Opens a new session for a user who has just proved their password; returns the cookie value (never stored). */
  async open(user: Pick<AuthState, 'id' | 'tokenVersion'>): Promise<string> {
    const now = this.clock.now();
    // Sessions past their lifetime are forgotten on the way (an index on expires_at keeps this cheap).
    await this.repo().delete({ expiresAt: LessThan(now) });
    const raw = randomBytes(32).toString('base64url');
    await this.repo().insert({
      id: StaffSessionsService.idOf(raw),
      userId: user.id,
      tokenVersion: user.tokenVersion,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.lifetimeMs),
    });
    return raw;
  }

  /** The user of a cookie value when its session is open; otherwise why not (and the session is deleted). */
  async resolve(raw: string | undefined): Promise<ResolvedSession> {
    if (!raw || !RAW.test(raw)) return { verdict: 'unknown' };
    const id = StaffSessionsService.idOf(raw);
    // One plain-SQL read per request of the workspace: the session and its user together (TypeORM's findOneBy costs
    // several times more on this hot path; see UsersRepository.findAuthState).
    const rows: SessionRow[] = await this.ds.query(this.resolveSql, [id]);
    const row = rows[0];
    if (!row) return { verdict: 'unknown' };
    const session = {
      tokenVersion: Number(row.s_token_version),
      lastSeenAt: new Date(isoInstant(row.s_last_seen_at)!),
      expiresAt: new Date(isoInstant(row.s_expires_at)!),
    };
    const user = row.id ? authStateOf(row as RawAuthRow) : null;
    const now = this.clock.now();
    const verdict = sessionVerdict(session, user, now, this.idleMs);
    if (verdict !== 'open' || !user) {
      await this.repo().delete({ id });
      return { verdict: verdict === 'open' ? 'revoked' : verdict };
    }
    if (shouldTouch(session.lastSeenAt, now, this.idleMs)) await this.repo().update({ id }, { lastSeenAt: now });
    return { verdict: 'open', user };
  }

  /** Opens a new session with the user's current token version (after a password change); null if the user is gone. */
  async openFor(userId: string): Promise<string | null> {
    const user = await this.users.findAuthState(userId);
    return user && user.active ? this.open(user) : null;
  }

  /** Whether the user must first replace a one-time password set by an admin. */
  async mustChangePassword(userId: string): Promise<boolean> {
    return (await this.users.findAuthState(userId))?.mustChangePassword ?? false;
  }

  /** Sign-out: the session is deleted, so the cookie opens nothing any more (even if a copy of it was kept). */
  async close(raw: string | undefined): Promise<void> {
    if (!raw || !RAW.test(raw)) return;
    await this.repo().delete({ id: StaffSessionsService.idOf(raw) });
  }

  /** How long a session may stay unused, and its lifetime (for the cookie's Max-Age). */
  get lifetimeSeconds(): number {
    return Math.floor(this.lifetimeMs / 1000);
  }
}
