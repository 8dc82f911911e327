import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { HolidayEntry } from './calendar.types.js';
import { computeDefaultHolidays, nationalDayAdjacent, statutoryHolidays, withMakeUpDays } from './default-holidays.js';
import { isWeekend, weekday } from './iso-date.js';

const offDates = (entries: HolidayEntry[]) => entries.filter((e) => e.kind !== 'working_day').map((e) => e.date);
const makeUps = (entries: HolidayEntry[]) => entries.filter((e) => e.kind === 'day_off');

describe('statutoryHolidays', () => {
  it('has the 11 statutory days of Labour Code 2019 Art. 112 for 2026', () => {
    expect(statutoryHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      { date: '2026-02-16', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2026-02-17', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2026-02-18', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2026-02-19', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2026-02-20', name: 'Tết Nguyên đán', kind: 'holiday' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
      { date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' },
    ]);
  });
  it('Tết is the eve plus the first four days of the lunar year', () => {
    const tet = statutoryHolidays(2025)
      .filter((e) => e.name === 'Tết Nguyên đán')
      .map((e) => e.date);
    expect(tet).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
  });
  it('always has 11 distinct-day entries in 1968–2199 except where two holidays share a date', () => {
    for (let y = 1968; y <= 2199; y++) expect(new Set(statutoryHolidays(y).map((e) => e.date)).size).toBe(11);
  });
});

describe('nationalDayAdjacent', () => {
  it.each([
    [2021, '2021-09-03'], // 2/9 Thu → Fri 3/9
    [2022, '2022-09-01'], // Fri → Thu 1/9
    [2023, '2023-09-01'], // Sat → Fri 1/9
    [2024, '2024-09-03'], // Mon → Tue 3/9 (published: 31/8–3/9/2024)
    [2025, '2025-09-01'], // Tue → Mon 1/9 (published)
    [2026, '2026-09-01'], // Wed → Tue 1/9 (published)
    [2029, '2029-09-03'], // Sun → Mon 3/9
  ])('%i → %s', (year, date) => {
    expect(nationalDayAdjacent(year)).toBe(date);
  });
  it('is always 1/9 or 3/9', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (y) => {
        expect([`${y}-09-01`, `${y}-09-03`]).toContain(nationalDayAdjacent(y));
      }),
    );
  });
});

describe('computeDefaultHolidays: make-up days (Art. 111(3))', () => {
  it('2022: 1/1 Sat → 3/1; Hùng Kings Sun 10/4 → 11/4; 30/4 Sat and 1/5 Sun → Monday 2/5 and Tuesday 3/5', () => {
    expect(makeUps(computeDefaultHolidays(2022))).toEqual([
      { date: '2022-01-03', name: 'Nghỉ bù Tết Dương lịch', kind: 'day_off' },
      { date: '2022-04-11', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'day_off' },
      { date: '2022-05-02', name: 'Nghỉ bù Ngày Chiến thắng', kind: 'day_off' },
      { date: '2022-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động', kind: 'day_off' },
    ]);
  });
  it('2023: 2/9 on Saturday with 1/9 Friday gives Monday 4/9', () => {
    const y = computeDefaultHolidays(2023);
    expect(y.filter((e) => e.date >= '2023-09-01' && e.date <= '2023-09-05').map((e) => [e.date, e.kind])).toEqual([
      ['2023-09-01', 'holiday'],
      ['2023-09-02', 'holiday'],
      ['2023-09-04', 'day_off'],
    ]);
  });
  it('2027: Tết Sat 6/2 and Sun 7/2 give Wednesday 10/2 and Thursday 11/2 (after the Mon/Tue Tết days)', () => {
    const y = computeDefaultHolidays(2027);
    expect(y.filter((e) => e.name.includes('Tết Nguyên đán')).map((e) => [e.date, e.kind])).toEqual([
      ['2027-02-05', 'holiday'],
      ['2027-02-06', 'holiday'],
      ['2027-02-07', 'holiday'],
      ['2027-02-08', 'holiday'],
      ['2027-02-09', 'holiday'],
      ['2027-02-10', 'day_off'],
      ['2027-02-11', 'day_off'],
    ]);
  });
  it('2026: Hùng Kings on Sunday 26/4 gives Monday 27/4', () => {
    expect(makeUps(computeDefaultHolidays(2026))).toEqual([
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'day_off' },
    ]);
  });
  it('2029: 2/9 on Sunday with 3/9 Monday gives Tuesday 4/9, named after National Day', () => {
    expect(makeUps(computeDefaultHolidays(2029)).filter((e) => e.date.startsWith('2029-09'))).toEqual([
      { date: '2029-09-04', name: 'Nghỉ bù Quốc khánh', kind: 'day_off' },
    ]);
  });
  it('2033: New Year on Saturday gives Monday 3/1; 2034: on Sunday gives Monday 2/1', () => {
    expect(makeUps(computeDefaultHolidays(2033))[0]).toEqual({
      date: '2033-01-03',
      name: 'Nghỉ bù Tết Dương lịch',
      kind: 'day_off',
    });
    expect(makeUps(computeDefaultHolidays(2034))[0]).toEqual({
      date: '2034-01-02',
      name: 'Nghỉ bù Tết Dương lịch',
      kind: 'day_off',
    });
  });
  it('merges two holidays on one date and still gives a make-up day (1947: Hùng Kings on 30/4)', () => {
    const y = computeDefaultHolidays(1947);
    expect(y.find((e) => e.date === '1947-04-30')).toEqual({
      date: '1947-04-30',
      name: 'Giỗ Tổ Hùng Vương, Ngày Chiến thắng',
      kind: 'holiday',
    });
    // 30/4/1947 Wed, 1/5 Thu: the lost day becomes Friday 2/5
    expect(y.find((e) => e.date === '1947-05-02')?.kind).toBe('day_off');
  });
  it('a make-up skips a swapped working Saturday only if it is not worked', () => {
    const list = withMakeUpDays([
      { date: '2022-04-30', name: 'A', kind: 'holiday' }, // Saturday
      { date: '2022-05-02', name: 'B', kind: 'day_off' },
    ]);
    expect(makeUps(list).map((e) => e.date)).toEqual(['2022-05-02', '2022-05-03']);
  });

  it('properties: 11 weekday days off per year; make-ups are weekdays after a weekend holiday; no duplicate dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1968, max: 2199 }), (y) => {
        const list = computeDefaultHolidays(y);
        const dates = offDates(list);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.filter((d) => !isWeekend(d)).length).toBe(11);
        const weekendHolidays = list.filter((e) => e.kind === 'holiday' && isWeekend(e.date)).length;
        expect(makeUps(list).length).toBe(weekendHolidays);
        for (const m of makeUps(list)) expect(weekday(m.date)).toBeLessThanOrEqual(5);
        expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
