/**
 * The dialogue's lifecycle and its clock rules. Pure: dates are local `YYYY-MM-DD` in the dialogue's zone.
 *
 *   draft ──publish──▶ published ──held──▶ held ──results──▶ results_published
 *   draft | published ──cancel(reason)──▶ cancelled
 */
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { type DialogueLevel, type DialogueMode, type DialoguePresets, periodsOf } from './dialogue-presets.js';

export const DIALOGUE_STATUSES = ['draft', 'published', 'held', 'results_published', 'cancelled'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];
export const DIALOGUE_TRIGGERS = ['periodic', 'voter_request', 'necessary'] as const;
export type DialogueTrigger = (typeof DIALOGUE_TRIGGERS)[number];

export type DialogueAction = 'publish' | 'edit' | 'cancel' | 'hold' | 'results' | 'questions' | 'minutes';

const ALLOWED: Record<DialogueAction, readonly DialogueStatus[]> = {
  publish: ['draft'],
  edit: ['draft', 'published'],
  cancel: ['draft', 'published'],
  hold: ['published'],
  results: ['held'],
  questions: ['published'],
  minutes: ['published', 'held', 'results_published'],
};

export function mayDo(status: DialogueStatus, action: DialogueAction): boolean {
  return ALLOWED[action].includes(status);
}

/** Publishing on `today` respects the notice when today is on or before the latest announcement day. */
export function noticeRespected(today: IsoDate, publishBy: IsoDate): boolean {
  return today <= publishBy;
}

/**
 * Results are overdue when they were published after the limit, or when they are still unpublished after it.
 * `resultsPublishedOn` null means not yet published.
 */
export function resultsOverdue(resultsBy: IsoDate | null, resultsPublishedOn: IsoDate | null, today: IsoDate): boolean {
  if (!resultsBy) return false;
  return (resultsPublishedOn ?? today) > resultsBy;
}

/** A voter request obliges a dialogue when the share reaches the threshold (both in percent). */
export function voterShareSufficient(sharePercent: number, thresholdPercent: number | null): boolean {
  return thresholdPercent === null ? sharePercent > 0 : sharePercent >= thresholdPercent;
}

/** The dialogue's length fits the limits (minutes, both ends included). */
export function durationFits(minutes: number, limits: { min: number; max: number } | null): boolean {
  return !limits || (minutes >= limits.min && minutes <= limits.max);
}

export interface DialogueFact {
  localDate: IsoDate;
  mode: DialogueMode;
  trigger: DialogueTrigger;
  status: DialogueStatus;
}

export interface SeriesCompliance {
  key: string;
  label: string | null;
  verified: boolean;
  required: number;
  held: number;
  due: number;
  periods: { from: IsoDate; to: IsoDate; required: number; held: number; due: number; ended: boolean }[];
}

export interface DialogueCompliance {
  /** Periodic dialogues required by the strictest series, plus one per voter request. */
  required: number;
  /** Dialogues held in the year (any trigger). */
  held: number;
  /** Still outstanding: the largest periodic shortfall of a series plus the voter requests not yet answered. */
  due: number;
  voterRequests: { requested: number; held: number; due: number };
  series: SeriesCompliance[];
}

const isHeld = (d: DialogueFact) => d.status === 'held' || d.status === 'results_published';

/**
 * Compliance of one unit of `level` over `year`. Periodic and "necessary" dialogues held in a period count for each
 * series whose counted modes include theirs (a held dialogue meets the yearly minimum of Art. 43 whatever caused it),
 * up to the period's requirement; voter-requested ones answer their own request. Cancelled dialogues are ignored.
 */
export function dialogueCompliance(
  presets: DialoguePresets,
  level: DialogueLevel,
  year: number,
  facts: readonly DialogueFact[],
  today: IsoDate,
): DialogueCompliance {
  const inYear = facts.filter((f) => f.localDate.startsWith(`${year}-`) && f.status !== 'cancelled');
  const heldRegular = inYear.filter((f) => isHeld(f) && f.trigger !== 'voter_request');
  const series: SeriesCompliance[] = presets.series
    .filter((s) => s.levels.includes(level))
    .map((s) => {
      const periods = periodsOf(s, year).map((p) => {
        const held = heldRegular.filter(
          (f) => f.localDate >= p.from && f.localDate <= p.to && p.countsModes.includes(f.mode),
        ).length;
        return {
          from: p.from,
          to: p.to,
          required: p.required,
          held,
          due: Math.max(0, p.required - held),
          ended: p.to < today,
        };
      });
      const sum = (k: 'required' | 'due') => periods.reduce((n, p) => n + p[k], 0);
      return {
        key: s.key,
        label: s.label ?? null,
        verified: s.verified !== false,
        required: sum('required'),
        held: periods.reduce((n, p) => n + Math.min(p.held, p.required), 0),
        due: sum('due'),
        periods,
      };
    })
    .filter((s) => s.periods.length > 0);
  const requested = inYear.filter((f) => f.trigger === 'voter_request').length;
  const voterHeld = inYear.filter((f) => f.trigger === 'voter_request' && isHeld(f)).length;
  const voterDue = Math.max(0, requested - voterHeld);
  const periodicRequired = series.reduce((m, s) => Math.max(m, s.required), 0);
  const periodicDue = series.reduce((m, s) => Math.max(m, s.due), 0);
  return {
    required: periodicRequired + requested,
    held: heldRegular.length + voterHeld,
    due: periodicDue + voterDue,
    voterRequests: { requested, held: voterHeld, due: voterDue },
    series,
  };
}
