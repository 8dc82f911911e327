/**
 * Statutory deadlines of a petition, computed from the rule preset in force
 * (`data/rules/petition-deadlines.json`), the body's working calendar, clock pauses and
 * granted extensions.
 *
 * Decisions:
 * - Steps counted from acceptance use `acceptedOn` when known. Until then they are anchored on
 *   the due date of the type's acceptance step (the latest lawful acceptance) and flagged
 *   `provisional: true`; types with no acceptance step (recommendation, feedback) anchor on receipt.
 * - A pause `{from, to}` stops the clock of every step whose window it overlaps: the step is
 *   lengthened by the paused days in `(max(from, anchor), to]`, counted in the step's basis
 *   (working days for working-day steps, calendar days otherwise). Pauses that start after the
 *   due date do not count; a pause that starts on or before it does, even if it runs past it.
 *   Overlapping pauses are merged first, so no day is counted twice.
 * - An open pause (no `to`) that has started on or before a step's due date marks the step
 *   `paused: true`; its `dueOn` is then a lower bound that moves on when the clock resumes.
 * - Extensions add their days to the step named by the preset (the resolution step), before
 *   the Civil Code roll-over: the period is lengthened, then a last day falling on a rest day
 *   or holiday moves to the next working day. `days` in the result includes extension days.
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { assertIsoDate, daysBetween } from '../../calendar/domain/iso-date.js';
import {
  addCalendarDaysCivil,
  addWorkingDays,
  countWorkingDaysBetween,
  type CalendarLike,
} from '../../calendar/domain/working-days.js';
import {
  applicableStepRules,
  type DayBasis,
  type PetitionDeadlinePreset,
  type StepAnchor,
  type StepRule,
} from './deadline-rules.js';
import { DEFAULT_TIME_ZONE, endOfLocalDay } from './local-day.js';
import type { PetitionType } from './petition-types.js';

/** The clock stopped while the citizen is asked for clarification; `to` unset while still waiting. */
export interface Pause {
  from: IsoDate;
  to?: IsoDate | null;
}

/** A granted extension (a written decision, notified to the citizen). */
export interface Extension {
  days: number;
  reason?: string;
  decidedOn?: IsoDate;
}

export interface DeadlineInput {
  type: PetitionType;
  receivedOn: IsoDate;
  acceptedOn?: IsoDate | null;
  remoteArea?: boolean;
  complex?: boolean;
  round?: 1 | 2;
  severalSites?: boolean;
  /** The petition is being transferred to the competent body (only the transfer and notice steps apply). */
  transferred?: boolean;
  /** The preset version in force on `receivedOn` (see `presetInForce`). */
  preset: PetitionDeadlinePreset;
  calendar: CalendarLike;
  pauses?: readonly Pause[];
  extensions?: readonly Extension[];
  /** IANA zone of the body, for `dueAt`; default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

export interface Deadline {
  step: string;
  /** Last local day of the period. */
  dueOn: IsoDate;
  /** End of `dueOn` in the body's zone, as a UTC instant. */
  dueAt: string;
  /** Limit in force for the step, extension days included. */
  days: number;
  basis: DayBasis;
  from: StepAnchor;
  /** The day the count starts after (receipt, acceptance, or the expected acceptance). */
  anchorOn: IsoDate;
  /** Anchored on the expected, not the actual, acceptance date. */
  provisional: boolean;
  /** An open pause holds this step's clock. */
  paused: boolean;
  pausedDays: number;
  extensionDays: number;
  source?: string;
}

interface ClosedOrOpenPause {
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * Sorted, merged pauses, so that no day is counted twice. Closed pauses are merged by union.
 * With open pauses, the clock has been stopped since the earliest open `from`; a closed pause
 * recorded after that point proves time went on at least to its end, so that stretch is kept as
 * closed (counted) and the open pause continues from the latest known end.
 */
export function mergePauses(pauses: readonly Pause[]): ClosedOrOpenPause[] {
  const closed: { from: IsoDate; to: IsoDate }[] = [];
  let openFrom: IsoDate | null = null;
  for (const p of pauses) {
    assertIsoDate(p.from, 'pause start');
    const to = p.to ?? null;
    if (to === null) {
      if (openFrom === null || p.from < openFrom) openFrom = p.from;
      continue;
    }
    assertIsoDate(to, 'pause end');
    if (to < p.from) throw new RangeError(`Pause ends (${to}) before it starts (${p.from})`);
    closed.push({ from: p.from, to });
  }
  closed.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: IsoDate; to: IsoDate }[] = [];
  for (const p of closed) {
    const last = merged.at(-1);
    if (last && p.from <= last.to) last.to = p.to > last.to ? p.to : last.to;
    else merged.push({ ...p });
  }
  if (openFrom === null) return merged;
  const o: IsoDate = openFrom;
  const before = merged.filter((c) => c.to < o);
  const touching = merged.filter((c) => c.to >= o);
  if (touching.length === 0) return [...before, { from: o, to: null }];
  const from = touching[0].from < o ? touching[0].from : o;
  const to = touching[touching.length - 1].to;
  return [...before, { from, to }, { from: to, to: null }];
}

