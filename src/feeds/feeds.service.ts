import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { performance } from 'node:perf_hooks';
import { DateTime } from '../common/time/luxon.js';
import { UsersService } from '../auth/users.service.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { SESSION_CHANGED, SESSION_HELD, SESSION_PUBLISHED } from '../sessions/session-events.js';
import { feedEtag, lastModifiedOf } from './domain/feed-etag.js';
import { buildCalendar } from './domain/ical-builder.js';
import { type ConditionalHeaders, isNotModified } from './conditional.js';
import type { FeedKind, FeedQuery, FeedTarget } from './feed-source.js';
import { FeedSourceRegistry } from './feed-source.js';
import { FeedTargets } from './feed-targets.js';
import { RenderCache } from './render-cache.js';
import { FEEDS_ERRORS } from './errors.js';
import { fail } from '../common/errors/catalogue.js';

/** Events starting from 12 months back to 60 months ahead (day granularity, UTC), so five years of a schedule fit. */
export const FEED_WINDOW = { monthsBack: 12, monthsAhead: 60 } as const;
export const FEED_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/**
 * How long a conditional GET may be answered from the validators computed for the previous request of the same feed,
 * without running the sources' aggregate queries again. Session events of this instance drop them at once; other
 * changes (another instance, a schedule generating planned sessions, a dialogue, a rename) show within this delay.
 * Requests without If-None-Match / If-Modified-Since always compute fresh validators.
 */
export const VALIDATOR_MEMO_MS = 1000;
const VALIDATOR_MEMO_MAX = 10_000;
/** Bump when the rendering changes, so that validators of old renderings stop matching. */
const FORMAT_VERSION = 'feeds/1';

const PUBLIC_DESCRIPTION =
  'Lịch tiếp công dân định kỳ và đột xuất đã công bố (kể cả các buổi đã hủy). Cập nhật mỗi giờ.';
const TOKEN_DESCRIPTION =
  'Lịch nội bộ: gồm cả các buổi tiếp dự kiến chưa công bố trong phạm vi đơn vị của bạn. Không chia sẻ đường dẫn này.';

export type FeedResponse =
  | { status: 304; etag: string; lastModified: string; cacheControl: string }
  | {
      status: 200;
      etag: string;
      lastModified: string;
      cacheControl: string;
      body: Buffer;
      filename: string;
      cache: 'hit' | 'miss';
      renderMs: number;
    };

/**
 * Builds a feed: resolve the target (and the token's scope), compute the ETag from each source's cheap
 * version, answer 304 when the client has it, else serve the rendering cached under that ETag or render it.
 */
@Injectable()
export class FeedsService {
  private readonly cache = new RenderCache(256, 64 * 1024 * 1024);
  private readonly validators = new Map<
    string,
    { at: number; etag: string; lastModified: string; cacheControl: string }
  >();

