import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/** How long one Redis command may take before the limit falls back to this instance's memory. */
export const REDIS_COMMAND_TIMEOUT_MS = 500;

/**
 * The connection to the Redis shared by every instance (REDIS_URL), or none. Commands are never queued while Redis is
 * unreachable: they fail at once, and the caller falls back to its in-memory limit (see docs/architecture.md). Keys
 * all start with REDIS_PREFIX.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  readonly client: Redis | null;
  readonly prefix: string;
  private lastWarnAt = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redis?.prefix ?? 'tiepdan:';
    // ioredis (about 20 MB) is loaded only when REDIS_URL is set, synchronously: the client exists from construction.
    this.client = config.redis
      ? new (createRequire(import.meta.url)('ioredis') as typeof import('ioredis')).Redis(config.redis.url, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
          connectTimeout: 2_000,
          retryStrategy: (times) => Math.min(times * 200, 2_000),
          lazyConnect: false,
        })
      : null;
    // Without a listener ioredis prints every failed reconnection; one warning a minute is enough.
    this.client?.on('error', (err: Error) => this.warn(err));
  }

  /** Logs a Redis failure at most once a minute (the URL and its password are never logged). */
  warn(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarnAt < 60_000) return;
    this.lastWarnAt = now;
    this.logger.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'Redis unreachable: rate limits fall back to this instance memory',
    );
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.client) return;
    await this.client.quit().catch(() => this.client?.disconnect());
  }
}
