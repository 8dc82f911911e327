/**
 * Working-day arithmetic on `IsoDate` strings. Pure: every function takes the calendar
 * (a `WorkingCalendar` or a bare `isWorkingDay` predicate) as its first argument.
 *
 * Conventions (docs/domain.md, "Counting days"):
 * - The day of the event is never counted: `addWorkingDays(cal, d, 1)` is the first working day
 *   strictly after `d`, whatever `d` is.
 * - `countWorkingDaysBetween(cal, from, to)` counts the working days in the half-open interval
 *   `(from, to]` (from excluded, to included), so `count(d, addWorkingDays(d, n)) === n` for n ≥ 0.
 */
import type { IsoDate, WorkingCalendar } from './calendar.types.js';
import { addDays, assertIsoDate, daysBetween, isWeekend } from './iso-date.js';

export { addDays, daysBetween, weekday, isWeekend, isIsoDate, assertIsoDate, compareIsoDates } from './iso-date.js';

/** A calendar object or a bare predicate answering "is this a working day?". */
export type CalendarLike = WorkingCalendar | ((date: IsoDate) => boolean);

/**
 * Longest run of consecutive non-working days tolerated before a search gives up. Real
 * calendars never come close (Tết is at most ~9 days off in a row); a larger run means a broken
 * calendar, and failing beats looping forever.
 */
export const MAX_NON_WORKING_RUN = 366;

/** The civil-service week with no holidays: Saturday and Sunday off. Meant for tests and as a fallback. */
export class WeekendCalendar implements WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean {
    return !isWeekend(date);
  }
}

function predicateOf(cal: CalendarLike): (date: IsoDate) => boolean {
  return typeof cal === 'function' ? cal : (d) => cal.isWorkingDay(d);
}

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

/** Is `date` a working day in `cal`? */
export function isWorkingDay(cal: CalendarLike, date: IsoDate): boolean {
  assertIsoDate(date);
  return predicateOf(cal)(date);
}

/** Walks from `date` in steps of `step` (±1), excluding `date` itself, to the first working day. */
function firstWorkingDayFrom(isWorking: (d: IsoDate) => boolean, date: IsoDate, step: 1 | -1): IsoDate {
  let d = date;
  for (let i = 0; i < MAX_NON_WORKING_RUN; i++) {
    d = addDays(d, step);
    if (isWorking(d)) return d;
  }
  throw new RangeError(`No working day within ${MAX_NON_WORKING_RUN} days ${step > 0 ? 'after' : 'before'} ${date}`);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: CalendarLike, date: IsoDate): IsoDate {
  assertIsoDate(date);
  return firstWorkingDayFrom(predicateOf(cal), date, 1);
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(cal: CalendarLike, date: IsoDate): IsoDate {
  assertIsoDate(date);
  return firstWorkingDayFrom(predicateOf(cal), date, -1);
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function onOrNextWorkingDay(cal: CalendarLike, date: IsoDate): IsoDate {
  assertIsoDate(date);
  const isWorking = predicateOf(cal);
  return isWorking(date) ? date : firstWorkingDayFrom(isWorking, date, 1);
}

/** `date` itself when it is a working day, otherwise the previous working day. */
export function onOrPreviousWorkingDay(cal: CalendarLike, date: IsoDate): IsoDate {
  assertIsoDate(date);
  const isWorking = predicateOf(cal);
  return isWorking(date) ? date : firstWorkingDayFrom(isWorking, date, -1);
}

/**
 * The `n`-th working day after `date`, the day of the event not counted
 * (e.g. Friday + 1 = the following Monday when Monday is worked).
 * - `n > 0`: n-th working day strictly after `date` (always a working day).
 * - `n < 0`: |n|-th working day strictly before `date` (always a working day).
 * - `n === 0`: `date` unchanged, even if it is not a working day.
 */
export function addWorkingDays(cal: CalendarLike, date: IsoDate, n: number): IsoDate {
  assertIsoDate(date);
  assertInteger(n, 'Working day count');
  const isWorking = predicateOf(cal);
  const step: 1 | -1 = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0; left--) d = firstWorkingDayFrom(isWorking, d, step);
  return d;
}

/**
 * Number of working days in `(from, to]`: `from` excluded, `to` included.
 * - `from === to` → 0.
 * - `to < from` → the negation of `countWorkingDaysBetween(cal, to, from)` (antisymmetric).
 * So `count(d, addWorkingDays(cal, d, n)) === n` for every n ≥ 0, and for n < 0 when `d` is a working day.
 * Typical use: "at least 5 working days of notice" ⇔ `count(publishedOn, sessionDate) >= 5`
 * ⇔ `addWorkingDays(cal, publishedOn, 5) <= sessionDate` (when sessionDate is a working day).
 */
export function countWorkingDaysBetween(cal: CalendarLike, from: IsoDate, to: IsoDate): number {
  assertIsoDate(from);
  assertIsoDate(to);
  const span = daysBetween(from, to);
  if (span < 0) return 0 - countWorkingDaysBetween(cal, to, from); // `0 -` avoids returning -0
  const isWorking = predicateOf(cal);
  let count = 0;
  let d = from;
  for (let i = 0; i < span; i++) {
    d = addDays(d, 1);
    if (isWorking(d)) count++;
  }
  return count;
}

/**
 * End of a period of `n` calendar days under the Civil Code 2015, Art. 147–148: counting starts
 * the day after `date` (day 1 = date + 1, so the nominal last day is date + n); when that last day
 * is a weekly rest day or a holiday, the period ends at the end of the next working day.
 * `n` must be a non-negative integer (`n === 0` gives `date`, moved on to a working day if needed).
 */
export function addCalendarDaysCivil(cal: CalendarLike, date: IsoDate, n: number): IsoDate {
  assertIsoDate(date);
  assertInteger(n, 'Calendar day count');
  if (n < 0) throw new RangeError(`A period in days cannot be negative, got ${n}`);
  return onOrNextWorkingDay(cal, addDays(date, n));
}
