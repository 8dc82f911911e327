/**
 * From occurrence dates to the sessions a schedule should have (docs/domain.md, "Sessions: periodic
 * and ad hoc"):
 * - an occurrence on a non-working day is moved to the next or previous working day, or skipped,
 *   by the schedule's holiday policy; a moved session records `shiftedFrom`;
 * - one official never gets two sessions on one day;
 * - a move never lands on a day that already has a session, whether an existing one
 *   (`takenDates`) or one produced by another occurrence of the same rule: it is skipped and
 *   recorded instead. Occurrences that need no move are placed first, so a regular occurrence
 *   always keeps its own day and the moved one gives way.
 */
import type { WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { assertIsoDate } from '../../calendar/domain/iso-date.js';
import { nextWorkingDay, previousWorkingDay } from '../../calendar/domain/working-days.js';
import { DEFAULT_TIME_ZONE, localSlotToUtc } from './local-time.js';
import {
  HOLIDAY_POLICIES,
  type HolidayPolicy,
  type IsoDate,
  type PlannedSession,
  type SkippedOccurrence,
} from './schedule.types.js';

export interface PlanSessionsInput {
  /** Dates from `expandOccurrences` (any order; repeated dates are reported as `duplicate`). */
  occurrences: readonly IsoDate[];
  /** Local time of day, `HH:mm`. */
  startTime: string;
  durationMinutes: number;
  /** IANA zone of the schedule; default `Asia/Ho_Chi_Minh`. */
  timeZone?: string;
  holidayPolicy: HolidayPolicy;
  calendar: WorkingCalendar;
  /** Local dates on which this official already has a session that must not be touched. */
  takenDates: ReadonlySet<IsoDate>;
}

export interface SessionPlan {
  /** Ascending by `localDate`. */
  planned: PlannedSession[];
  /** Ascending by `occurrenceDate`. */
  skipped: SkippedOccurrence[];
}

function moveTarget(policy: Exclude<HolidayPolicy, 'skip'>, calendar: WorkingCalendar, date: IsoDate): IsoDate {
  return policy === 'next_working_day' ? nextWorkingDay(calendar, date) : previousWorkingDay(calendar, date);
}

export function planSessions(input: PlanSessionsInput): SessionPlan {
  const { calendar, takenDates, holidayPolicy: policy } = input;
  if (!HOLIDAY_POLICIES.includes(policy)) throw new RangeError(`Unknown holiday policy: ${String(policy)}`);
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  input.occurrences.forEach((d) => assertIsoDate(d, 'occurrence date'));

  const planned: PlannedSession[] = [];
  const skipped: SkippedOccurrence[] = [];
  const used = new Set<IsoDate>();
  const place = (localDate: IsoDate, occurrenceDate: IsoDate): void => {
    used.add(localDate);
    const slot = localSlotToUtc(localDate, input.startTime, input.durationMinutes, zone);
    planned.push({
      localDate,
      ...slot,
      shiftedFrom: localDate === occurrenceDate ? null : occurrenceDate,
      occurrenceDate,
    });
  };

  const sorted = [...input.occurrences].sort();
  const unique: IsoDate[] = [];
  sorted.forEach((d, i) => {
    if (i > 0 && sorted[i - 1] === d) skipped.push({ occurrenceDate: d, reason: 'duplicate' });
    else unique.push(d);
  });

  // Pass 1: occurrences on working days keep their own day.
  const needMove: IsoDate[] = [];
  for (const date of unique) {
    if (!calendar.isWorkingDay(date)) needMove.push(date);
    else if (takenDates.has(date)) skipped.push({ occurrenceDate: date, reason: 'date_taken' });
    else place(date, date);
  }

  // Pass 2: occurrences on non-working days move or are skipped.
  for (const date of needMove) {
    if (policy === 'skip') {
      skipped.push({ occurrenceDate: date, reason: 'holiday' });
      continue;
    }
    const target = moveTarget(policy, calendar, date);
    if (takenDates.has(target)) skipped.push({ occurrenceDate: date, reason: 'date_taken', wouldMoveTo: target });
    else if (used.has(target)) skipped.push({ occurrenceDate: date, reason: 'duplicate', wouldMoveTo: target });
    else place(target, date);
  }

  planned.sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0));
  skipped.sort((a, b) => (a.occurrenceDate < b.occurrenceDate ? -1 : a.occurrenceDate > b.occurrenceDate ? 1 : 0));
  return { planned, skipped };
}
