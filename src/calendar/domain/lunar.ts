/**
 * Vietnamese lunar calendar (âm lịch) conversions.
 *
 * Backed by `@dqcai/vn-lunar`, whose month tables are Hồ Ngọc Đức's, computed for the
 * Vietnamese standard time UTC+7 (Vietnam moved from UTC+8 to UTC+7 in 1967). The package takes
 * no time-zone argument; the UTC+7 basis is checked by the spec against the years in which the
 * Vietnamese and Chinese (UTC+8) New Year differ (1985, 2007, 2030, 2053).
 *
 * Every result is validated by converting back, so an impossible lunar date (day 30 of a
 * 29-day month, a leap month the year does not have) throws instead of silently rolling over.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import type { IsoDate } from './calendar.types.js';
import { addDays, assertIsoDate, isoDate } from './iso-date.js';

/** A date of the Vietnamese lunar calendar. `year` is the Gregorian year in which that lunar year starts. */
export interface LunarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–30
  leap: boolean; // true for the intercalary (nhuận) month
}

/** Range served (the package covers 1200–2199, but converts to the Julian calendar before 1582). */
export const MIN_LUNAR_YEAR = 1900;
export const MAX_LUNAR_YEAR = 2199;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_LUNAR_YEAR || year > MAX_LUNAR_YEAR) {
    throw new RangeError(`Lunar year must be an integer in ${MIN_LUNAR_YEAR}–${MAX_LUNAR_YEAR}, got ${year}`);
  }
}

/** The lunar date of a Gregorian date. */
export function solarToLunar(date: IsoDate): LunarDate {
  assertIsoDate(date);
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  // The lunar year that contains 1 January started in the previous Gregorian year.
  if (y - 1 < MIN_LUNAR_YEAR || y > MAX_LUNAR_YEAR) throw new RangeError(`Date out of supported lunar range: ${date}`);
  const l = getLunarDate(d, m, y);
  if (!l.year) throw new RangeError(`Date out of supported lunar range: ${date}`);
  return { year: l.year, month: l.month, day: l.day, leap: l.leap };
}

/**
 * The Gregorian date of a Vietnamese lunar date. Throws a `RangeError` when the lunar date does
 * not exist (e.g. `leap` set for a month that is not intercalary that year, or day 30 of a short month).
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false): IsoDate {
  assertYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`Lunar month must be 1–12, got ${month}`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Lunar day must be 1–30, got ${day}`);
  const s = getSolarDate(day, month, year, leap);
  if (!s.year) throw new RangeError(`Lunar date out of range: ${day}/${month}/${year}`);
  const solar = isoDate(s.year, s.month, s.day);
  const back = solarToLunar(solar);
  if (back.year !== year || back.month !== month || back.day !== day || back.leap !== leap) {
    throw new RangeError(`No such lunar date: ${day}/${month}${leap ? ' (nhuận)' : ''}/${year}`);
  }
  return solar;
}

/** Tết Nguyên đán: the 1st day of the 1st lunar month of `year`, Vietnamese calendar (UTC+7). */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar(year, 1, 1);
}

/** The last day of the lunar year that ends just before Tết of `year` (30 or 29 tháng Chạp). */
export function lunarNewYearsEve(year: number): IsoDate {
  return addDays(lunarNewYear(year), -1);
}

/** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month (the regular month, not a leap 3rd month). */
export function hungKingsDay(year: number): IsoDate {
  return lunarToSolar(year, 3, 10);
}
