import { DateTime } from '../../common/time/luxon.js';
import { canonicalInstantMillis } from '../../common/time/canonical-instant.js';

/**
 * Instants handled by the booking domain: ISO-8601 strings. Canonical form is UTC with
 * milliseconds (`2026-03-02T01:00:00.000Z`), exactly what `Date#toISOString()` produces.
 *
 * A string without an offset is read as UTC, never in the process time zone.
 */
export type IsoInstant = string;

/** Milliseconds since the epoch for an ISO instant or a Date; throws RangeError when invalid. */
export function toEpochMillis(value: IsoInstant | Date): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
    return ms;
  }
  const canonical = canonicalInstantMillis(value);
  if (canonical !== null) return canonical;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid) throw new RangeError(`Not an ISO-8601 instant: ${JSON.stringify(value)}`);
  return parsed.toMillis();
}

/** Canonical UTC form of an instant (`YYYY-MM-DDTHH:mm:ss.sssZ`); throws RangeError when invalid. */
export function canonicalInstant(value: IsoInstant | Date): IsoInstant {
  return new Date(toEpochMillis(value)).toISOString();
}
