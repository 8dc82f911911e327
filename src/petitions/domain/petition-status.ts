/**
 * The status of a petition as its handling progresses. The petitions module owns the petitions table; the tasks module
 * reports what happened to a petition's tasks through an event after commit ({@link PetitionTasksFacts}), and this
 * pure state machine decides the petition's next status:
 *
 *   received ──(acceptance recorded, or a task started)──▶ accepted
 *   received | accepted | transferred ──(every task done and an answer recorded)──▶ resolved
 *   refused, resolved: final (a later report never moves them back)
 *
 * Moving to `accepted` records `acceptedOn` (the day of the decision, or the day the first task started), so the
 * deadlines counted from acceptance anchor on a real day. Reaching `resolved` from `received` passes through
 * acceptance: its `acceptedOn` is the day work was first reported or, failing that, the day of the answer.
 * Transitions only go forward, so reports applied out of order can delay a step but never undo one.
 */
import type { PetitionStatus } from './petition-types.js';

export interface PetitionProgress {
  status: PetitionStatus;
  acceptedOn: string | null;
}

/** What the tasks module knows after a change of one of the petition's tasks. */
export interface PetitionTasksFacts {
  /** Tasks open or in progress. */
  active: number;
  /** Tasks done. */
  done: number;
  /** Tasks whose answer (result) is recorded. */
  answered: number;
  /** Local day of this report when at least one task has started or finished (work has begun), else null. */
  startedOn: string | null;
  /** Local day of the change. */
  on: string;
}

const FINAL: readonly PetitionStatus[] = ['refused', 'resolved'];

/** The next status and acceptance day, or null when nothing changes. */
export function nextPetitionProgress(p: PetitionProgress, f: PetitionTasksFacts): PetitionProgress | null {
  if (FINAL.includes(p.status)) return null;
  const allDone = f.active === 0 && f.done > 0 && f.answered > 0;
  const acceptedOn = p.acceptedOn ?? (p.status === 'received' ? (f.startedOn ?? (allDone ? f.on : null)) : null);
  if (allDone) return { status: 'resolved', acceptedOn };
  if (p.status === 'received' && f.startedOn) return { status: 'accepted', acceptedOn };
  return null;
}
