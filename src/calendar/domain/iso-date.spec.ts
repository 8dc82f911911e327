import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isoDate,
  isWeekend,
  toEpochDay,
  weekday,
  yearOf,
} from './iso-date.js';

describe('isIsoDate', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-1',
    '2025-01-01T00:00',
    '',
    20250101,
    null,
  ])('rejects %p', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('epoch days', () => {
  it('1970-01-01 is day 0', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(toEpochDay('1969-12-31')).toBe(-1);
  });
  it('handles years before 100 without the Date two-digit-year trap', () => {
    expect(fromEpochDay(toEpochDay('0050-03-01'))).toBe('0050-03-01');
  });
  it('round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(toEpochDay(fromEpochDay(n))).toBe(n);
      }),
    );
  });
});

describe('addDays / daysBetween', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-03-30', 0, '2025-03-30'],
  ])('%s + %i = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
    expect(daysBetween(d, expected)).toBe(n);
  });
  it('rejects non-integers and bad dates', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
  it('is independent of the process time zone (crosses DST dates in other zones)', () => {
    // 2025-03-30 is the EU DST switch, 2025-03-09 the US one: local-time arithmetic would break here.
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-03-08', 2)).toBe('2025-03-10');
  });
  it('addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (e, n) => {
        const d = fromEpochDay(e);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });
});

describe('weekday', () => {
  it.each([
    ['2025-01-01', 3], // Wednesday
    ['2025-01-04', 6],
    ['2025-01-05', 7],
    ['2025-01-06', 1],
    ['2026-02-17', 2], // Tết Bính Ngọ, a Tuesday
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i', (d, w) => {
    expect(weekday(d)).toBe(w);
    expect(isWeekend(d)).toBe(w >= 6);
  });
  it('advances by one each day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 40_000 }), (e) => {
        const d = fromEpochDay(e);
        expect(weekday(addDays(d, 1))).toBe((weekday(d) % 7) + 1);
        expect(weekday(addDays(d, 7))).toBe(weekday(d));
      }),
    );
  });
});

describe('misc', () => {
  it('isoDate builds and validates', () => {
    expect(isoDate(2025, 4, 7)).toBe('2025-04-07');
    expect(() => isoDate(2025, 2, 29)).toThrow(RangeError);
  });
  it('compareIsoDates and yearOf', () => {
    expect(compareIsoDates('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareIsoDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(yearOf('2026-02-17')).toBe(2026);
  });
});
