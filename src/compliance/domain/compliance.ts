/**
 * Compliance with the minimum reception frequency (docs/domain.md "Reception frequency"; Kết luận 215-KL/TW asks for
 * reports monthly, for Q1, 6 months, 9 months and the year). Pure.
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { daysInMonth, isoDate } from '../../calendar/domain/iso-date.js';

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'nine_months', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  /** e.g. `2026-03`, `2026-Q1`, `2026-H2`, `2026-9M`, `2026`. */
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export const MAX_PERIODS = 240;

function periodsOfYear(kind: PeriodKind, y: number): ReportPeriod[] {
  const span = (label: string, m1: number, m2: number): ReportPeriod => ({
    label,
    from: isoDate(y, m1, 1),
    to: isoDate(y, m2, daysInMonth(y, m2)),
  });
  switch (kind) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => span(`${y}-${String(i + 1).padStart(2, '0')}`, i + 1, i + 1));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => span(`${y}-Q${q}`, 3 * q - 2, 3 * q));
    case 'half':
      return [span(`${y}-H1`, 1, 6), span(`${y}-H2`, 7, 12)];
    case 'nine_months':
      return [span(`${y}-9M`, 1, 9)];
    case 'year':
      return [span(String(y), 1, 12)];
  }
}

/**
 * The whole reporting periods of `kind` that overlap `[from, to]` (periods are never cut: a report for March covers
 * all of March). The nine-month period is 1 January – 30 September of each year. Throws past MAX_PERIODS.
 */
export function reportPeriods(kind: PeriodKind, from: IsoDate, to: IsoDate): ReportPeriod[] {
  if (to < from) throw new RangeError(`Period ends (${to}) before it starts (${from})`);
  const out: ReportPeriod[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    for (const p of periodsOfYear(kind, y)) if (p.to >= from && p.from <= to) out.push(p);
    if (out.length > MAX_PERIODS) throw new RangeError(`More than ${MAX_PERIODS} periods`);
  }
  return out;
}

export interface HeldSession {
  officialId: string;
  heldByOfficialId: string | null;
  localDate: IsoDate;
  /** Form of the session; absent means in person. Hybrid sessions count as in person (the head is at the venue). */
  mode?: 'in_person' | 'online' | 'hybrid';
}

/**
 * The head's own sessions of the period by form: at the venue (in person or hybrid) and online only; how many of the
 * online ones count toward the frequency (`countsOnline`: the online-reception preset in force on the session's date),
 * and the total that counts.
 */
export function tallyByForm(
  headId: string,
  sessions: readonly HeldSession[],
  period: Pick<ReportPeriod, 'from' | 'to'>,
  countsOnline: (date: IsoDate) => boolean,
): { heldAtVenue: number; heldOnline: number; onlineCounted: number; counted: number } {
  let heldAtVenue = 0;
  let heldOnline = 0;
  let onlineCounted = 0;
  for (const s of sessions) {
    if (s.officialId !== headId || s.heldByOfficialId !== headId) continue;
    if (s.localDate < period.from || s.localDate > period.to) continue;
    if (s.mode === 'online') {
      heldOnline++;
      if (countsOnline(s.localDate)) onlineCounted++;
    } else heldAtVenue++;
  }
  return { heldAtVenue, heldOnline, onlineCounted, counted: heldAtVenue + onlineCounted };
}

/**
 * Sessions of the head held in the period: in person (the head received the citizens) or by a deputy standing in
 * (shown, but not counted as the head's own).
 */
export function tallyHeld(
  headId: string,
  sessions: readonly HeldSession[],
  period: Pick<ReportPeriod, 'from' | 'to'>,
): { heldInPerson: number; heldByDeputy: number } {
  let heldInPerson = 0;
  let heldByDeputy = 0;
  for (const s of sessions) {
    if (s.officialId !== headId || s.localDate < period.from || s.localDate > period.to) continue;
    if (s.heldByOfficialId === headId) heldInPerson++;
    else heldByDeputy++;
  }
  return { heldInPerson, heldByDeputy };
}
