import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { HolidayEntry } from './calendar.types.js';
import { computeDefaultHolidays } from './default-holidays.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { addDays, fromEpochDay, isWeekend, toEpochDay } from './iso-date.js';
import { addWorkingDays, countWorkingDaysBetween } from './working-days.js';

const published2030: HolidayEntry[] = [
  { date: '2030-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
  { date: '2030-01-05', name: 'Làm việc bù', kind: 'working_day' }, // Saturday
  { date: '2030-01-07', name: 'Nghỉ hoán đổi', kind: 'day_off' }, // Monday
];

describe('HolidayCalendar', () => {
  it('honours weekends, holidays, day_off and working_day entries', () => {
    const cal = new HolidayCalendar(new Map([[2030, published2030]]));
    expect(cal.isWorkingDay('2030-01-01')).toBe(false); // holiday (Tuesday)
    expect(cal.isWorkingDay('2030-01-02')).toBe(true);
    expect(cal.isWorkingDay('2030-01-05')).toBe(true); // worked Saturday
    expect(cal.isWorkingDay('2030-01-06')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2030-01-07')).toBe(false); // day off
    // published data replaces the default entirely: Tết 2030 is not in this hand-made list
    expect(cal.isWorkingDay('2030-02-04')).toBe(true);
    expect(cal.entryOn('2030-01-05')).toEqual(published2030[1]);
    expect(cal.entryOn('2030-01-02')).toBeUndefined();
  });

  it('an off entry wins over a working_day entry on the same date', () => {
    const cal = new HolidayCalendar(
      new Map([
        [
          2030,
          [
            { date: '2030-01-05', name: 'Làm bù', kind: 'working_day' },
            { date: '2030-01-05', name: 'Nghỉ', kind: 'day_off' },
          ] as HolidayEntry[],
        ],
      ]),
    );
    expect(cal.isWorkingDay('2030-01-05')).toBe(false);
  });

  it('computes the default for years without data and says so', () => {
    const cal = new HolidayCalendar();
    expect(cal.isComputed(2031)).toBe(true);
    expect(cal.entriesFor(2031)).toEqual(computeDefaultHolidays(2031));
    expect(cal.isWorkingDay('2031-01-23')).toBe(false); // Tết Tân Hợi 2031
  });

  it('loads lazily, once per year, until invalidated', () => {
    const calls: number[] = [];
    let data: HolidayEntry[] | undefined = published2030;
    const cal = new HolidayCalendar((year) => {
      calls.push(year);
      return year === 2030 ? data : undefined;
    });
    expect(calls).toEqual([]);
    cal.isWorkingDay('2030-01-01');
    cal.isWorkingDay('2030-03-01');
    cal.entriesFor(2030);
    expect(calls).toEqual([2030]);
    data = [];
    expect(cal.isWorkingDay('2030-01-01')).toBe(false); // still cached
    cal.invalidate(2030);
    expect(cal.isWorkingDay('2030-01-01')).toBe(true); // reloaded: an empty published list
    expect(calls).toEqual([2030, 2030]);
    cal.isWorkingDay('2031-05-05');
    cal.invalidate();
    cal.isWorkingDay('2031-05-05');
    expect(calls).toEqual([2030, 2030, 2031, 2031]);
  });

  it('entriesFor returns sorted copies that cannot corrupt the cache', () => {
    const cal = new HolidayCalendar(new Map([[2030, [...published2030].reverse()]]));
    const list = cal.entriesFor(2030);
    expect(list.map((e) => e.date)).toEqual(['2030-01-01', '2030-01-05', '2030-01-07']);
    list[0].kind = 'working_day';
    expect(cal.isWorkingDay('2030-01-01')).toBe(false);
  });

  it('accepts a custom default', () => {
    const cal = new HolidayCalendar(new Map(), () => []);
    expect(cal.isWorkingDay('2031-01-23')).toBe(true);
  });

  it('property: with computed defaults, the working-day laws hold and no holiday is a working day', () => {
    const cal = new HolidayCalendar();
    const arbDate = fc.integer({ min: toEpochDay('2027-01-01'), max: toEpochDay('2040-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 40 }), (d, n) => {
        const end = addWorkingDays(cal, d, n);
        expect(countWorkingDaysBetween(cal, d, end)).toBe(n);
        if (n > 0) expect(cal.isWorkingDay(end)).toBe(true);
        const e = cal.entryOn(d);
        if (e && e.kind !== 'working_day') expect(cal.isWorkingDay(d)).toBe(false);
        if (!e) expect(cal.isWorkingDay(d)).toBe(!isWeekend(d));
        // at most 9 non-working days in a row (a Tết week with both weekends)
        expect(countWorkingDaysBetween(cal, d, addDays(d, 10))).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
