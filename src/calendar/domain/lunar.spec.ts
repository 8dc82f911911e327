import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay, weekday } from './iso-date.js';
import { hungKingsDay, lunarNewYear, lunarNewYearsEve, lunarToSolar, solarToLunar } from './lunar.js';

describe('lunarNewYear (Tết Nguyên đán, Vietnamese calendar, UTC+7)', () => {
  it.each([
    [1968, '1968-01-29'], // North Vietnam's first Tết after moving to UTC+7; the South (UTC+8) had it on 30/1
    [1985, '1985-01-21'], // China: 1985-02-20, a whole month later
    [2007, '2007-02-17'], // China: 2007-02-18
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2030, '2030-02-02'], // China: 2030-02-03
    [2053, '2053-02-18'], // China: 2053-02-19
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('differs from the Chinese (UTC+8) date in the documented years', () => {
    const chinese: Record<number, string> = {
      1985: '1985-02-20',
      2007: '2007-02-18',
      2030: '2030-02-03',
      2053: '2053-02-19',
    };
    for (const [year, cn] of Object.entries(chinese)) expect(lunarNewYear(Number(year))).not.toBe(cn);
  });

  it('the eve is the day before, the last day of tháng Chạp', () => {
    expect(lunarNewYearsEve(2025)).toBe('2025-01-28');
    expect(lunarNewYearsEve(2026)).toBe('2026-02-16');
    expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });

  it('always falls between 21 January and 20 February', () => {
    for (let y = 1968; y <= 2100; y++) {
      const d = lunarNewYear(y);
      expect(d >= `${y}-01-21` && d <= `${y}-02-20`).toBe(true);
    }
  });
});

describe('hungKingsDay (10/3 âm lịch)', () => {
  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i: %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });
  it('2025 and 2026 weekdays match the published calendars (Monday, Sunday)', () => {
    expect(weekday(hungKingsDay(2025))).toBe(1);
    expect(weekday(hungKingsDay(2026))).toBe(7);
  });
});

describe('lunarToSolar / solarToLunar', () => {
  it('knows the 2025 leap 6th month (tháng 6 nhuận Ất Tỵ)', () => {
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(lunarToSolar(2025, 6, 1)).toBe('2025-06-25');
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
  });
  it('rejects a leap month the year does not have', () => {
    expect(() => lunarToSolar(2025, 5, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2026, 6, 1, true)).toThrow(RangeError);
  });
  it('rejects day 30 of a 29-day month instead of rolling over', () => {
    expect(() => lunarToSolar(2025, 12, 30)).toThrow(RangeError); // tháng Chạp Ất Tỵ has 29 days
  });
  it('rejects out-of-range input', () => {
    expect(() => lunarToSolar(1899, 1, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2025, 1, 0)).toThrow(RangeError);
    expect(() => lunarToSolar(2025.5, 1, 1)).toThrow(RangeError);
  });
  it('mid-autumn 2025 (15/8) is 6 October 2025', () => {
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06');
  });
  it('round-trips any date 1901–2199 and consecutive days advance the lunar day or start a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('1901-03-01'), max: toEpochDay('2199-12-30') }), (e) => {
        const d = fromEpochDay(e);
        const l = solarToLunar(d);
        expect(lunarToSolar(l.year, l.month, l.day, l.leap)).toBe(d);
        const next = solarToLunar(addDays(d, 1));
        if (next.day === 1) expect(l.day === 29 || l.day === 30).toBe(true);
        else expect(next).toEqual({ ...l, day: l.day + 1 });
      }),
      { numRuns: 500 },
    );
  });
});
