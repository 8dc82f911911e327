import type { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface.js';
import type { Metrics } from '../metrics/metrics.js';
import type { RedisConnection } from './redis-connection.js';

/**
 * One atomic step of a fixed-window limit with blocking: counts the hit (the window starts with the first hit),
 * then, when the count passes the limit, blocks the key for `blockDuration`. While blocked, hits are not counted.
 * KEYS[1] = hit counter, KEYS[2] = block marker; ARGV = ttl ms, limit, block ms. Returns {hits, ttl ms, blocked, block ms}.
 */
export const THROTTLE_SCRIPT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then ttl = 0 end
  return {hits + 1, ttl, 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}
`;

/**
 * @nestjs/throttler storage in Redis, so the per-client limits hold across instances. When Redis does not answer, the
 * hit is counted in this instance's memory instead (the limit holds per instance, as without REDIS_URL), with a
 * warning and a metric: a Redis outage neither blocks every citizen nor turns the limits off.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly fallback = new ThrottlerStorageService();

  constructor(
    private readonly redis: RedisConnection,
    private readonly metrics: Metrics,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const client = this.redis.client!;
    const base = `${this.redis.prefix}throttle:${throttlerName}:${key}`;
    try {
      const [hits, ttlMs, blocked, blockMs] = (await client.eval(
        THROTTLE_SCRIPT,
        2,
        base,
        `${base}:blocked`,
        String(ttl),
        String(limit),
        String(blockDuration),
      )) as [number, number, number, number];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(ttlMs / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(blockMs / 1000),
      };
    } catch (err) {
      this.redis.warn(err);
      this.metrics.limitStoreErrors.inc({ limit: `throttle_${throttlerName}` });
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
