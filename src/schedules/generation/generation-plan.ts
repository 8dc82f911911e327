/**
 * What (re)generating a schedule's sessions over a window of local dates must do to the database:
 * insert new planned sessions, update or remove this schedule's planned sessions nobody touched, leave published, held
 * or hand-modified ones alone (reporting those that no longer match the rule as conflicts), and record skipped
 * occurrences. Pure: built on expandOccurrences and planSessions of ../domain.
 */
import type { WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { expandOccurrences } from '../domain/occurrences.js';
import { planSessions } from '../domain/session-planning.js';
import type { HolidayPolicy, IsoDate, PlannedSession, SkippedOccurrence } from '../domain/schedule.types.js';

export interface ScheduleRule {
  rrule: string;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  holidayPolicy: HolidayPolicy;
  venueId: string;
  slotMinutes: number;
  seatsPerSlot: number;
  /** The form of reception as one comparable value (mode, address, seats, recording); absent: in person. */
  onlineKey?: string;
}

/** One of this schedule's sessions already stored. */
export interface OwnSession {
  id: string;
  localDate: IsoDate;
  shiftedFrom: IsoDate | null;
  status: 'planned' | 'published' | 'held' | 'cancelled';
  modified: boolean;
  startsAt: string;
  endsAt: string;
  venueId: string;
  slotMinutes: number;
  seatsPerSlot: number;
  onlineKey?: string;
}

export interface GenerationInput {
  rule: ScheduleRule;
  /** Occurrences in [from, to] are (re)planned. */
  from: IsoDate;
  to: IsoDate;
  calendar: WorkingCalendar;
  /** Days on which the official has an active session of another schedule or an ad-hoc one. */
  otherTaken: ReadonlySet<IsoDate>;
  /** This schedule's stored sessions near and after `from` (every status). */
  own: readonly OwnSession[];
  /** A deactivated schedule: no occurrence at all, so every untouched planned session in the window goes. */
  inactive?: boolean;
}

export interface SessionUpdate {
  id: string;
  planned: PlannedSession;
}

export type ConflictReason = 'published' | 'held' | 'modified';

export interface GenerationConflict {
  sessionId: string;
  localDate: IsoDate;
  status: OwnSession['status'];
  reason: ConflictReason;
  /** Where the new rule would put the session on that day, if anywhere. */
  expected: { startsAt: string; endsAt: string; venueId: string } | null;
}

export interface GenerationPlan {
  insert: PlannedSession[];
  update: SessionUpdate[];
  remove: string[];
  skips: SkippedOccurrence[];
  conflicts: GenerationConflict[];
}

const occurrenceOf = (s: Pick<OwnSession, 'localDate' | 'shiftedFrom'>): IsoDate => s.shiftedFrom ?? s.localDate;

export function planGeneration(input: GenerationInput): GenerationPlan {
  const { rule, from, to, calendar, otherTaken, own } = input;
  const occurrences =
    input.inactive || to < from
      ? []
      : expandOccurrences({
          rrule: rule.rrule,
          validFrom: rule.validFrom,
          validUntil: rule.validUntil,
          horizonEnd: to,
          limit: 50_000,
        }).filter((d) => d >= from);

  // Planned sessions nobody touched whose occurrence lies in the window are this run's to replace.
  const replaceable = own.filter((s) => s.status === 'planned' && !s.modified && occurrenceOf(s) >= from);
  const replaceableIds = new Set(replaceable.map((s) => s.id));
  const kept = own.filter((s) => !replaceableIds.has(s.id));
  const ownCovered = new Set(kept.map((s) => s.localDate));

  const base = {
    occurrences,
    startTime: rule.startTime,
    durationMinutes: rule.durationMinutes,
    timeZone: rule.timeZone,
    holidayPolicy: rule.holidayPolicy,
    calendar,
  };
  const plan = planSessions({ ...base, takenDates: new Set([...otherTaken, ...ownCovered]) });
  // A day already covered by this schedule's own kept (or deliberately cancelled) session is not a skip.
  const skips = plan.skipped.filter(
    (k) => !(k.reason === 'date_taken' && ownCovered.has(k.wouldMoveTo ?? k.occurrenceDate)),
  );

  const byDate = new Map(replaceable.map((s) => [s.localDate, s]));
  const insert: PlannedSession[] = [];
  const update: SessionUpdate[] = [];
  const used = new Set<string>();
  for (const p of plan.planned) {
    const existing = byDate.get(p.localDate);
    if (!existing) {
      insert.push(p);
      continue;
    }
    used.add(existing.id);
    const same =
      existing.startsAt === p.startsAt &&
      existing.endsAt === p.endsAt &&
      existing.venueId === rule.venueId &&
      existing.shiftedFrom === p.shiftedFrom &&
      existing.slotMinutes === rule.slotMinutes &&
      existing.seatsPerSlot === rule.seatsPerSlot &&
      (existing.onlineKey ?? '') === (rule.onlineKey ?? '');
    if (!same) update.push({ id: existing.id, planned: p });
  }
  const remove = replaceable.filter((s) => !used.has(s.id)).map((s) => s.id);

  // Conflicts: kept live sessions of the window that the new rule would not produce as they are.
  const desired = new Map(planSessions({ ...base, takenDates: otherTaken }).planned.map((p) => [p.localDate, p]));
  const conflicts: GenerationConflict[] = [];
  for (const s of kept) {
    if (s.status === 'cancelled' || occurrenceOf(s) < from) continue;
    const d = desired.get(s.localDate);
    const matches = d && d.startsAt === s.startsAt && d.endsAt === s.endsAt && s.venueId === rule.venueId;
    if (matches) continue;
    conflicts.push({
      sessionId: s.id,
      localDate: s.localDate,
      status: s.status,
      reason: s.status === 'planned' ? 'modified' : s.status,
      expected: d ? { startsAt: d.startsAt, endsAt: d.endsAt, venueId: rule.venueId } : null,
    });
  }
  return { insert, update, remove, skips, conflicts };
}
