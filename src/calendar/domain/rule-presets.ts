/**
 * Legal rule presets as versioned data (data/rules/*.json): reception frequency per level and
 * body, and notice limits. Every computation takes the version in force on the date concerned,
 * so a past period keeps the rule that applied then.
 */
import type { IsoDate, WorkingCalendar } from './calendar.types.js';
import { addDays, assertIsoDate, fromEpochDay, isIsoDate, isoDate, toEpochDay, weekday } from './iso-date.js';
import { addCalendarDaysCivil, addWorkingDays, type CalendarLike } from './working-days.js';

/** A dated version of a rule. `effectiveTo`, when set, is the first day it no longer applies (exclusive). */
export interface Versioned {
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | null;
}

export type ReceptionLevel = 'city' | 'commune' | 'department';
export type ReceptionBody = 'party' | 'government';
export type FrequencyPeriod = 'week' | 'month';

export interface Frequency {
  count: number;
  per: FrequencyPeriod;
}

export interface FrequencyVersion extends Versioned, Frequency {
  source: string;
}

export interface FrequencySeries {
  level: ReceptionLevel;
  body: ReceptionBody;
  holder?: string;
  versions: FrequencyVersion[];
}

/** Content of data/rules/reception-frequency.json. */
export interface ReceptionFrequencyPresets {
  rule: 'reception-frequency';
  series: FrequencySeries[];
  [extra: string]: unknown;
}

export type NoticeKey = 'reception_schedule_publish' | 'dialogue_announcement' | 'dialogue_results';

export interface NoticeVersion extends Versioned {
  days: number;
  unit: 'working_days' | 'calendar_days';
  /** before: at least `days` before the event; after: at most `days` after it. */
  direction: 'before' | 'after';
  source: string;
}

/** Content of data/rules/notice.json. */
export interface NoticePresets {
  rule: 'notice';
  items: { key: NoticeKey; label?: string; versions: NoticeVersion[] }[];
  [extra: string]: unknown;
}

export class InvalidPresetError extends Error {
  readonly code = 'INVALID_RULE_PRESET';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'InvalidPresetError';
  }
}

/**
 * The version in force on `date`: the one with the latest `effectiveFrom` ≤ date, unless its
 * `effectiveTo` is ≤ date (then no version is in force, e.g. a level that was abolished).
 */
export function presetInForce<T extends Versioned>(versions: readonly T[], date: IsoDate): T | undefined {
  assertIsoDate(date);
  let best: T | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  if (best?.effectiveTo && best.effectiveTo <= date) return undefined;
  return best;
}

/** Throws `InvalidPresetError` unless the versions have valid dates, distinct `effectiveFrom`, and `effectiveTo` after `effectiveFrom`. */
export function assertVersions(versions: unknown, path: string): asserts versions is Versioned[] {
  if (!Array.isArray(versions) || versions.length === 0)
    throw new InvalidPresetError(path, 'needs at least one version');
  const seen = new Set<string>();
  versions.forEach((v: Versioned, i) => {
    const p = `${path}[${i}]`;
    if (!isIsoDate(v?.effectiveFrom)) throw new InvalidPresetError(`${p}.effectiveFrom`, 'must be a date YYYY-MM-DD');
    if (seen.has(v.effectiveFrom)) throw new InvalidPresetError(`${p}.effectiveFrom`, `duplicate ${v.effectiveFrom}`);
    seen.add(v.effectiveFrom);
    if (v.effectiveTo != null && (!isIsoDate(v.effectiveTo) || v.effectiveTo <= v.effectiveFrom)) {
      throw new InvalidPresetError(`${p}.effectiveTo`, 'must be a date after effectiveFrom');
    }
  });
}

const LEVELS: readonly ReceptionLevel[] = ['city', 'commune', 'department'];
const BODIES: readonly ReceptionBody[] = ['party', 'government'];
const NOTICE_KEYS: readonly NoticeKey[] = ['reception_schedule_publish', 'dialogue_announcement', 'dialogue_results'];

function assertCount(n: unknown, path: string, max: number): void {
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > max)
    throw new InvalidPresetError(path, `must be an integer 1–${max}`);
}

