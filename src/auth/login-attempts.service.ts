import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hkdfSync } from 'node:crypto';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import {
  DEFAULT_LOCKOUT,
  type LockoutState,
  recordFailure,
  remainingLockMs,
  retryAfterSeconds,
} from './domain/login-lockout.js';
import { fail } from '../common/errors/catalogue.js';
import { AUTH_ERRORS } from './errors.js';

/** Records of accounts without a failure for this long are forgotten. */
const FORGET_AFTER_MS = 60 * 60_000;
/** Upper bound on remembered accounts, so random usernames cannot grow memory without limit. */
const MAX_ENTRIES = 20_000;

interface Entry extends LockoutState {
  touchedAt: number;
}

/**
 * Per-account login throttling (see domain/login-lockout.ts), in addition to the per-IP throttler.
 *
 * The counters live in the memory of each instance: with several instances behind a load balancer an attacker gets
 * the allowance once per instance (still exponential), and a restart clears them. Keys are keyed hashes of the
 * lower-cased username, so neither the memory nor the audit log holds a mistyped password typed into the username.
 */
@Injectable()
export class LoginAttemptsService {
  private readonly entries = new Map<string, Entry>();
  private readonly hmacKey: Buffer;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hmacKey = Buffer.from(hkdfSync('sha256', config.dataKey, 'tiepdan', 'login-username-hmac', 32));
  }

  /** A keyed hash of a username (16 hex digits): groups attempts in the audit log without storing the name. */
  usernameHash(username: string): string {
    return createHmac('sha256', this.hmacKey).update(username.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 16);
  }

  /** Throws 429 ACCOUNT_LOCKED (with Retry-After) while the account is locked out. */
  assertNotLocked(username: string): void {
    const entry = this.current(this.usernameHash(username));
    const remaining = entry ? remainingLockMs(entry, this.clock.now().getTime()) : 0;
    if (remaining > 0) {
      const seconds = retryAfterSeconds(remaining);
      throw fail(AUTH_ERRORS.ACCOUNT_LOCKED, {
        detail: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
        extra: { retryAfterSeconds: seconds },
      });
    }
  }

  recordFailure(username: string): void {
    const key = this.usernameHash(username);
    const now = this.clock.now().getTime();
    const next = recordFailure(this.current(key) ?? { failures: 0, lockedUntil: 0 }, now, DEFAULT_LOCKOUT);
    this.entries.delete(key); // re-insert: the Map's order is then least recently failed first
    this.entries.set(key, { ...next, touchedAt: now });
    if (this.entries.size > MAX_ENTRIES) this.evict(now);
  }

  recordSuccess(username: string): void {
    this.entries.delete(this.usernameHash(username));
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.clock.now().getTime();
    if (remainingLockMs(entry, now) === 0 && now - entry.touchedAt > FORGET_AFTER_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops forgotten records, then the least recently failed ones that are not locked, then the oldest. */
  private evict(now: number): void {
    for (const [key, e] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES) return;
      if (remainingLockMs(e, now) === 0) this.entries.delete(key);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) return;
      this.entries.delete(key);
    }
  }
}
