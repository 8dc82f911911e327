import type { IsoDate } from '../../calendar/domain/calendar.types.js';

export type { IsoDate };

/** What to do with an occurrence that falls on a non-working day (`POST /schedules`, docs/api.md). */
export type HolidayPolicy = 'next_working_day' | 'previous_working_day' | 'skip';

export const HOLIDAY_POLICIES: readonly HolidayPolicy[] = ['next_working_day', 'previous_working_day', 'skip'];

/** A session the schedule should have, computed from one occurrence of its rule. */
export interface PlannedSession {
  /** Local date of the session in the schedule's time zone. */
  localDate: IsoDate;
  /** ISO-8601 UTC instant, e.g. `2026-03-02T01:00:00.000Z`. */
  startsAt: string;
  endsAt: string;
  /** The occurrence date when a holiday moved the session, otherwise null. */
  shiftedFrom: IsoDate | null;
  /** The date the recurrence rule produced. */
  occurrenceDate: IsoDate;
}

/**
 * Why an occurrence produced no session:
 * - `holiday`: non-working day and the policy is `skip`;
 * - `date_taken`: the (possibly moved-to) day already has a session of this official (`takenDates`);
 * - `duplicate`: the day is already used by another occurrence of the same rule in this plan.
 */
export type SkipReason = 'holiday' | 'date_taken' | 'duplicate';

export interface SkippedOccurrence {
  occurrenceDate: IsoDate;
  reason: SkipReason;
  /** Where a holiday move would have put the session, when the skip happened after a move. */
  wouldMoveTo?: IsoDate;
}

export type RruleValidation =
  | { ok: true; /** Upper-case canonical form, e.g. `FREQ=WEEKLY;BYDAY=MO`. */ normalized: string }
  | {
      ok: false;
      /** Stable English identifier. */ code: RruleErrorCode;
      /** Vietnamese, for the office user. */ message: string;
    };

export type RruleErrorCode =
  | 'RRULE_EMPTY'
  | 'RRULE_SYNTAX'
  | 'RRULE_UNKNOWN_PART'
  | 'RRULE_UNSUPPORTED_PART'
  | 'RRULE_DUPLICATE_PART'
  | 'RRULE_FREQ_MISSING'
  | 'RRULE_FREQ_UNSUPPORTED'
  | 'RRULE_INVALID_VALUE'
  | 'RRULE_CONFLICT'
  | 'RRULE_NO_OCCURRENCE';
