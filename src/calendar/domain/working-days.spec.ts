import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { IsoDate, WorkingCalendar } from './calendar.types.js';
import { fromEpochDay, toEpochDay } from './iso-date.js';
import {
  addCalendarDaysCivil,
  addDays,
  addWorkingDays,
  countWorkingDaysBetween,
  isWorkingDay,
  nextWorkingDay,
  onOrNextWorkingDay,
  onOrPreviousWorkingDay,
  previousWorkingDay,
  WeekendCalendar,
  weekday,
} from './working-days.js';

const weekend = new WeekendCalendar();

/** Weekends off, plus some days off and some worked weekend days (a hand-made test calendar). */
function testCalendar(daysOff: IsoDate[], workedWeekendDays: IsoDate[] = []): WorkingCalendar {
  const off = new Set(daysOff);
  const worked = new Set(workedWeekendDays);
  return {
    isWorkingDay: (d) => worked.has(d) || (weekday(d) <= 5 && !off.has(d)),
  };
}

// A calendar shaped like 2025's: Tết 25/1–2/2; 30/4–4/5 off with Saturday 26/4 worked; 1/9–2/9 off.
const cal2025 = testCalendar(
  [
    '2025-01-01',
    ...Array.from({ length: 9 }, (_, i) => addDays('2025-01-25', i)),
    '2025-04-07',
    '2025-04-30',
    '2025-05-01',
    '2025-05-02',
    '2025-09-01',
    '2025-09-02',
  ],
  ['2025-04-26'],
);

/** Arbitrary date 1990–2060. */
const arbDate = fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2060-12-31') }).map(fromEpochDay);
/** Random calendars: weekends off plus random extra days off (dense enough to create long gaps). */
const arbCalendar = fc
  .array(fc.integer({ min: toEpochDay('1989-12-01'), max: toEpochDay('2061-02-01') }), { maxLength: 4000 })
  .map((days) => testCalendar(days.map(fromEpochDay)));

describe('WeekendCalendar', () => {
  it.each([
    ['2025-01-03', true], // Fri
    ['2025-01-04', false], // Sat
    ['2025-01-05', false], // Sun
    ['2025-01-06', true], // Mon
    ['2025-01-01', true], // a holiday, but this calendar knows no holidays
  ])('%s working: %s', (d, w) => {
    expect(weekend.isWorkingDay(d)).toBe(w);
    expect(isWorkingDay(weekend, d)).toBe(w);
  });
});

describe('accepts a bare predicate as calendar', () => {
  it('works with a function', () => {
    const onlyMondays = (d: IsoDate) => weekday(d) === 1;
    expect(nextWorkingDay(onlyMondays, '2025-01-01')).toBe('2025-01-06');
    expect(addWorkingDays(onlyMondays, '2025-01-06', 2)).toBe('2025-01-20');
    expect(countWorkingDaysBetween(onlyMondays, '2025-01-01', '2025-01-31')).toBe(4);
  });
});

