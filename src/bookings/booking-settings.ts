import type { AppConfig } from '../config/app-config.js';
import type { BookingCutoffPolicy } from './domain/slots.js';

/**
 * Operational settings of bookings, validated with the rest of the configuration (src/config/env.validation.ts):
 * - BOOKING_CUTOFF_WORKING_DAYS (default 1) and BOOKING_CUTOFF_TIME (`HH:mm`, default end of day): booking closes at
 *   that local time of the Nth working day before the session's date (default: end of the previous working day);
 * - BOOKING_ID_LIMIT (default 10; 0 = off): booking attempts per citizen ID number per hour, per instance.
 */
export interface BookingSettings {
  cutoff: BookingCutoffPolicy;
  idLimitPerHour: number;
}

export const BOOKING_SETTINGS = Symbol('BOOKING_SETTINGS');

export function bookingSettingsFrom(config: Pick<AppConfig, 'bookings'>): BookingSettings {
  const b = config.bookings;
  return { cutoff: { workingDaysBefore: b.cutoffWorkingDays, closesAt: b.cutoffTime }, idLimitPerHour: b.idLimitPerHour };
}
