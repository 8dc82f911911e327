import type { AppConfig } from '../config/app-config.js';
import type { BookingCutoffPolicy } from './domain/slots.js';

/**
 * Operational settings of bookings, validated with the rest of the configuration (src/config/env.validation.ts):
 * - BOOKING_CUTOFF_WORKING_DAYS (default 1) and BOOKING_CUTOFF_TIME (`HH:mm`, default end of day): booking closes at
 *   that local time of the Nth working day before the session's date (default: end of the previous working day);
 * - BOOKING_ID_LIMIT (default 10; 0 = off): booking attempts per citizen ID number per hour, per instance;
 * - CHECKIN_OPENS_MINUTES_BEFORE (default 120, 0–1440): check-in opens this long before the session starts, on its
 *   local day only, and closes at the end of that day (src/bookings/domain/check-in-window.ts).
 */
export interface BookingSettings {
  cutoff: BookingCutoffPolicy;
  idLimitPerHour: number;
  checkInOpensMinutesBefore: number;
  /** JOIN_OPENS_MINUTES_BEFORE (default 15, 0–1440): an online booking's meeting link is shown from this long before its slot. */
  joinOpensMinutesBefore: number;
  /** BOOKING_VERIFICATION (default off): a new booking is a pending hold until its one-time code is entered. */
  verification: 'sms' | 'email' | 'off';
  /** BOOKING_HOLD_MINUTES (default 10): how long a pending hold keeps its seats. */
  holdMinutes: number;
  /** BOOKING_VERIFY_PHONE_LIMIT (default 5, 0 = off): one-time codes per phone number per hour, per instance. */
  verifyPhoneLimit: number;
}

export const BOOKING_SETTINGS = Symbol('BOOKING_SETTINGS');

export function bookingSettingsFrom(config: Pick<AppConfig, 'bookings'>): BookingSettings {
  const b = config.bookings;
  return {
    cutoff: { workingDaysBefore: b.cutoffWorkingDays, closesAt: b.cutoffTime },
    idLimitPerHour: b.idLimitPerHour,
    checkInOpensMinutesBefore: b.checkInOpensMinutesBefore,
    joinOpensMinutesBefore: b.joinOpensMinutesBefore,
    verification: b.verification,
    holdMinutes: b.holdMinutes,
    verifyPhoneLimit: b.verifyPhoneLimit,
  };
}
