/**
 * Test support: a working calendar built from explicit dates (weekends off, plus listed days off,
 * minus listed working Saturdays/Sundays). The 2026 fixture lists the official days off used in the
 * schedule tests; it is test data, not the product's holiday source (that lives in data/holidays).
 */
import type { IsoDate, WorkingCalendar } from '../../../calendar/domain/calendar.types.js';

function isWeekendDate(date: IsoDate): boolean {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const day = d.getUTCDay();
  return day === 0 || day === 6;
}

export class FixedCalendar implements WorkingCalendar {
  private readonly off: ReadonlySet<IsoDate>;
  private readonly worked: ReadonlySet<IsoDate>;

  constructor(daysOff: Iterable<IsoDate> = [], workedWeekendDays: Iterable<IsoDate> = []) {
    this.off = new Set(daysOff);
    this.worked = new Set(workedWeekendDays);
  }

  isWorkingDay(date: IsoDate): boolean {
    if (this.worked.has(date)) return true;
    return !this.off.has(date) && !isWeekendDate(date);
  }
}

/** Every date from `from` to `to` inclusive. */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/**
 * Days off 2026–2027 as used by the schedule tests: New Year 1/1/2026; Tết 14/2–22/2/2026;
 * a make-up day off on Monday 27/4/2026 (Hùng Kings' day falls on Sunday 26/4); 30/4 and 1/5;
 * National Day 1/9–2/9/2026; New Year 1/1/2027 (Friday).
 */
export const DAYS_OFF_2026_2027: readonly IsoDate[] = [
  '2026-01-01',
  ...dateRange('2026-02-14', '2026-02-22'),
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
  '2027-01-01',
];

export const calendar2026 = (): FixedCalendar => new FixedCalendar(DAYS_OFF_2026_2027);
