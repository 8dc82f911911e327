/**
 * Validation of a schedule's RRULE value (an invalid RRULE is a 400 naming the field `rrule`).
 */
import { addDays, assertIsoDate } from '../../calendar/domain/iso-date.js';
import { parseRecurrence, RruleGrammarError } from './rrule-grammar.js';
import { ruleDatesBetween } from './rrule-window.js';
import type { IsoDate, RruleValidation } from './schedule.types.js';

/** `2026-03-02` → `02/03/2026` (dates in messages are written the Vietnamese way). */
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** Probe start when the caller gives none: a leap year starting on a Monday. */
export const DEFAULT_PROBE_FROM: IsoDate = '2024-01-01';
/** A rule must produce at least one date within this many years of its start. */
export const PROBE_YEARS = 28;

export interface ValidateRruleOptions {
  /** The schedule's `validFrom`: the rule is probed from this date (INTERVAL phases depend on it). */
  from?: IsoDate;
}

/**
 * Checks an RFC 5545 RRULE value without DTSTART against the supported subset (see
 * rrule-grammar.ts), then makes sure it produces at least one date within 28 years of `from`.
 * Never throws for a bad value; throws `RangeError` only for a malformed `options.from`.
 */
export function validateRrule(value: string, options: ValidateRruleOptions = {}): RruleValidation {
  const from = options.from ?? DEFAULT_PROBE_FROM;
  assertIsoDate(from, 'from');
  try {
    const parts = parseRecurrence(value);
    const probeEnd = addDays(
      `${String(Number(from.slice(0, 4)) + PROBE_YEARS).padStart(4, '0')}${from.slice(4)}`.replace(/-02-29$/, '-02-28'),
      -1,
    );
    const first = ruleDatesBetween({ ...parts, until: null }, { start: from, end: probeEnd, stopAfter: 1 });
    if (first.length === 0) {
      return {
        ok: false,
        code: 'RRULE_NO_OCCURRENCE',
        message: `Quy tắc không sinh ra ngày tiếp nào trong ${PROBE_YEARS} năm kể từ ${dmy(from)}.`,
      };
    }
    if (parts.until !== null && parts.until < first[0]) {
      return {
        ok: false,
        code: 'RRULE_NO_OCCURRENCE',
        message: `UNTIL (${dmy(parts.until)}) sớm hơn ngày đầu tiên quy tắc sinh ra (${dmy(first[0]!)}).`,
      };
    }
    return { ok: true, normalized: parts.normalized };
  } catch (error) {
    if (error instanceof RruleGrammarError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
