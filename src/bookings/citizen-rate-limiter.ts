import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { type ErrorEntry, fail } from '../common/errors/catalogue.js';
import { Metrics } from '../common/metrics/metrics.js';
import { RedisConnection } from '../common/redis/redis-connection.js';
import { BOOKINGS_ERRORS } from './errors.js';

const WINDOW_MS = 60 * 60 * 1000;
const MAX_KEYS = 100_000;

/**
 * Sliding-window hit in a Redis sorted set (score = time): drops hits older than the window, refuses when `limit`
 * remain, else adds this one. KEYS[1]; ARGV = now ms, window ms, limit, unique member. Returns 1 (counted) or 0.
 */
export const SLIDING_WINDOW_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return 1
`;

/**
 * Booking attempts per citizen ID number (keyed by its blind index, never the number), sliding one-hour window.
 * Complements the per-client @PublicRateLimit: one person cannot hammer the desk from many addresses. With REDIS_URL
 * the window is shared by every instance; without it (or while Redis does not answer) it lives in this process.
 */
@Injectable()
export class CitizenRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
    @Inject(RedisConnection) private readonly redis: RedisConnection,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  /** Counts one attempt; throws 429 TOO_MANY_REQUESTS when over the limit. */
  async hit(key: string, nowMs: number = Date.now()): Promise<void> {
    await this.count(key, 'booking-id', this.settings.idLimitPerHour, nowMs, BOOKINGS_ERRORS.TOO_MANY_REQUESTS);
  }

  /** Counts one one-time code sent to a phone (keyed by its blind index); 429 TOO_MANY_CODES over BOOKING_VERIFY_PHONE_LIMIT. */
  async hitPhone(phoneIndex: string, nowMs: number = Date.now()): Promise<void> {
    await this.count(
      phoneIndex,
      'booking-phone',
      this.settings.verifyPhoneLimit,
      nowMs,
      BOOKINGS_ERRORS.TOO_MANY_CODES,
    );
  }

  private async count(key: string, kind: string, limit: number, nowMs: number, entry: ErrorEntry): Promise<void> {
    if (limit <= 0) return;
    const client = this.redis.client;
    if (client) {
      let counted: number | undefined;
      try {
        counted = (await client.eval(
          SLIDING_WINDOW_SCRIPT,
          1,
          `${this.redis.prefix}${kind}:${key}`,
          String(nowMs),
          String(WINDOW_MS),
          String(limit),
          `${nowMs}:${randomBytes(6).toString('hex')}`,
        )) as number;
      } catch (err) {
        this.redis.warn(err);
        this.metrics.limitStoreErrors.inc({ limit: 'booking_id' });
      }
      if (counted === 0) throw fail(entry);
      if (counted === 1) return;
    }
    this.hitInMemory(`${kind}:${key}`, nowMs, limit, entry);
  }

  private hitInMemory(key: string, nowMs: number, limit: number, entry: ErrorEntry): void {
    const recent = (this.hits.get(key) ?? []).filter((t) => nowMs - t < WINDOW_MS);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      throw fail(entry);
    }
    recent.push(nowMs);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!);
  }
}
