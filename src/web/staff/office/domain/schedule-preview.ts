/**
 * "Xem trước" of a recurring schedule: the dates its rule gives over the next months, with each occurrence that falls
 * on a day off shown moved or skipped and why (the name of the holiday, e.g. "Tết Nguyên đán"). The same pure rules
 * the generator uses (`expandOccurrences`, `planSessions`); nothing is saved.
 */
import type { HolidayEntry, WorkingCalendar } from '../../../../calendar/domain/calendar.types.js';
import { expandOccurrences } from '../../../../schedules/domain/occurrences.js';
import type { HolidayPolicy, SkippedOccurrence } from '../../../../schedules/domain/schedule.types.js';
import { localDateVi } from '../../../common/format.js';
import { planSessions } from '../../../../schedules/domain/session-planning.js';
import { addDaysIso } from './calendar-grid.js';

export interface PreviewCalendar extends WorkingCalendar {
  entryOn(date: string): HolidayEntry | undefined;
}

export interface PreviewRow {
  /** The date the rule gives. */
  occurrenceDate: string;
  /** The date of the session, or null when skipped. */
  localDate: string | null;
  outcome: 'kept' | 'moved' | 'skipped';
  /** Why it moved or was skipped (Vietnamese), null when kept. */
  reason: string | null;
}

export const PREVIEW_DAYS = 92;

/** Why a date is not a working day, in words. */
export function dayOffReason(cal: PreviewCalendar, date: string): string {
  const e = cal.entryOn(date);
  if (e && e.kind !== 'working_day') return e.name;
  return 'Ngày nghỉ cuối tuần';
}

function skipReason(cal: PreviewCalendar, k: SkippedOccurrence): string {
  if (k.reason === 'holiday') return dayOffReason(cal, k.occurrenceDate);
  const dayOff = cal.isWorkingDay(k.occurrenceDate) ? null : dayOffReason(cal, k.occurrenceDate);
  const taken = `ngày ${localDateVi(k.wouldMoveTo ?? k.occurrenceDate)} người chủ trì đã có buổi tiếp khác`;
  return dayOff ? `${dayOff}; ${taken}` : `Vào ${taken}`;
}

export function previewSchedule(input: {
  rrule: string;
  validFrom: string;
  validUntil?: string | null;
  startTime: string;
  durationMinutes: number;
  holidayPolicy: HolidayPolicy;
  timeZone?: string;
  calendar: PreviewCalendar;
  /** Today: the preview starts at the later of today and validFrom. */
  today: string;
  days?: number;
  /** Days on which the official already has another session (a move never lands there; a regular day is skipped). */
  takenDates?: ReadonlySet<string>;
}): PreviewRow[] {
  const start = input.validFrom > input.today ? input.validFrom : input.today;
  const horizonEnd = addDaysIso(start, input.days ?? PREVIEW_DAYS);
  const occurrences = expandOccurrences({
    rrule: input.rrule,
    validFrom: input.validFrom,
    validUntil: input.validUntil ?? null,
    horizonEnd,
  }).filter((d) => d >= start);
  const plan = planSessions({
    occurrences,
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
    holidayPolicy: input.holidayPolicy,
    calendar: input.calendar,
    takenDates: input.takenDates ?? new Set(),
  });
  const rows: PreviewRow[] = [
    ...plan.planned.map((p) => ({
      occurrenceDate: p.occurrenceDate,
      localDate: p.localDate,
      outcome: p.shiftedFrom ? ('moved' as const) : ('kept' as const),
      reason: p.shiftedFrom ? dayOffReason(input.calendar, p.shiftedFrom) : null,
    })),
    ...plan.skipped.map((k) => ({
      occurrenceDate: k.occurrenceDate,
      localDate: null,
      outcome: 'skipped' as const,
      reason: skipReason(input.calendar, k),
    })),
  ];
  return rows.sort((a, b) => (a.occurrenceDate < b.occurrenceDate ? -1 : a.occurrenceDate > b.occurrenceDate ? 1 : 0));
}
