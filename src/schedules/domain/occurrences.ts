/**
 * Expansion of a schedule's recurrence rule into local dates (schedules → sessions).
 * Pure and independent of the process time zone: see rrule-window.ts.
 */
import { assertIsoDate } from '../../calendar/domain/iso-date.js';
import { parseRecurrence } from './rrule-grammar.js';
import { ruleDatesBetween } from './rrule-window.js';
import type { IsoDate } from './schedule.types.js';

export interface ExpandOccurrencesInput {
  /** RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=MO`. */
  rrule: string;
  /** First local date of the schedule; it is the rule's DTSTART (INTERVAL and COUNT count from it). */
  validFrom: IsoDate;
  /** Last local date of the schedule (inclusive), if any. */
  validUntil?: IsoDate | null;
  /** Generate up to this local date (inclusive), e.g. today + 12 months. */
  horizonEnd: IsoDate;
  /** Safety cap on the number of dates (default 5000); more throws a RangeError. */
  limit?: number;
}

/**
 * Local dates of the rule's occurrences in `[validFrom, min(validUntil, horizonEnd, UNTIL)]`,
 * ascending. Throws `RruleGrammarError` for an invalid rule and `RangeError` for a bad date.
 */
export function expandOccurrences(input: ExpandOccurrencesInput): IsoDate[] {
  assertIsoDate(input.validFrom, 'validFrom');
  assertIsoDate(input.horizonEnd, 'horizonEnd');
  if (input.validUntil != null) assertIsoDate(input.validUntil, 'validUntil');
  const parts = parseRecurrence(input.rrule);
  const end = input.validUntil != null && input.validUntil < input.horizonEnd ? input.validUntil : input.horizonEnd;
  return ruleDatesBetween(parts, { start: input.validFrom, end, limit: input.limit });
}
