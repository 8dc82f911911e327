import { toEpochMillis, type IsoInstant } from './instant.js';

/**
 * Waitlist of one slot. Every entry passed here is waiting (the caller filters by status).
 *
 * Order: `position` ascending (a sequence number assigned once, never reused), then `createdAt`,
 * then `id`, so the order is total and stable even if two rows got the same position.
 *
 * Promotion is first-fit in line order: freed seats go to the first entry that fits; an entry
 * needing more seats than are free (a group) keeps its place and does not block those behind it.
 */
export interface WaitlistEntry {
  id: string;
  /** Sequence number within the slot, from `nextWaitlistPosition`. */
  position: number;
  createdAt: IsoInstant;
  /** Seats the entry takes when confirmed (`checkGroup(...).seatsTaken`); default 1. */
  seats?: number;
}

function seatsOf(entry: WaitlistEntry): number {
  const seats = entry.seats ?? 1;
  if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`invalid seats for waitlist entry ${entry.id}`);
  return seats;
}

export function compareWaitlistEntries(a: WaitlistEntry, b: WaitlistEntry): number {
  if (a.position !== b.position) return a.position - b.position;
  const t = toEpochMillis(a.createdAt) - toEpochMillis(b.createdAt);
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entries in line order (a sorted copy). */
export function orderWaitlist<T extends WaitlistEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(compareWaitlistEntries);
}

/**
 * The entries to confirm when `freeSeats` seats become free, in line order: each entry that fits
 * in what is still free is taken, the others keep their place.
 */
export function promotionsFor<T extends WaitlistEntry>(entries: readonly T[], freeSeats: number): T[] {
  if (!Number.isInteger(freeSeats) || freeSeats < 0) throw new RangeError(`freeSeats must be a non-negative integer`);
  let left = freeSeats;
  const promoted: T[] = [];
  for (const entry of orderWaitlist(entries)) {
    if (left === 0) break;
    const seats = seatsOf(entry);
    if (seats <= left) {
      promoted.push(entry);
      left -= seats;
    }
  }
  return promoted;
}

/** The first entry in line that fits in `freeSeats` (default one seat), or null. */
export function nextInLine<T extends WaitlistEntry>(entries: readonly T[], freeSeats = 1): T | null {
  return promotionsFor(entries, freeSeats)[0] ?? null;
}

/** Sequence number for a new entry: one more than the highest ever assigned in the slot (1 for the first). */
export function nextWaitlistPosition(assigned: readonly { position: number }[]): number {
  let max = 0;
  for (const { position } of assigned) if (position > max) max = position;
  return max + 1;
}

/**
 * Place in line shown to the citizen (1 = next), or null if the entry is not waiting.
 * This is the `position` of the API's 202 answer; it shrinks as people ahead leave the line.
 */
export function waitlistRank(entries: readonly WaitlistEntry[], id: string): number | null {
  const index = orderWaitlist(entries).findIndex((entry) => entry.id === id);
  return index < 0 ? null : index + 1;
}
