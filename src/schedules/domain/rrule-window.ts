/**
 * Runs a parsed recurrence through the `rrule` package over a window of local dates.
 *
 * Dates are "floating": a local date `2026-03-02` is handed to rrule as the UTC instant
 * `2026-03-02T00:00:00Z` and read back with the UTC getters, so the process time zone never
 * matters (rrule itself works on UTC fields when no `tzid` is given).
 *
 * Bounded cost. rrule walks period by period until it finds a candidate after UNTIL or reaches
 * year 9999; a rule that yields nothing (e.g. `FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29`
 * started in a non-leap year) would walk ~8000 years (DAILY: ~12 s). To bound that, a window lying
 * in 1902–2098 is evaluated in years 9902–9999 instead, in a year with the same calendar (same
 * weekday of 1 January, same leap phase; both ranges follow the plain 4-year leap rule). The shift is
 * a whole number of years and of weeks, so every BYxxx part, INTERVAL phase and BYSETPOS position is
 * preserved, and the walk past the window is at most 28 years.
 */
import rrulePkg from 'rrule';
import type { IsoDate } from './schedule.types.js';
import type { RecurrenceParts, WeekdayCode } from './rrule-grammar.js';

const { RRule } = rrulePkg;
type RRuleOptions = ConstructorParameters<typeof RRule>[0];
type Weekday = typeof RRule.MO;

const FREQ = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY } as const;
const WEEKDAY: Record<WeekdayCode, Weekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** Default cap on the number of occurrences one expansion may return. */
export const MAX_OCCURRENCES = 5000;

const SAFE_SOURCE = { from: 1902, to: 2098 };
const TARGET_FIRST_YEAR = 9902;
const LAST_YEAR = 9999;

function parseIso(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function floating(date: IsoDate, yearShift: number, endOfDay = false): Date {
  const [y, m, d] = parseIso(date);
  const result = new Date(0);
  result.setUTCFullYear(y + yearShift, m - 1, d);
  if (endOfDay) result.setUTCHours(23, 59, 59, 999);
  return result;
}

function toIsoDate(value: Date, yearShift: number): IsoDate {
  const y = value.getUTCFullYear() - yearShift;
  const m = value.getUTCMonth() + 1;
  const d = value.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function jan1Weekday(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getUTCDay();
}

/**
 * Years to add so the window runs as close to year 9999 as possible with an identical calendar
 * (the walk past the window is then at most 28 years); 0 when the window is outside 1902–2098 or
 * too long to fit.
 */
export function calendarShiftFor(firstYear: number, lastYear: number): number {
  if (firstYear < SAFE_SOURCE.from || lastYear > SAFE_SOURCE.to) return 0;
  const weekday = jan1Weekday(firstYear);
  const latestStart = LAST_YEAR - 1 - (lastYear - firstYear);
  for (let target = latestStart; target >= TARGET_FIRST_YEAR && target > latestStart - 28; target--) {
    if (target % 4 === firstYear % 4 && jan1Weekday(target) === weekday) return target - firstYear;
  }
  return 0;
}

function toOptions(parts: RecurrenceParts, dtstart: Date, until: Date): RRuleOptions {
  return {
    freq: FREQ[parts.freq],
    interval: parts.interval,
    count: parts.count,
    dtstart,
    until,
    byweekday: parts.byDay.length
      ? parts.byDay.map((e) => (e.n === null ? WEEKDAY[e.day] : WEEKDAY[e.day].nth(e.n)))
      : null,
    bymonthday: parts.byMonthDay.length ? parts.byMonthDay : null,
    bymonth: parts.byMonth.length ? parts.byMonth : null,
    bysetpos: parts.bySetPos.length ? parts.bySetPos : null,
    wkst: parts.wkst === null ? null : WEEKDAY[parts.wkst],
    tzid: null,
  };
}

export interface RuleWindow {
  /** DTSTART: the first local date the rule may produce (the schedule's `validFrom`). */
  start: IsoDate;
  /** Last local date wanted (inclusive). UNTIL in the rule still applies. */
  end: IsoDate;
  /** Throw a RangeError when more occurrences than this fall in the window. */
  limit?: number;
  /** Stop quietly after this many occurrences (a probe needs only the first one). */
  stopAfter?: number;
  /** Evaluate with the year shift (default). `false` exists for tests comparing both paths. */
  bounded?: boolean;
}

/** Local dates the rule produces in `[start, end]`, ascending, without duplicates. */
export function ruleDatesBetween(parts: RecurrenceParts, window: RuleWindow): IsoDate[] {
  const end = parts.until !== null && parts.until < window.end ? parts.until : window.end;
  if (end < window.start) return [];
  const limit = window.limit ?? MAX_OCCURRENCES;
  const shift = window.bounded === false ? 0 : calendarShiftFor(parseIso(window.start)[0], parseIso(end)[0]);
  const dtstart = floating(window.start, shift);
  const until = floating(end, shift, true);
  const rule = new RRule(toOptions(parts, dtstart, until));

  const result: IsoDate[] = [];
  let overflow = false;
  rule.between(dtstart, until, true, (date) => {
    if (window.stopAfter !== undefined && result.length >= window.stopAfter) return false;
    if (result.length >= limit) {
      overflow = true;
      return false;
    }
    const iso = toIsoDate(date, shift);
    if (result[result.length - 1] !== iso) result.push(iso);
    return true;
  });
  if (overflow)
    throw new RangeError(`The rule yields more than ${limit} occurrences between ${window.start} and ${end}`);
  return result;
}