  constructor(
    private readonly targets: FeedTargets,
    private readonly registry: FeedSourceRegistry,
    private readonly users: UsersService,
    private readonly scope: UnitScopeService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private windowOfDay: { day: number; from: Date; to: Date } | null = null;

  /** The window of today (UTC days), computed once a day: Luxon month arithmetic is too slow for every conditional GET. */
  window(): { from: Date; to: Date } {
    const now = this.clock.now().getTime();
    const day = Math.floor(now / 86_400_000);
    if (this.windowOfDay?.day !== day) {
      const today = DateTime.fromMillis(day * 86_400_000, { zone: 'utc' });
      this.windowOfDay = {
        day,
        from: today.minus({ months: FEED_WINDOW.monthsBack }).toJSDate(),
        to: today.plus({ months: FEED_WINDOW.monthsAhead }).toJSDate(),
      };
    }
    return { from: this.windowOfDay.from, to: this.windowOfDay.to };
  }

  @OnEvent(SESSION_CHANGED)
  @OnEvent(SESSION_PUBLISHED)
  @OnEvent(SESSION_HELD)
  forgetValidators(): void {
    this.validators.clear();
  }

  /** The planned-session scope of a feed token; a missing, malformed or unknown token, or a target outside the scope, is 404. */
  private async plannedScope(token: unknown, target: FeedTarget): Promise<FeedQuery['planned']> {
    if (token === undefined) return null;
    const user = typeof token === 'string' ? await this.users.findByFeedToken(token) : null;
    if (!user || !(await this.scope.inScope(user, target.unitId))) throw fail(FEEDS_ERRORS.FEED_NOT_FOUND);
    return { unitIds: await this.scope.unitFilter(user) };
  }

  /** The validators of the previous request of this feed, if recent enough and matching the client's. */
  private memoised(key: string, conditional: ConditionalHeaders): FeedResponse | null {
    if (!conditional.ifNoneMatch && !conditional.ifModifiedSince) return null;
    const memo = this.validators.get(key);
    if (
      !memo ||
      performance.now() - memo.at >= VALIDATOR_MEMO_MS ||
      !isNotModified(conditional, memo.etag, memo.lastModified)
    )
      return null;
    return { status: 304, etag: memo.etag, lastModified: memo.lastModified, cacheControl: memo.cacheControl };
  }

  async feed(kind: FeedKind, id: string, token: unknown, conditional: ConditionalHeaders): Promise<FeedResponse> {
    // Public conditional GETs may be answered before any query; with a token, the token and scope are always checked.
    const publicHit = token === undefined ? this.memoised(`${kind}|${id}|`, conditional) : null;
    if (publicHit) return publicHit;
    const target = await this.targets.resolve(kind, id);
    if (!target) throw fail(FEEDS_ERRORS.FEED_NOT_FOUND);
    const planned = await this.plannedScope(token, target);
    const calendarName = planned ? `${target.calendarName} (nội bộ)` : target.calendarName;
    const plannedKey =
      planned === null ? null : planned.unitIds === 'all' ? 'all' : [...planned.unitIds].sort().join(',');
    const memoKey = `${kind}|${id}|${plannedKey ?? ''}`;
    const tokenHit = planned ? this.memoised(memoKey, conditional) : null;
    if (tokenHit) return tokenHit;
    const query: FeedQuery = { target: { ...target, calendarName }, ...this.window(), planned };
    const sources = this.registry.for(kind);
    const versions = await Promise.all(sources.map((s) => s.versionOf(query)));

    const lastModified = lastModifiedOf([{ lastModified: target.updatedAt }, ...versions])!;
    const context = JSON.stringify([
      FORMAT_VERSION,
      kind,
      id,
      calendarName,
      target.updatedAt,
      query.from.toISOString(),
      query.to.toISOString(),
      versions.map((v) => v.count),
      plannedKey,
    ]);
    const etag = feedEtag(
      sources.map((s, i) => ({
        uid: s.name,
        sequence: versions[i].sequenceSum,
        lastModified: versions[i].lastModified,
        status: 'confirmed' as const,
      })),
      context,
    );
    const cacheControl = planned ? 'private, no-cache' : 'public, max-age=300';
    if (this.validators.size >= VALIDATOR_MEMO_MAX) this.validators.clear();
    this.validators.set(memoKey, { at: performance.now(), etag, lastModified, cacheControl });
    if (isNotModified(conditional, etag, lastModified)) return { status: 304, etag, lastModified, cacheControl };

    let cached = this.cache.get(etag);
    const hit = cached !== undefined;
    const started = performance.now();
    if (!cached) {
      const events = (await Promise.all(sources.map((s) => s.eventsFor(query)))).flat();
      const ics = buildCalendar({
        name: calendarName,
        description: planned ? TOKEN_DESCRIPTION : PUBLIC_DESCRIPTION,
        timeZone: FEED_TIME_ZONE,
        events,
        generatedAt: lastModified, // deterministic bytes for one ETag, on every instance
      });
      cached = { body: Buffer.from(ics, 'utf8'), lastModified };
      this.cache.set(etag, cached);
    }
    return {
      status: 200,
      etag,
      lastModified: cached.lastModified,
      cacheControl,
      body: cached.body,
      filename: `${kind}-${id}.ics`,
      cache: hit ? 'hit' : 'miss',
      renderMs: performance.now() - started,
    };
  }
}
