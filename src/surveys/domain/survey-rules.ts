import { DateTime } from '../../common/time/luxon.js';

/**
 * The pure rules of surveys: when a link may be answered, how long it lives, which month an answer counts in, and
 * when an aggregate may be shown (never for fewer than MIN_ANSWERS answers, so nobody can be picked out).
 */
export const SURVEY_ZONE = 'Asia/Ho_Chi_Minh';
export const MIN_ANSWERS = 5;
export const DEFAULT_TTL_DAYS = 60;
export const SURVEY_KINDS = ['petition', 'reception', 'dialogue'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export type LinkState = 'open' | 'answered' | 'expired';

/** An answered link is "answered" even after it expires (the citizen learns why it no longer works). */
export function linkState(inv: { used: boolean; expiresAt: Date }, now: Date): LinkState {
  if (inv.used) return 'answered';
  if (now.getTime() >= inv.expiresAt.getTime()) return 'expired';
  return 'open';
}

/**
 * A link handed out on local day D works through the whole local day D + ttlDays (so "đến hết ngày dd/mm/yyyy" in the
 * e-mail is exact): it expires at 00:00 (local) of the day after.
 */
export function expiryOf(createdAt: Date, ttlDays: number, zone = SURVEY_ZONE): Date {
  return DateTime.fromJSDate(createdAt)
    .setZone(zone)
    .startOf('day')
    .plus({ days: ttlDays + 1 })
    .toJSDate();
}

/** The last local day on which a link expiring at `expiresAt` still works. */
export function lastDayOf(expiresAt: Date, zone = SURVEY_ZONE): string {
  return DateTime.fromMillis(expiresAt.getTime() - 1)
    .setZone(zone)
    .toISODate()!;
}

/** `2026-12-14` → `2026-12`: answers are kept by month only. */
export function periodOf(localDate: string): string {
  return localDate.slice(0, 7);
}

/**
 * The months an inclusive local-date range counts: every answer stored with a month between the month of `from` and
 * the month of `to`. Reports use whole months (a month, a quarter, 6/9 months, a year); a range that cuts a month
 * counts that whole month (answers carry no day, on purpose).
 */
export function periodRange(from: string, to: string): { fromPeriod: string; toPeriod: string } {
  return { fromPeriod: periodOf(from), toPeriod: periodOf(to) };
}

export interface CriterionRow {
  criterion: string;
  sum: number;
  answers: number;
}

export interface Satisfaction {
  answers: number;
  criteria: Record<string, { mean: number; answers: number }>;
}

/**
 * Per-criterion means (2 decimals) from summed scores. Null when the group has fewer than MIN_ANSWERS answers; a
 * criterion answered fewer than MIN_ANSWERS times (a question added in a later version) is left out.
 */
export function aggregate(totalAnswers: number, rows: CriterionRow[]): Satisfaction | null {
  if (totalAnswers < MIN_ANSWERS) return null;
  const criteria: Satisfaction['criteria'] = {};
  for (const r of [...rows].sort((a, b) => a.criterion.localeCompare(b.criterion))) {
    if (r.answers < MIN_ANSWERS) continue;
    criteria[r.criterion] = { mean: Math.round((r.sum / r.answers) * 100) / 100, answers: r.answers };
  }
  return { answers: totalAnswers, criteria };
}
