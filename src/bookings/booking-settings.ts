import type { BookingCutoffPolicy } from './domain/slots.js';

/**
 * Operational settings of bookings, from the environment (documented in docs/bookings.md):
 * - BOOKING_CUTOFF_WORKING_DAYS (default 1) and BOOKING_CUTOFF_TIME (`HH:mm`, default end of day): booking closes at
 *   that local time of the Nth working day before the session's date (default: end of the previous working day);
 * - BOOKING_ID_LIMIT (default 10; 0 = off): booking attempts per citizen ID number per hour, per instance.
 */
export interface BookingSettings {
  cutoff: BookingCutoffPolicy;
  idLimitPerHour: number;
}

export const BOOKING_SETTINGS = Symbol('BOOKING_SETTINGS');

function intFrom(raw: string | undefined, dflt: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer in [${min}, ${max}]`);
  return n;
}

export function bookingSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BookingSettings {
  const closesAt = env.BOOKING_CUTOFF_TIME || undefined;
  if (closesAt !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(closesAt)) throw new Error('BOOKING_CUTOFF_TIME must be HH:mm');
  return {
    cutoff: { workingDaysBefore: intFrom(env.BOOKING_CUTOFF_WORKING_DAYS, 1, 0, 30, 'BOOKING_CUTOFF_WORKING_DAYS'), closesAt },
    idLimitPerHour: intFrom(env.BOOKING_ID_LIMIT, 10, 0, 100_000, 'BOOKING_ID_LIMIT'),
  };
}
