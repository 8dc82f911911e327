/** Tests against the published 2025 and 2026 calendars shipped in data/holidays. */
import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HolidayEntry, HolidayYearFile } from './calendar.types.js';
import { computeDefaultHolidays } from './default-holidays.js';
import { HolidayCalendar } from './holiday-calendar.js';
import { parseHolidayYearFile } from './holiday-file.js';
import { addWorkingDays, countWorkingDaysBetween, nextWorkingDay } from './working-days.js';

function loadYear(year: number): HolidayYearFile {
  const url = new URL(`../../../data/holidays/${year}.json`, import.meta.url);
  return parseHolidayYearFile(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')));
}

const y2025 = loadYear(2025);
const y2026 = loadYear(2026);
const cal = new HolidayCalendar(
  new Map([
    [2025, y2025.entries],
    [2026, y2026.entries],
  ]),
);
const pick = (entries: HolidayEntry[]) => entries.map((e) => `${e.date} ${e.kind}`);

describe('data/holidays files', () => {
  it.each([y2025, y2026])('$year is valid, sourced and only lists its own year', (f) => {
    expect(f.source.length).toBeGreaterThan(0);
    for (const s of f.source) expect(s.url).toMatch(/^https:\/\//);
    expect(f.entries.every((e) => e.date.startsWith(`${f.year}-`))).toBe(true);
  });

  it('2025 has 11 statutory weekday holidays, the 2/5 swap and the worked Saturday 26/4', () => {
    expect(y2025.entries.filter((e) => e.kind === 'holiday')).toHaveLength(11);
    expect(pick(y2025.entries.filter((e) => e.kind !== 'holiday'))).toEqual([
      '2025-04-26 working_day',
      '2025-05-02 day_off',
    ]);
  });

  it('2026 has its swaps (2/1 ↔ 10/1, 31/8 ↔ 22/8) and the Hùng Kings make-up day 27/4', () => {
    expect(pick(y2026.entries.filter((e) => e.kind !== 'holiday'))).toEqual([
      '2026-01-02 day_off',
      '2026-01-10 working_day',
      '2026-04-27 day_off',
      '2026-08-22 working_day',
      '2026-08-31 day_off',
    ]);
  });
});

describe('published days off, day by day', () => {
  it.each([
    // 2025
    ['2025-01-01', false],
    ['2025-01-24', true],
    ['2025-01-25', false],
    ['2025-01-27', false],
    ['2025-01-31', false],
    ['2025-02-02', false],
    ['2025-02-03', true],
    ['2025-04-07', false],
    ['2025-04-26', true], // worked Saturday
    ['2025-04-29', true],
    ['2025-05-02', false],
    ['2025-05-05', true],
    ['2025-09-01', false],
    ['2025-09-03', true],
    // 2026
    ['2026-01-02', false],
    ['2026-01-10', true], // worked Saturday
    ['2026-02-13', true],
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-27', false],
    ['2026-04-28', true],
    ['2026-08-22', true], // worked Saturday
    ['2026-08-31', false],
    ['2026-09-02', false],
    ['2026-09-03', true],
  ])('%s working: %s', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('counts the working days of each published year', () => {
    // 2025: 261 weekdays − 11 holidays − 1 swapped day off + 1 worked Saturday = 250
    expect(countWorkingDaysBetween(cal, '2024-12-31', '2025-12-31')).toBe(250);
    // 2026: 261 weekdays − 10 weekday holidays (26/4 is a Sunday) − 3 days off (2/1, 27/4, 31/8) + 2 worked Saturdays = 250
    expect(countWorkingDaysBetween(cal, '2025-12-31', '2026-12-31')).toBe(250);
  });

  it('working-day arithmetic across Tết and the swaps', () => {
    expect(nextWorkingDay(cal, '2025-01-24')).toBe('2025-02-03');
    expect(addWorkingDays(cal, '2026-02-12', 2)).toBe('2026-02-23'); // Fri 13/2, then Mon 23/2
    expect(addWorkingDays(cal, '2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays(cal, '2026-01-09', 1)).toBe('2026-01-10');
    expect(addWorkingDays(cal, '2026-08-28', 1)).toBe('2026-09-03');
    // 10 working days after a petition received on Fri 13/2/2026, across Tết Bính Ngọ
    expect(addWorkingDays(cal, '2026-02-13', 10)).toBe('2026-03-06');
  });
});

describe('computed default versus the published calendars', () => {
  const withoutSwaps = (f: HolidayYearFile) =>
    pick(
      f.entries.filter((e) => !(e.kind === 'working_day' || (e.kind === 'day_off' && !e.name.startsWith('Nghỉ bù')))),
    );

  it('2026: the default equals the published calendar once the swaps are removed', () => {
    expect(pick(computeDefaultHolidays(2026))).toEqual(withoutSwaps(y2026));
  });

  it('2025: only the Tết block differs (the Prime Minister chose 27–31/1 instead of 28/1–1/2 + make-up 3/2)', () => {
    const notTet = (xs: string[]) => xs.filter((s) => !(s >= '2025-01-20' && s < '2025-02-10'));
    expect(notTet(pick(computeDefaultHolidays(2025)))).toEqual(notTet(withoutSwaps(y2025)));
  });

  it('a calendar without published data falls back to the default', () => {
    expect(cal.isComputed(2027)).toBe(true);
    expect(cal.isComputed(2026)).toBe(false);
    expect(cal.isWorkingDay('2027-02-10')).toBe(false); // make-up for Tết on Saturday 6/2/2027
  });
});
