import { Inject, Injectable, Optional } from '@nestjs/common';
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
import { Metrics } from '../common/metrics/metrics.js';
import { RedisConnection } from '../common/redis/redis-connection.js';
import { AUTH_ERRORS } from './errors.js';

/** Records of accounts without a failure for this long are forgotten. */
const FORGET_AFTER_MS = 60 * 60_000;
/** Upper bound on remembered accounts, so random usernames cannot grow memory without limit. */
const MAX_ENTRIES = 20_000;

/**
 * domain/login-lockout.ts's recordFailure, atomically in a Redis hash {failures, lockedUntil}: concurrent failures on
 * several instances each count. KEYS[1]; ARGV = now, freeFailures, baseLockMs, maxLockMs, forgetAfterMs.
 */
export const RECORD_FAILURE_SCRIPT = `
local now = tonumber(ARGV[1])
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local over = failures - tonumber(ARGV[2])
local lock = 0
if over >= 0 then
  lock = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) * 2 ^ math.min(over, 40))
end
local lockedUntil = tonumber(redis.call('HGET', KEYS[1], 'lockedUntil') or '0')
if lock > 0 and now + lock > lockedUntil then lockedUntil = now + lock end
redis.call('HSET', KEYS[1], 'lockedUntil', string.format('%.0f', lockedUntil))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[5]) + lock)
return failures
`;

interface Entry extends LockoutState {
  touchedAt: number;
}

/**
 * Per-account login throttling (see domain/login-lockout.ts), in addition to the per-IP throttler.
 *
 * With REDIS_URL the counters live in Redis, shared by every instance (one allowance, whatever the number of
 * instances). Without it, or while Redis does not answer, they live in the memory of this instance: behind a load
 * balancer an attacker then gets the allowance once per instance (still exponential), and a restart clears them.
 * Keys are keyed hashes of the lower-cased username, so neither memory, Redis nor the audit log holds a mistyped
 * password typed into the username.
 */
@Injectable()
export class LoginAttemptsService {
  private readonly entries = new Map<string, Entry>();
  private readonly hmacKey: Buffer;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(RedisConnection) private readonly redis?: RedisConnection,
    @Optional() @Inject(Metrics) private readonly metrics?: Metrics,
  ) {
    this.hmacKey = Buffer.from(hkdfSync('sha256', config.dataKey, 'tiepdan', 'login-username-hmac', 32));
  }

  /** A keyed hash of a username (16 hex digits): groups attempts in the audit log without storing the name. */
  usernameHash(username: string): string {
    return createHmac('sha256', this.hmacKey).update(username.trim().toLowerCase(), 'utf8').digest('hex').slice(0, 16);
  }

  /** Throws 429 ACCOUNT_LOCKED (with Retry-After) while the account is locked out. */
  async assertNotLocked(username: string): Promise<void> {
    const key = this.usernameHash(username);
    const now = this.clock.now().getTime();
    const shared = await this.shared((c) => c.hget(this.redisKey(key), 'lockedUntil'));
    const lockedUntil = shared !== undefined ? Number(shared ?? 0) : (this.current(key)?.lockedUntil ?? 0);
    const remaining = remainingLockMs({ failures: 0, lockedUntil }, now);
    if (remaining > 0) {
      const seconds = retryAfterSeconds(remaining);
      throw fail(AUTH_ERRORS.ACCOUNT_LOCKED, {
        detail: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
        extra: { retryAfterSeconds: seconds },
      });
    }
  }

  async recordFailure(username: string): Promise<void> {
    const key = this.usernameHash(username);
    const now = this.clock.now().getTime();
    const p = DEFAULT_LOCKOUT;
    const done = await this.shared((c) =>
      c.eval(
        RECORD_FAILURE_SCRIPT,
        1,
        this.redisKey(key),
        String(now),
        String(p.freeFailures),
        String(p.baseLockMs),
        String(p.maxLockMs),
        String(FORGET_AFTER_MS),
      ),
    );
    if (done !== undefined) return;
    const next = recordFailure(this.current(key) ?? { failures: 0, lockedUntil: 0 }, now, DEFAULT_LOCKOUT);
    this.entries.delete(key); // re-insert: the Map's order is then least recently failed first
    this.entries.set(key, { ...next, touchedAt: now });
    if (this.entries.size > MAX_ENTRIES) this.evict(now);
  }

  async recordSuccess(username: string): Promise<void> {
    const key = this.usernameHash(username);
    this.entries.delete(key);
    await this.shared((c) => c.del(this.redisKey(key)));
  }

  private redisKey(key: string): string {
    return `${this.redis!.prefix}login:${key}`;
  }

  /**
   * Runs a Redis command when REDIS_URL is set; undefined when it is not, or when Redis does not answer (then the
   * caller uses this instance's memory: the lock-out still holds per instance rather than being turned off).
   */
  private async shared<T>(
    command: (client: NonNullable<RedisConnection['client']>) => Promise<T>,
  ): Promise<T | undefined> {
    const client = this.redis?.client;
    if (!client) return undefined;
    try {
      return await command(client);
    } catch (err) {
      this.redis!.warn(err);
      this.metrics?.limitStoreErrors.inc({ limit: 'login_account' });
      return undefined;
    }
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