describe('next / previous / on-or-next', () => {
  it.each([
    ['2025-01-03', '2025-01-06', '2025-01-02'], // Fri
    ['2025-01-04', '2025-01-06', '2025-01-03'], // Sat
    ['2025-01-06', '2025-01-07', '2025-01-03'], // Mon
    ['2025-01-24', '2025-02-03', '2025-01-23'], // Fri before Tết 2025
    ['2025-01-31', '2025-02-03', '2025-01-24'], // inside Tết
    ['2025-04-25', '2025-04-26', '2025-04-24'], // worked Saturday follows
    ['2025-04-29', '2025-05-05', '2025-04-28'],
    ['2025-08-29', '2025-09-03', '2025-08-28'],
  ])('in a 2025-like calendar, after %s comes %s, before it %s', (d, next, prev) => {
    expect(nextWorkingDay(cal2025, d)).toBe(next);
    expect(previousWorkingDay(cal2025, d)).toBe(prev);
  });
  it('on-or-next keeps a working day and moves a day off', () => {
    expect(onOrNextWorkingDay(cal2025, '2025-01-24')).toBe('2025-01-24');
    expect(onOrNextWorkingDay(cal2025, '2025-01-25')).toBe('2025-02-03');
    expect(onOrNextWorkingDay(cal2025, '2025-04-26')).toBe('2025-04-26');
    expect(onOrPreviousWorkingDay(cal2025, '2025-05-04')).toBe('2025-04-29');
    expect(onOrPreviousWorkingDay(cal2025, '2025-05-05')).toBe('2025-05-05');
  });
  it('fails instead of looping forever on a calendar without working days', () => {
    expect(() => nextWorkingDay(() => false, '2025-01-01')).toThrow(RangeError);
    expect(() => addWorkingDays(() => false, '2025-01-01', -1)).toThrow(RangeError);
  });
  it('rejects invalid dates', () => {
    expect(() => nextWorkingDay(weekend, '2025-02-30')).toThrow(RangeError);
    expect(() => countWorkingDaysBetween(weekend, '2025-01-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-01-03', 1, '2025-01-06'], // Fri + 1 = Mon: the day of the event is not counted
    ['2025-01-03', 5, '2025-01-10'],
    ['2025-01-04', 1, '2025-01-06'], // Sat + 1 = Mon
    ['2025-01-05', 5, '2025-01-10'],
    ['2025-01-06', 10, '2025-01-20'],
    ['2025-01-06', 0, '2025-01-06'],
    ['2025-01-04', 0, '2025-01-04'], // n = 0 leaves the date alone
    ['2025-01-06', -1, '2025-01-03'],
    ['2025-01-05', -1, '2025-01-03'],
  ])('weekend calendar: %s + %i = %s', (d, n, expected) => {
    expect(addWorkingDays(weekend, d, n)).toBe(expected);
  });
  it.each([
    ['2025-01-22', 5, '2025-02-05'], // across Tết 2025 (Wed 22/1 → Thu, Fri, Mon 3/2, Tue, Wed)
    ['2025-01-23', 1, '2025-01-24'],
    ['2025-01-24', 1, '2025-02-03'],
    ['2025-04-24', 2, '2025-04-26'], // the swapped Saturday counts
    ['2025-04-24', 4, '2025-04-29'],
    ['2025-04-24', 5, '2025-05-05'],
    ['2025-12-31', 1, '2026-01-01'], // the test calendar has no 2026 data: 1/1/2026 is a plain Thursday
    ['2025-02-03', -1, '2025-01-24'],
    ['2025-08-29', 1, '2025-09-03'],
  ])('2025-like calendar: %s + %i = %s', (d, n, expected) => {
    expect(addWorkingDays(cal2025, d, n)).toBe(expected);
  });
  it('rejects a non-integer count', () => {
    expect(() => addWorkingDays(weekend, '2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(weekend, '2025-01-01', Number.NaN)).toThrow(RangeError);
  });
});

describe('countWorkingDaysBetween: working days in (from, to]', () => {
  it.each([
    ['2025-01-03', '2025-01-06', 1], // Fri → Mon
    ['2025-01-06', '2025-01-13', 5], // Mon → next Mon
    ['2025-01-04', '2025-01-05', 0], // Sat → Sun
    ['2025-01-06', '2025-01-06', 0], // same day
    ['2025-01-05', '2025-01-06', 1], // the end day counts…
    ['2025-01-06', '2025-01-07', 1], // …the start day does not
    ['2025-01-13', '2025-01-06', -5], // reversed: negated
    ['2025-01-01', '2025-12-31', 260], // 2025 has 261 weekdays; 1/1 is excluded
  ])('weekend calendar: (%s, %s] = %i', (from, to, n) => {
    expect(countWorkingDaysBetween(weekend, from, to)).toBe(n);
  });
  it.each([
    ['2025-01-24', '2025-02-03', 1], // Tết 2025: only Mon 3/2
    ['2025-01-24', '2025-02-02', 0],
    ['2025-04-25', '2025-05-05', 4], // Sat 26/4 (worked), Mon 28/4, Tue 29/4, Mon 5/5
    ['2025-08-29', '2025-09-05', 3], // 1/9 and 2/9 off
  ])('2025-like calendar: (%s, %s] = %i', (from, to, n) => {
    expect(countWorkingDaysBetween(cal2025, from, to)).toBe(n);
  });
});

describe('addCalendarDaysCivil (Civil Code 2015, Art. 147–148)', () => {
  it.each([
    ['2025-01-06', 10, '2025-01-16'], // Mon + 10 = Thu, a working day
    ['2025-01-08', 10, '2025-01-20'], // Wed + 10 = Sat 18/1 → Mon 20/1
    ['2025-01-01', 30, '2025-01-31'], // 31/1 is inside Tết in the 2025-like calendar…
  ])('weekend calendar: %s + %i days ends %s', (d, n, expected) => {
    expect(addCalendarDaysCivil(weekend, d, n)).toBe(expected);
  });
  it('moves a last day that falls in a holiday run to the next working day', () => {
    expect(addCalendarDaysCivil(cal2025, '2025-01-01', 30)).toBe('2025-02-03');
    expect(addCalendarDaysCivil(cal2025, '2025-04-20', 10)).toBe('2025-05-05');
    // the worked Saturday is a working day: the period ends on it
    expect(addCalendarDaysCivil(cal2025, '2025-04-16', 10)).toBe('2025-04-26');
  });
  it('counting starts the day after the event', () => {
    expect(addCalendarDaysCivil(weekend, '2025-01-06', 1)).toBe('2025-01-07');
    expect(addCalendarDaysCivil(weekend, '2025-01-06', 0)).toBe('2025-01-06');
    expect(addCalendarDaysCivil(weekend, '2025-01-04', 0)).toBe('2025-01-06');
  });
  it('rejects negative and non-integer periods', () => {
    expect(() => addCalendarDaysCivil(weekend, '2025-01-06', -1)).toThrow(RangeError);
    expect(() => addCalendarDaysCivil(weekend, '2025-01-06', 2.5)).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('addWorkingDays with n ≠ 0 always lands on a working day', () => {
    fc.assert(
      fc.property(
        arbCalendar,
        arbDate,
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        (cal, d, n) => {
          expect(cal.isWorkingDay(addWorkingDays(cal, d, n))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('count(d, add(d, n)) === n for n ≥ 0', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.integer({ min: 0, max: 60 }), (cal, d, n) => {
        expect(countWorkingDaysBetween(cal, d, addWorkingDays(cal, d, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
  it('count(d, add(d, -n)) === -n when d is a working day', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.integer({ min: 0, max: 60 }), (cal, d0, n) => {
        const d = onOrNextWorkingDay(cal, d0);
        expect(countWorkingDaysBetween(cal, d, addWorkingDays(cal, d, -n))).toBe(0 - n);
      }),
      { numRuns: 200 },
    );
  });
  it('addWorkingDays is strictly increasing in n and monotone in the date', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, arbDate, fc.integer({ min: 0, max: 30 }), (cal, a, b, n) => {
        expect(addWorkingDays(cal, a, n + 1) > addWorkingDays(cal, a, n)).toBe(true);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(cal, lo, n) <= addWorkingDays(cal, hi, n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('adding in steps equals adding at once (for positive steps)', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.nat(20), fc.nat(20), (cal, d, m, n) => {
        expect(addWorkingDays(cal, addWorkingDays(cal, d, m), n)).toBe(addWorkingDays(cal, d, m + n));
      }),
      { numRuns: 200 },
    );
  });
  it('count is additive and antisymmetric', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, arbDate, arbDate, (cal, a, b, c) => {
        const ab = countWorkingDaysBetween(cal, a, b);
        expect(countWorkingDaysBetween(cal, b, a)).toBe(0 - ab);
        expect(ab + countWorkingDaysBetween(cal, b, c)).toBe(countWorkingDaysBetween(cal, a, c));
      }),
      { numRuns: 100 },
    );
  });
  it('nextWorkingDay is the first working day after, with no working day in between', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, (cal, d) => {
        const next = nextWorkingDay(cal, d);
        expect(next > d).toBe(true);
        expect(countWorkingDaysBetween(cal, d, next)).toBe(1);
        expect(previousWorkingDay(cal, next) <= d).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('a civil-code period ends on a working day, never before the nominal last day, and right after it', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.integer({ min: 1, max: 120 }), (cal, d, n) => {
        const end = addCalendarDaysCivil(cal, d, n);
        const nominal = addDays(d, n);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(end >= nominal).toBe(true);
        expect(countWorkingDaysBetween(cal, nominal, end)).toBe(cal.isWorkingDay(nominal) ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
  it('on a weekend calendar, 5 working days is always exactly one week after a weekday', () => {
    fc.assert(
      fc.property(
        arbDate.filter((d) => weekday(d) <= 5),
        (d) => {
          expect(addWorkingDays(weekend, d, 5)).toBe(addDays(d, 7));
        },
      ),
    );
  });
});
