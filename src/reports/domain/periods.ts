/**
 * The reporting periods of a periodic report (Kết luận 215-KL/TW: a month, Q1, 6 months, 9 months, the year) and the
 * periods a report is compared with (the previous period, the same time last year).
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { addDays, daysInMonth, isoDate, toEpochDay } from '../../calendar/domain/iso-date.js';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export const PERIOD_PRESETS = ['month', 'q1', 'half', 'nine_months', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * The reporting periods of Kết luận 215-KL/TW: a month, the first quarter, 6 months, 9 months and the year, the last
 * four counted from 1 January (cumulative, as the Standing Committee asks for them).
 */
export function presetRange(preset: PeriodPreset, year: number, month = 1): DateRange {
  const end = (m: number) => isoDate(year, m, daysInMonth(year, m));
  switch (preset) {
    case 'month':
      if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month}`);
      return { from: isoDate(year, month, 1), to: end(month) };
    case 'q1':
      return { from: isoDate(year, 1, 1), to: end(3) };
    case 'half':
      return { from: isoDate(year, 1, 1), to: end(6) };
    case 'nine_months':
      return { from: isoDate(year, 1, 1), to: end(9) };
    case 'year':
      return { from: isoDate(year, 1, 1), to: end(12) };
  }
}

const ymd = (d: IsoDate) => d.split('-').map(Number) as [number, number, number];

/** True when [from, to] is made of whole calendar months. */
export function isWholeMonths(r: DateRange): boolean {
  const [y, m, d] = ymd(r.to);
  return r.from.endsWith('-01') && d === daysInMonth(y, m);
}

function shiftMonths(date: IsoDate, months: number, endOfMonth: boolean): IsoDate {
  const [y, m, d] = ymd(date);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return isoDate(ny, nm, endOfMonth ? daysInMonth(ny, nm) : Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The period just before: the same number of whole months when the range is whole months (March → February;
 * Q1 → Q4 of the year before), otherwise the same number of days ending the day before `from`.
 */
export function previousRange(r: DateRange): DateRange {
  if (isWholeMonths(r)) {
    const [fy, fm] = ymd(r.from);
    const [ty, tm] = ymd(r.to);
    const months = ty * 12 + tm - (fy * 12 + fm) + 1;
    return { from: shiftMonths(r.from, -months, false), to: shiftMonths(r.to, -months, true) };
  }
  const days = toEpochDay(r.to) - toEpochDay(r.from) + 1;
  return { from: addDays(r.from, -days), to: addDays(r.from, -1) };
}

/** The same dates one year earlier (29 February becomes 28 February; a month's last day stays the last day). */
export function sameTimeLastYear(r: DateRange): DateRange {
  return { from: shiftMonths(r.from, -12, false), to: shiftMonths(r.to, -12, isWholeMonths(r)) };
}

/** The calendar months [from, to] touches, as `YYYY-MM` (the line chart's points). */
export function monthsOf(r: DateRange): string[] {
  const out: string[] = [];
  let [y, m] = ymd(r.from);
  const [ty, tm] = ymd(r.to);
  while (y * 12 + m <= ty * 12 + tm) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Longest range a report covers (a few years: the comparisons read the same span again twice). */
export const MAX_REPORT_DAYS = 366 * 3;