/** Validates data/rules/reception-frequency.json (or an administrator's replacement). */
export function parseReceptionFrequencyPresets(raw: unknown): ReceptionFrequencyPresets {
  const f = raw as ReceptionFrequencyPresets;
  if (f?.rule !== 'reception-frequency' || !Array.isArray(f.series))
    throw new InvalidPresetError('', 'not a reception-frequency preset');
  const keys = new Set<string>();
  f.series.forEach((s, i) => {
    const p = `series[${i}]`;
    if (!LEVELS.includes(s.level)) throw new InvalidPresetError(`${p}.level`, `must be one of ${LEVELS.join(', ')}`);
    if (!BODIES.includes(s.body)) throw new InvalidPresetError(`${p}.body`, `must be one of ${BODIES.join(', ')}`);
    if (keys.has(`${s.level}/${s.body}`)) throw new InvalidPresetError(p, `duplicate series ${s.level}/${s.body}`);
    keys.add(`${s.level}/${s.body}`);
    assertVersions(s.versions, `${p}.versions`);
    s.versions.forEach((v, j) => {
      assertCount(v.count, `${p}.versions[${j}].count`, 31);
      if (v.per !== 'week' && v.per !== 'month')
        throw new InvalidPresetError(`${p}.versions[${j}].per`, 'must be week or month');
    });
  });
  return f;
}

/** A version of the online-reception rule: whether online-only sessions count toward the reception frequency. */
export interface OnlineReceptionVersion extends Versioned {
  countsTowardFrequency: boolean;
  /** False until the source (the law's effective date, the Government's decree) has been checked. */
  verified: boolean;
  source: string;
}

/** Content of data/rules/online-reception.json (Law 136/2025/QH15, Art. 3a of the Law on Citizen Reception). */
export interface OnlineReceptionPresets {
  rule: 'online-reception';
  versions: OnlineReceptionVersion[];
  [extra: string]: unknown;
}

/** Validates data/rules/online-reception.json (or an administrator's replacement). */
export function parseOnlineReceptionPresets(raw: unknown): OnlineReceptionPresets {
  const f = raw as OnlineReceptionPresets;
  if (f?.rule !== 'online-reception') throw new InvalidPresetError('', 'not an online-reception preset');
  assertVersions(f.versions, 'versions');
  f.versions.forEach((v, i) => {
    const p = `versions[${i}]`;
    if (typeof v.countsTowardFrequency !== 'boolean')
      throw new InvalidPresetError(`${p}.countsTowardFrequency`, 'must be true or false');
    if (typeof v.verified !== 'boolean') throw new InvalidPresetError(`${p}.verified`, 'must be true or false');
    if (typeof v.source !== 'string' || v.source.trim() === '')
      throw new InvalidPresetError(`${p}.source`, 'must name the legal source');
  });
  return f;
}

/** Whether an online-only session held on `date` counts toward the head's reception frequency (false before any version). */
export function onlineCountsOn(presets: Pick<OnlineReceptionPresets, 'versions'>, date: IsoDate): boolean {
  return presetInForce(presets.versions, date)?.countsTowardFrequency ?? false;
}

/** Validates data/rules/notice.json (or an administrator's replacement). */
export function parseNoticePresets(raw: unknown): NoticePresets {
  const f = raw as NoticePresets;
  if (f?.rule !== 'notice' || !Array.isArray(f.items)) throw new InvalidPresetError('', 'not a notice preset');
  f.items.forEach((item, i) => {
    const p = `items[${i}]`;
    if (!NOTICE_KEYS.includes(item.key))
      throw new InvalidPresetError(`${p}.key`, `must be one of ${NOTICE_KEYS.join(', ')}`);
    assertVersions(item.versions, `${p}.versions`);
    item.versions.forEach((v, j) => {
      assertCount(v.days, `${p}.versions[${j}].days`, 366);
      if (v.unit !== 'working_days' && v.unit !== 'calendar_days')
        throw new InvalidPresetError(`${p}.versions[${j}].unit`, 'must be working_days or calendar_days');
      if (v.direction !== 'before' && v.direction !== 'after')
        throw new InvalidPresetError(`${p}.versions[${j}].direction`, 'must be before or after');
    });
  });
  return f;
}

