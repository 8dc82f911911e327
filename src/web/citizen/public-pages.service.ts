import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { BOOKING_SEATS_CHANGED } from '../../bookings/booking-events.js';
import { Clock } from '../../common/time/clock.js';
import { SESSION_CHANGED, SESSION_HELD, SESSION_PUBLISHED } from '../../sessions/session-events.js';
import { PageCache, type PreparedPage } from '../common/page-cache.js';

/**
 * The rendered citizens' pages that are the same for every visitor (a unit's calendar, a session's slots, the details
 * form with its CSRF token left as a hole), kept PAGE_TTL_MS (2 s) at most. Forgotten at once, all of them, when
 * a session is published, changed (moved, delegated, cancelled) or held, and when seats change (a booking made or
 * cancelled, a hold released or verified, a promotion from the waitlist): a page never shows seat counts older than
 * the last booking of this instance; other instances' changes show within 2 s.
 */
@Injectable()
export class PublicPages {
  private readonly cache: PageCache;

  constructor(clock: Clock) {
    this.cache = new PageCache(undefined, undefined, Date.now, () => clock.now().getTime());
  }

  get(key: string, render: () => Promise<PreparedPage | null>): Promise<PreparedPage | null> {
    return this.cache.get(key, render);
  }

  @OnEvent(SESSION_CHANGED)
  @OnEvent(SESSION_PUBLISHED)
  @OnEvent(SESSION_HELD)
  @OnEvent(BOOKING_SEATS_CHANGED)
  forget(): void {
    this.cache.clear();
  }
}
