import { Inject, Injectable } from '@nestjs/common';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { fail } from '../common/errors/catalogue.js';
import { BOOKINGS_ERRORS } from './errors.js';

const WINDOW_MS = 60 * 60 * 1000;
const MAX_KEYS = 100_000;

/**
 * Booking attempts per citizen ID number (keyed by its blind index, never the number), sliding one-hour window, in
 * this process. Complements the per-client @PublicRateLimit: one person cannot hammer the desk from many addresses.
 */
@Injectable()
export class CitizenRateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(@Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings) {}

  /** Counts one attempt; throws 429 TOO_MANY_REQUESTS when over the limit. */
  hit(key: string, nowMs: number = Date.now()): void {
    const limit = this.settings.idLimitPerHour;
    if (limit <= 0) return;
    const recent = (this.hits.get(key) ?? []).filter((t) => nowMs - t < WINDOW_MS);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      throw fail(BOOKINGS_ERRORS.TOO_MANY_REQUESTS);
    }
    recent.push(nowMs);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!);
  }
}
