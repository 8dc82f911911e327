/**
 * Local wall time → UTC instant with Luxon in an explicit IANA zone, never the process `TZ`.
 */
import { DateTime, IANAZone } from '../../common/time/luxon.js';
import type { IsoDate } from './schedule.types.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const TIME_OF_DAY_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY_RE.test(value);
}

export function assertTimeZone(zone: string): void {
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone))
    throw new RangeError(`Unknown IANA time zone: ${String(zone)}`);
}

/**
 * The instant at which `localDate` `time` ("HH:mm") occurs in `zone`, and the instant
 * `durationMinutes` later, both as ISO UTC strings (`2026-03-02T01:00:00.000Z`).
 * In a zone with daylight saving time a wall time inside the spring-forward gap is moved
 * forward by Luxon (Asia/Ho_Chi_Minh has had no DST since 1975).
 */
export function localSlotToUtc(
  localDate: IsoDate,
  time: string,
  durationMinutes: number,
  zone: string,
): { startsAt: string; endsAt: string } {
  if (!isTimeOfDay(time)) throw new RangeError(`Invalid start time, expected HH:mm: ${String(time)}`);
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > 24 * 60) {
    throw new RangeError(`durationMinutes must be an integer from 1 to 1440, got ${durationMinutes}`);
  }
  assertTimeZone(zone);
  const start = DateTime.fromISO(`${localDate}T${time}`, { zone });
  if (!start.isValid) throw new RangeError(`Invalid local date-time ${localDate}T${time} in ${zone}`);
  const startUtc = start.toUTC();
  return { startsAt: startUtc.toISO()!, endsAt: startUtc.plus({ minutes: durationMinutes }).toISO()! };
}
