/**
 * Dialogue rules as versioned data (data/rules/dialogues.json): how often a unit must hold a direct dialogue, the
 * voters' share that forces one, the notice before it, the limit for publishing its results and, for online
 * dialogues, their length. Several series may apply to one unit level; the strictest value of each rule governs.
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import {
  assertVersions,
  InvalidPresetError,
  type NoticePresets,
  noticeDeadline,
  noticeInForce,
  presetInForce,
  type Versioned,
} from '../../calendar/domain/rule-presets.js';
import type { CalendarLike } from '../../calendar/domain/working-days.js';

export const DIALOGUE_MODES = ['in_person', 'online', 'hybrid'] as const;
export type DialogueMode = (typeof DIALOGUE_MODES)[number];
export const DIALOGUE_LEVELS = ['city', 'commune', 'department'] as const;
export type DialogueLevel = (typeof DIALOGUE_LEVELS)[number];

export interface DayLimit {
  days: number;
  unit: 'working_days' | 'calendar_days';
}

export interface DialogueRuleVersion extends Versioned {
  /** Length of a compliance period in months, counted from 1 January (divides 12). */
  periodMonths: number;
  /** Dialogues required in each period. */
  perPeriod: number;
  /** Modes that count for this series (e.g. only online ones for an online-dialogue regulation). */
  countsModes: DialogueMode[];
  /** Share of voters (percent) whose request obliges the unit to hold a dialogue. */
  voterRequestPercent?: number | null;
  notice: DayLimit;
  results: DayLimit;
  /** Length limits of the dialogues this series counts, in minutes. */
  durationMinutes?: { min: number; max: number } | null;
  source: string;
}

export interface DialogueSeries {
  key: string;
  label?: string;
  levels: DialogueLevel[];
  /** false when the legal text was not checked: the numbers are editable defaults. */
  verified?: boolean;
  versions: DialogueRuleVersion[];
}

export interface DialoguePresets {
  rule: 'dialogues';
  series: DialogueSeries[];
  [extra: string]: unknown;
}

function assertInt(n: unknown, path: string, min: number, max: number): void {
  if (!Number.isInteger(n) || (n as number) < min || (n as number) > max)
    throw new InvalidPresetError(path, `must be an integer ${min}–${max}`);
}

function assertLimit(l: DayLimit | undefined, path: string): void {
  if (!l || typeof l !== 'object') throw new InvalidPresetError(path, 'must be {days, unit}');
  assertInt(l.days, `${path}.days`, 0, 366);
  if (l.unit !== 'working_days' && l.unit !== 'calendar_days')
    throw new InvalidPresetError(`${path}.unit`, 'must be working_days or calendar_days');
}

/** Validates data/rules/dialogues.json (or an administrator's replacement); registered with RulePresetsService. */
export function parseDialoguePresets(raw: unknown): DialoguePresets {
  const f = raw as DialoguePresets;
  if (f?.rule !== 'dialogues' || !Array.isArray(f.series)) throw new InvalidPresetError('', 'not a dialogues preset');
  const keys = new Set<string>();
  f.series.forEach((s, i) => {
    const p = `series[${i}]`;
    if (typeof s?.key !== 'string' || !/^[a-z0-9-]{1,64}$/.test(s.key))
      throw new InvalidPresetError(`${p}.key`, 'must be a slug (a-z, 0-9, -)');
    if (keys.has(s.key)) throw new InvalidPresetError(`${p}.key`, `duplicate key ${s.key}`);
    keys.add(s.key);
    if (!Array.isArray(s.levels) || s.levels.length === 0 || s.levels.some((l) => !DIALOGUE_LEVELS.includes(l))) {
      throw new InvalidPresetError(`${p}.levels`, `must list some of ${DIALOGUE_LEVELS.join(', ')}`);
    }
    assertVersions(s.versions, `${p}.versions`);
    s.versions.forEach((v, j) => {
      const q = `${p}.versions[${j}]`;
      assertInt(v.periodMonths, `${q}.periodMonths`, 1, 12);
      if (12 % v.periodMonths !== 0)
        throw new InvalidPresetError(`${q}.periodMonths`, 'must divide 12 (1, 2, 3, 4, 6 or 12)');
      assertInt(v.perPeriod, `${q}.perPeriod`, 0, 52);
      if (
        !Array.isArray(v.countsModes) ||
        v.countsModes.length === 0 ||
        v.countsModes.some((m) => !DIALOGUE_MODES.includes(m))
      ) {
        throw new InvalidPresetError(`${q}.countsModes`, `must list some of ${DIALOGUE_MODES.join(', ')}`);
      }
      if (
        v.voterRequestPercent != null &&
        (typeof v.voterRequestPercent !== 'number' || !(v.voterRequestPercent > 0 && v.voterRequestPercent <= 100))
      ) {
        throw new InvalidPresetError(`${q}.voterRequestPercent`, 'must be a number in (0, 100]');
      }
      assertLimit(v.notice, `${q}.notice`);
      assertLimit(v.results, `${q}.results`);
      const d = v.durationMinutes;
      if (d != null) {
        assertInt(d.min, `${q}.durationMinutes.min`, 1, 1440);
        assertInt(d.max, `${q}.durationMinutes.max`, 1, 1440);
        if (d.max < d.min) throw new InvalidPresetError(`${q}.durationMinutes.max`, 'must be ≥ min');
      }
      if (typeof v.source !== 'string' || !v.source.trim())
        throw new InvalidPresetError(`${q}.source`, 'must cite the legal source');
    });
  });
  return f;
}