interface StepResult {
  dueOn: IsoDate;
  paused: boolean;
  pausedDays: number;
}

function computeStep(
  cal: CalendarLike,
  basis: DayBasis,
  anchor: IsoDate,
  limit: number,
  pauses: readonly ClosedOrOpenPause[],
): StepResult {
  const add = (n: number) =>
    basis === 'working_days' ? addWorkingDays(cal, anchor, n) : addCalendarDaysCivil(cal, anchor, n);
  const count = (a: IsoDate, b: IsoDate) =>
    basis === 'working_days' ? countWorkingDaysBetween(cal, a, b) : daysBetween(a, b);
  let pausedDays = 0;
  let dueOn = add(limit);
  // Lengthening the period can bring later pauses inside it: repeat until stable (monotone, ≤ pauses + 1 rounds).
  for (;;) {
    let counted = 0;
    let open = false;
    for (const p of pauses) {
      if (p.from > dueOn) break;
      if (p.to === null) {
        open = true;
        break;
      }
      const start = p.from > anchor ? p.from : anchor;
      if (p.to > start) counted += count(start, p.to);
    }
    if (counted === pausedDays) return { dueOn, paused: open, pausedDays };
    pausedDays = counted;
    dueOn = add(limit + pausedDays);
  }
}

function extensionDaysFor(input: DeadlineInput, rule: StepRule): number {
  const exts = input.extensions ?? [];
  if (exts.length === 0) return 0;
  const extRules = input.preset.types[input.type].extensions;
  if (!extRules) throw new RangeError(`Extensions are not allowed for ${input.type}`);
  if (rule.step !== extRules.step) return 0;
  return exts.reduce((sum, e) => {
    if (!Number.isSafeInteger(e.days) || e.days <= 0)
      throw new RangeError(`Extension days must be a positive integer, got ${e.days}`);
    return sum + e.days;
  }, 0);
}

/** Every deadline step of a petition, in the preset's order (type steps, then common steps). */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  assertIsoDate(input.receivedOn, 'receivedOn');
  const acceptedOn = input.acceptedOn ?? null;
  if (acceptedOn !== null) {
    assertIsoDate(acceptedOn, 'acceptedOn');
    if (acceptedOn < input.receivedOn)
      throw new RangeError(`acceptedOn ${acceptedOn} is before receivedOn ${input.receivedOn}`);
  }
  const zone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const pauses = mergePauses(input.pauses ?? []);
  const typeRules = input.preset.types[input.type];
  const rules = applicableStepRules(input.preset, input.type, {
    round: input.round ?? 1,
    remoteArea: input.remoteArea ?? false,
    complex: input.complex ?? false,
    severalSites: input.severalSites ?? false,
    transferred: input.transferred ?? false,
  });

  const results = new Map<string, Deadline>();
  const build = (rule: StepRule, anchorOn: IsoDate, provisional: boolean): Deadline | null => {
    if (rule.days === null) return null;
    const extensionDays = extensionDaysFor(input, rule);
    const r = computeStep(input.calendar, rule.basis, anchorOn, rule.days + extensionDays, pauses);
    const d: Deadline = {
      step: rule.step,
      dueOn: r.dueOn,
      dueAt: endOfLocalDay(r.dueOn, zone),
      days: rule.days + extensionDays,
      basis: rule.basis,
      from: rule.from,
      anchorOn,
      provisional,
      paused: r.paused,
      pausedDays: r.pausedDays,
      extensionDays,
    };
    if (rule.source !== undefined) d.source = rule.source;
    return d;
  };

  for (const rule of rules) {
    if (rule.from !== 'received') continue;
    const d = build(rule, input.receivedOn, false);
    if (d) results.set(rule.step, d);
  }
  const expectedAcceptance = typeRules.acceptanceStep ? results.get(typeRules.acceptanceStep) : undefined;
  for (const rule of rules) {
    if (rule.from !== 'accepted') continue;
    let anchor: IsoDate;
    let provisional = false;
    if (acceptedOn !== null) anchor = acceptedOn;
    else if (expectedAcceptance) {
      anchor = expectedAcceptance.dueOn;
      provisional = true;
    } else anchor = input.receivedOn;
    const d = build(rule, anchor, provisional);
    if (d) results.set(rule.step, d);
  }
  return rules.flatMap((r) => results.get(r.step) ?? []);
}
