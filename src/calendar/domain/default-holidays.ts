/**
 * Computed default holiday list for a year whose official days off are not published (yet).
 *
 * Labour Code 2019 (45/2019/QH14), Art. 112(1): New Year 1/1; Lunar New Year 5 days; Hùng Kings'
 * day 10/3 lunar; 30/4; 1/5; National Day 2/9 plus one adjacent day before or after.
 * Art. 112(3): the Prime Minister fixes the exact Tết days and the adjacent National Day each year,
 * so those are defaults here, not law:
 * - Tết: the last day of the old lunar year and the first 4 days of the new one (the usual choice,
 *   e.g. 2026: 16–20/2; some years the Prime Minister shifts the block, e.g. 2025 was 27–31/1).
 * - National Day's adjacent day: the one that joins 2/9 to the weekend, from the published
 *   precedents (2024: Mon 2/9 + Tue 3/9; 2025: Tue 2/9 + Mon 1/9; 2026: Wed 2/9 + Tue 1/9).
 *   See `nationalDayAdjacent`.
 * Art. 111(3): a holiday on a weekly rest day gives a make-up day off on the next working day.
 * Swapped working Saturdays are ad-hoc government decisions and are never guessed.
 */
import type { HolidayEntry, IsoDate } from './calendar.types.js';
import { addDays, isoDate, isWeekend, weekday } from './iso-date.js';
import { hungKingsDay, lunarNewYear, lunarNewYearsEve } from './lunar.js';

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
  nationalDayAdjacent: 'Quốc khánh (ngày liền kề)',
} as const;

/** Vietnamese name of the make-up day off for a holiday name, e.g. "Nghỉ bù Quốc khánh". */
export function makeUpName(holidayName: string): string {
  return `Nghỉ bù ${holidayName.replace(/ \(ngày liền kề\)$/, '')}`;
}

/**
 * The day added to National Day (2/9) by default: 1/9 or 3/9, whichever leans towards the weekend.
 * 2/9 on Mon → 3/9 (1/9 is a Sunday anyway); Tue, Wed, Fri, Sat → 1/9; Thu → 3/9 (Friday);
 * Sun → 3/9 (Monday, so the make-up for 2/9 falls on Tuesday).
 */
export function nationalDayAdjacent(year: number): IsoDate {
  const dow = weekday(isoDate(year, 9, 2));
  return dow === 1 || dow === 4 || dow === 7 ? isoDate(year, 9, 3) : isoDate(year, 9, 1);
}

/** The statutory holidays of `year` (no make-up days), sorted by date. */
export function statutoryHolidays(year: number): HolidayEntry[] {
  const n = HOLIDAY_NAMES;
  const tet = lunarNewYear(year);
  const list: HolidayEntry[] = [
    { date: isoDate(year, 1, 1), name: n.newYear, kind: 'holiday' },
    { date: lunarNewYearsEve(year), name: n.tet, kind: 'holiday' },
    ...[0, 1, 2, 3].map((i): HolidayEntry => ({ date: addDays(tet, i), name: n.tet, kind: 'holiday' })),
    { date: hungKingsDay(year), name: n.hungKings, kind: 'holiday' },
    { date: isoDate(year, 4, 30), name: n.victory, kind: 'holiday' },
    { date: isoDate(year, 5, 1), name: n.labour, kind: 'holiday' },
    { date: nationalDayAdjacent(year), name: n.nationalDayAdjacent, kind: 'holiday' },
    { date: isoDate(year, 9, 2), name: n.nationalDay, kind: 'holiday' },
  ];
  return sortEntries(list);
}

/**
 * Adds a `day_off` for every holiday that falls on a Saturday or Sunday (Art. 111(3)): the first
 * working day after it that is not already a holiday or an assigned make-up day. Holidays are
 * handled in date order, so two weekend holidays in a row (e.g. 30/4 Sat and 1/5 Sun) get Monday
 * and Tuesday. Two holidays on the same date (Hùng Kings' day fell on 30/4 in 1917 and 1947) are
 * merged into one entry and the second one also gets a make-up day: an assumption, the Code is
 * silent on it. `day_off` and `working_day` entries are kept as they are.
 */
export function withMakeUpDays(entries: readonly HolidayEntry[]): HolidayEntry[] {
  const others = entries.filter((e) => e.kind !== 'holiday').map((e) => ({ ...e }));
  const merged = new Map<IsoDate, HolidayEntry>();
  const needMakeUp: HolidayEntry[] = [];
  for (const h of sortEntries(entries.filter((e) => e.kind === 'holiday'))) {
    const prev = merged.get(h.date);
    if (prev) {
      prev.name = `${prev.name}, ${h.name}`;
      needMakeUp.push(h);
      continue;
    }
    merged.set(h.date, { ...h });
    if (isWeekend(h.date)) needMakeUp.push(h);
  }
  const worked = new Set(others.filter((e) => e.kind === 'working_day').map((e) => e.date));
  const off = new Set([...merged.keys(), ...others.filter((e) => e.kind === 'day_off').map((e) => e.date)]);
  const makeUps: HolidayEntry[] = [];
  for (const h of needMakeUp) {
    let d = addDays(h.date, 1);
    while ((isWeekend(d) && !worked.has(d)) || off.has(d)) d = addDays(d, 1);
    off.add(d);
    makeUps.push({ date: d, name: makeUpName(h.name), kind: 'day_off' });
  }
  return sortEntries([...merged.values(), ...others, ...makeUps]);
}

/** The default list for a year without published data: statutory holidays plus make-up days off. */
export function computeDefaultHolidays(year: number): HolidayEntry[] {
  return withMakeUpDays(statutoryHolidays(year));
}

function sortEntries(entries: HolidayEntry[]): HolidayEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
