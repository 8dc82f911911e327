/**
 * Test fixtures shared by the petition domain specs (named `*-spec.ts` so the build skips it
 * and Jest does not run it as a suite).
 */
import { readFileSync } from 'node:fs';
import type { IsoDate, WorkingCalendar } from '../../../calendar/domain/calendar.types.js';
import { addDays, weekday } from '../../../calendar/domain/iso-date.js';
import { parsePetitionDeadlineRules, presetInForce, type PetitionDeadlinePreset } from '../deadline-rules.js';

/** Weekends off, plus explicit days off, minus explicit worked weekend days. */
export function explicitCalendar(
  daysOff: readonly IsoDate[],
  workedWeekendDays: readonly IsoDate[] = [],
): WorkingCalendar {
  const off = new Set(daysOff);
  const worked = new Set(workedWeekendDays);
  return { isWorkingDay: (d) => worked.has(d) || (weekday(d) <= 5 && !off.has(d)) };
}

/** Saturdays and Sundays only. */
export const WEEKENDS_ONLY = explicitCalendar([]);

/** Tết 2026 as officially given: Mon 16/2 – Fri 20/2 off (with the weekends 14–15/2 and 21–22/2). */
export const TET_2026_DAYS_OFF: IsoDate[] = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];

/** Hùng Kings' day 2026 is Sunday 26/4: the make-up day off is Monday 27/4. */
export const HUNG_KINGS_2026 = '2026-04-26';
export const HUNG_KINGS_MAKE_UP_2026 = '2026-04-27';

/** 2026 built from explicit dates: New Year, Tết, Hùng Kings (+ make-up), 30/4, 1/5, 1–2/9. */
export const CAL_2026 = explicitCalendar([
  '2026-01-01',
  ...TET_2026_DAYS_OFF,
  HUNG_KINGS_2026,
  HUNG_KINGS_MAKE_UP_2026,
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
]);

/** The same, without the make-up day off (to show that it matters). */
export const CAL_2026_NO_MAKE_UP = explicitCalendar([
  '2026-01-01',
  ...TET_2026_DAYS_OFF,
  HUNG_KINGS_2026,
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
]);

export const RULES_FILE_URL = new URL('../../../../data/rules/petition-deadlines.json', import.meta.url);

/** The shipped rule file, parsed. */
export function loadShippedRules() {
  return parsePetitionDeadlineRules(JSON.parse(readFileSync(RULES_FILE_URL, 'utf8')));
}

/** The shipped preset in force in 2026. */
export function preset2026(): PetitionDeadlinePreset {
  return presetInForce(loadShippedRules(), '2026-01-01');
}

/** `n` consecutive dates from `start`. */
export function dateRange(start: IsoDate, n: number): IsoDate[] {
  return Array.from({ length: n }, (_, i) => addDays(start, i));
}
