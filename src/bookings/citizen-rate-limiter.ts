import { Inject, Injectable } from '@nestjs/common';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { type ErrorEntry, fail } from '../common/errors/catalogue.js';
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
    this.count(key, this.settings.idLimitPerHour, nowMs, BOOKINGS_ERRORS.TOO_MANY_REQUESTS);
  }

  /** Counts one one-time code sent to a phone (keyed by its blind index); 429 TOO_MANY_CODES over BOOKING_VERIFY_PHONE_LIMIT. */
  hitPhone(phoneIndex: string, nowMs: number = Date.now()): void {
    this.count(`phone:${phoneIndex}`, this.settings.verifyPhoneLimit, nowMs, BOOKINGS_ERRORS.TOO_MANY_CODES);
  }

  private count(key: string, limit: number, nowMs: number, entry: ErrorEntry): void {
    if (limit <= 0) return;
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