export interface AppliedVersion {
  seriesKey: string;
  version: DialogueRuleVersion;
}

/** Every series version in force on `date` for a unit of `level`. */
export function versionsInForce(presets: DialoguePresets, level: DialogueLevel, date: IsoDate): AppliedVersion[] {
  const out: AppliedVersion[] = [];
  for (const s of presets.series) {
    if (!s.levels.includes(level)) continue;
    const v = presetInForce(s.versions, date);
    if (v) out.push({ seriesKey: s.key, version: v });
  }
  return out;
}

/** The rules governing one dialogue: the strictest of every series in force, with the notice preset as fallback. */
export interface GoverningRules {
  /** Latest local date on which the dialogue may still be announced. */
  publishBy: IsoDate;
  /** Last local date for publishing its results. */
  resultsBy: IsoDate;
  notice: DayLimit;
  results: DayLimit;
  /** Lowest share of voters (percent) that obliges a dialogue; null when no rule sets one. */
  voterRequestPercent: number | null;
  /** Allowed length for this mode, when a series that counts this mode limits it. */
  durationMinutes: { min: number; max: number } | null;
  /** Series keys used, or ['notice'] for the fallback. */
  basis: string[];
}

export function governingRules(
  presets: DialoguePresets,
  notice: NoticePresets | null,
  cal: CalendarLike,
  input: { level: DialogueLevel; date: IsoDate; mode: DialogueMode },
): GoverningRules {
  const applied = versionsInForce(presets, input.level, input.date);
  let limits: { seriesKey: string; notice: DayLimit; results: DayLimit }[] = applied.map((a) => ({
    seriesKey: a.seriesKey,
    notice: a.version.notice,
    results: a.version.results,
  }));
  if (limits.length === 0) {
    const n = notice ? noticeInForce(notice, 'dialogue_announcement', input.date) : undefined;
    const r = notice ? noticeInForce(notice, 'dialogue_results', input.date) : undefined;
    if (!n || !r) throw new RangeError(`No dialogue rule in force for a ${input.level} unit on ${input.date}`);
    limits = [{ seriesKey: 'notice', notice: { days: n.days, unit: n.unit }, results: { days: r.days, unit: r.unit } }];
  }
  const before = limits.map((l) => ({
    l: l.notice,
    d: noticeDeadline(cal, input.date, { ...l.notice, direction: 'before' }),
  }));
  const after = limits.map((l) => ({
    l: l.results,
    d: noticeDeadline(cal, input.date, { ...l.results, direction: 'after' }),
  }));
  const earliest = <T extends { d: IsoDate }>(xs: T[]): T => xs.reduce((a, b) => (b.d < a.d ? b : a));
  const n = earliest(before);
  const r = earliest(after);
  const percents = applied.map((a) => a.version.voterRequestPercent).filter((p): p is number => typeof p === 'number');
  let duration: { min: number; max: number } | null = null;
  for (const a of applied) {
    const d = a.version.durationMinutes;
    if (!d || !a.version.countsModes.includes(input.mode)) continue;
    duration = duration ? { min: Math.max(duration.min, d.min), max: Math.min(duration.max, d.max) } : { ...d };
  }
  return {
    publishBy: n.d,
    resultsBy: r.d,
    notice: n.l,
    results: r.l,
    voterRequestPercent: percents.length ? Math.min(...percents) : null,
    durationMinutes: duration,
    basis: limits.map((l) => l.seriesKey),
  };
}

export interface CompliancePeriod {
  from: IsoDate;
  to: IsoDate;
  required: number;
  countsModes: DialogueMode[];
}

/** The compliance periods of one series in `year` (each uses the version in force on its last day). */
export function periodsOf(series: DialogueSeries, year: number): CompliancePeriod[] {
  const out: CompliancePeriod[] = [];
  let month = 1;
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  while (month <= 12) {
    const from = `${year}-${String(month).padStart(2, '0')}-01`;
    const probe = presetInForce(series.versions, from);
    // The period length comes from the version in force at its start, or the next one.
    const len =
      (probe ?? series.versions.find((v) => v.effectiveFrom > from && v.effectiveFrom.startsWith(String(year))))
        ?.periodMonths ?? 12;
    const endMonth = Math.min(12, month + len - 1);
    const to = lastDay(year, endMonth);
    const v = presetInForce(series.versions, to);
    if (v) out.push({ from, to, required: v.perPeriod, countsModes: v.countsModes });
    month = endMonth + 1;
  }
  return out;
}

export function isDialogueMode(v: unknown): v is DialogueMode {
  return typeof v === 'string' && (DIALOGUE_MODES as readonly string[]).includes(v);
}