/** The minimum frequency for a head of `level`/`body` on `date`, or undefined when no rule applies. */
export function frequencyInForce(
  presets: ReceptionFrequencyPresets,
  level: ReceptionLevel,
  body: ReceptionBody,
  date: IsoDate,
): FrequencyVersion | undefined {
  const series = presets.series.find((s) => s.level === level && s.body === body);
  return series ? presetInForce(series.versions, date) : undefined;
}

/** The notice rule `key` in force on `date`. */
export function noticeInForce(presets: NoticePresets, key: NoticeKey, date: IsoDate): NoticeVersion | undefined {
  const item = presets.items.find((i) => i.key === key);
  return item ? presetInForce(item.versions, date) : undefined;
}

/**
 * The limit date for a notice rule around an event on `eventDate`:
 * - before + working_days: the latest day to act, `days` working days before the event
 *   (e.g. publish a Monday session at the latest on the Monday before, in a plain week);
 * - before + calendar_days: `eventDate − days`;
 * - after + working_days: the `days`-th working day after the event;
 * - after + calendar_days: Civil Code Art. 147–148 (moved to the next working day if needed).
 */
export function noticeDeadline(
  cal: CalendarLike,
  eventDate: IsoDate,
  notice: Pick<NoticeVersion, 'days' | 'unit' | 'direction'>,
): IsoDate {
  const { days, unit, direction } = notice;
  if (direction === 'before')
    return unit === 'working_days' ? addWorkingDays(cal, eventDate, -days) : addDays(eventDate, -days);
  return unit === 'working_days' ? addWorkingDays(cal, eventDate, days) : addCalendarDaysCivil(cal, eventDate, days);
}

/**
 * How many sessions a head must hold in the period `[from, to]` (both included) under `frequency`.
 * A unit of the frequency counts when its anchor day lies in the period:
 * - per week: the ISO week (Monday–Sunday) counts when its Thursday is in the period — the ISO-8601
 *   rule, so a week split between two months belongs to the one holding most of it;
 * - per month: the calendar month counts when its 15th is in the period.
 * Full months/quarters therefore get exact counts, and adjacent periods add up without counting a
 * unit twice. With `cal`, a week that has no working day at all (e.g. the whole Tết week) is not
 * counted. Throws when `to` is before `from`.
 */
export function requiredSessions(frequency: Frequency, from: IsoDate, to: IsoDate, cal?: WorkingCalendar): number {
  assertCount(frequency.count, 'frequency.count', 31);
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) throw new RangeError(`Period ends (${to}) before it starts (${from})`);
  let units = 0;
  if (frequency.per === 'week') {
    // first Thursday on or after `from`
    let thu = start + ((4 - weekday(from) + 7) % 7);
    for (; thu <= end; thu += 7) {
      if (!cal || hasWorkingDay(cal, fromEpochDay(thu - 3))) units++;
    }
  } else if (frequency.per === 'month') {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    for (;;) {
      const anchor = isoDate(y, m, 15);
      if (anchor > to) break;
      if (anchor >= from) units++;
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
  } else {
    throw new RangeError(`Unknown frequency period ${String(frequency.per)}`);
  }
  return units * frequency.count;
}

function hasWorkingDay(cal: WorkingCalendar, monday: IsoDate): boolean {
  for (let i = 0; i < 7; i++) if (cal.isWorkingDay(addDays(monday, i))) return true;
  return false;
}

/**
 * Required sessions over `[from, to]` when the rule may change inside the period: the period is
 * cut at every version boundary and each piece uses the version in force on it (pieces with no
 * version in force require nothing). Because units are assigned by anchor day, no unit is counted
 * twice. E.g. a year whose rule changes on 1 July counts January–June under the old version.
 */
export function requiredSessionsOver(
  versions: readonly FrequencyVersion[],
  from: IsoDate,
  to: IsoDate,
  cal?: WorkingCalendar,
): number {
  assertIsoDate(from);
  assertIsoDate(to);
  if (to < from) throw new RangeError(`Period ends (${to}) before it starts (${from})`);
  const cuts = new Set<IsoDate>([from]);
  for (const v of versions) {
    for (const d of [v.effectiveFrom, v.effectiveTo]) if (d && d > from && d <= to) cuts.add(d);
  }
  const starts = [...cuts].sort();
  let total = 0;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? addDays(starts[i + 1], -1) : to;
    const version = presetInForce(versions, start);
    if (version) total += requiredSessions(version, start, end, cal);
  });
  return total;
}
