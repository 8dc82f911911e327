import { registerDecorator, type ValidationOptions } from 'class-validator';
import { DateTime } from '../time/luxon.js';
import { canonicalInstantMillis } from '../time/canonical-instant.js';
import { isYearInRange, MAX_INSTANT_MS, MIN_INSTANT_MS, YEAR_RANGE_TEXT } from './date-range.js';

export const ISO_DATE_MESSAGE = `Phải là ngày hợp lệ dạng YYYY-MM-DD, ${YEAR_RANGE_TEXT}.`;

/** Whether `v` is a real calendar date written `YYYY-MM-DD` within the accepted years (see date-range.ts). */
export function isIsoDateText(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(v) &&
    isYearInRange(Number(v.slice(0, 4))) &&
    DateTime.fromISO(v).isValid
  );
}

/** A real calendar date written `YYYY-MM-DD`, within the accepted years. */
export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName,
      options: { message: ISO_DATE_MESSAGE, context: { custom: true }, ...options },
      validator: { validate: isIsoDateText },
    });
}

/** A time of day `HH:mm` (00:00–23:59). */
export function IsTimeOfDay(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeOfDay',
      target: target.constructor,
      propertyName,
      options: { message: 'Phải là giờ hợp lệ dạng HH:mm.', context: { custom: true }, ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v) },
    });
}

export const INSTANT_MESSAGE = `Phải là thời điểm theo chuẩn ISO 8601, gồm ngày, giờ và múi giờ (chữ Z cho giờ UTC hoặc độ lệch như +07:00), ${YEAR_RANGE_TEXT}.`;

/**
 * Whether `v` is an ISO-8601 instant with an offset or Z (the canonical form is checked without Luxon), within the
 * accepted years (UTC). Shared by `@IsInstant()` and the compiled body schemas' `instant` format.
 */
export function isInstantText(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  let ms = canonicalInstantMillis(v);
  if (ms === null) {
    if (!/(Z|[+-]\d{2}:\d{2})$/.test(v) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return false;
    const parsed = DateTime.fromISO(v, { setZone: true });
    if (!parsed.isValid) return false;
    ms = parsed.toMillis();
  }
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}

/** An ISO-8601 instant with an offset or Z, e.g. `2026-03-02T01:00:00.000Z`. */
export function IsInstant(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName,
      options: { message: INSTANT_MESSAGE, context: { custom: true }, ...options },
      validator: { validate: isInstantText },
    });
}

/** An IANA time zone name known to the runtime, e.g. `Asia/Ho_Chi_Minh`. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: {
        message: 'Múi giờ không hợp lệ (tên IANA, ví dụ Asia/Ho_Chi_Minh).',
        context: { custom: true },
        ...options,
      },
      validator: {
        validate: (v: unknown) => typeof v === 'string' && v.length <= 64 && DateTime.local().setZone(v).isValid,
      },
    });
}
