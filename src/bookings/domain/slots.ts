import { DateTime } from '../../common/time/luxon.js';
import type { IsoDate, WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { previousWorkingDay } from '../../calendar/domain/working-days.js';
import { canonicalInstant, toEpochMillis, type IsoInstant } from './instant.js';

/** Time zone of a session when none is stored: Vietnam's single zone. */
export const DEFAULT_SESSION_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Upper bounds that keep a bad session row from producing absurd grids. */
export const MAX_SLOT_MINUTES = 24 * 60;
export const MAX_SEATS_PER_SLOT = 10_000;
export const MAX_SLOTS_PER_SESSION = 1440;

export interface SlotGridInput {
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  /** Integer, 1..1440. */
  slotMinutes: number;
  /** Integer, 1..10000. */
  seatsPerSlot: number;
  /** Seats already taken per slot, keyed by the slot's start instant (any ISO form of it). */
  taken?: ReadonlyMap<IsoInstant, number>;
}

export interface Slot {
  /** Canonical UTC ISO instant. */
  startsAt: IsoInstant;
  endsAt: IsoInstant;
  seats: number;
  /** seats minus taken, clamped to [0, seats]. */
  remaining: number;
}

function assertIntegerInRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

/**
 * Cuts a session into consecutive slots of `slotMinutes` from `startsAt`.
 * A trailing slot that would end after `endsAt` is dropped. Counts in `taken` whose key is not
 * the start of a slot of this grid are ignored (e.g. bookings left on the grid of a moved session).
 */
export function computeSlots(input: SlotGridInput): Slot[] {
  const { slotMinutes, seatsPerSlot } = input;
  assertIntegerInRange('slotMinutes', slotMinutes, 1, MAX_SLOT_MINUTES);
  assertIntegerInRange('seatsPerSlot', seatsPerSlot, 1, MAX_SEATS_PER_SLOT);
  const start = toEpochMillis(input.startsAt);
  const end = toEpochMillis(input.endsAt);
  if (end <= start) throw new RangeError('endsAt must be after startsAt');
  const step = slotMinutes * 60_000;
  const count = Math.floor((end - start) / step);
  if (count > MAX_SLOTS_PER_SESSION) {
    throw new RangeError(`a session may have at most ${MAX_SLOTS_PER_SESSION} slots, got ${count}`);
  }

  const takenByStart = new Map<number, number>();
  for (const [key, value] of input.taken ?? []) {
    const ms = toEpochMillis(key);
    const n = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
    takenByStart.set(ms, (takenByStart.get(ms) ?? 0) + n);
  }

  const slots: Slot[] = [];
  for (let i = 0; i < count; i += 1) {
    const s = start + i * step;
    const taken = takenByStart.get(s) ?? 0;
    slots.push({
      startsAt: new Date(s).toISOString(),
      endsAt: new Date(s + step).toISOString(),
      seats: seatsPerSlot,
      remaining: Math.min(seatsPerSlot, Math.max(0, seatsPerSlot - taken)),
    });
  }
  return slots;
}

/** The slot starting at `slotStartsAt` (any ISO form of the instant), or undefined. Invalid input → undefined. */
export function findSlot(slots: readonly Slot[], slotStartsAt: IsoInstant): Slot | undefined {
  let wanted: number;
  try {
    wanted = toEpochMillis(slotStartsAt);
  } catch {
    return undefined;
  }
  return slots.find((slot) => toEpochMillis(slot.startsAt) === wanted);
}

/** True when `slotStartsAt` is the start of one of `slots`. */
export function slotExists(slots: readonly Slot[], slotStartsAt: IsoInstant): boolean {
  return findSlot(slots, slotStartsAt) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Booking window

/**
 * When booking closes. Default `{ workingDaysBefore: 1 }`: at the end (23:59:59.999 local) of the
 * working day before the session's local date.
 */
export interface BookingCutoffPolicy {
  /** Working days before the session's local date; integer 0..30, default 1. 0 = the session's own date. */
  workingDaysBefore?: number;
  /** Local time of day `HH:mm` at which booking closes on that day; default the end of the day. */
  closesAt?: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant (canonical UTC ISO) after which a session on local date `sessionLocalDate`
 * no longer takes bookings. Booking is open while `now <= cutoff`.
 */
export function bookingCutoff(
  sessionLocalDate: IsoDate,
  calendar: WorkingCalendar,
  policy: BookingCutoffPolicy = {},
  timeZone: string = DEFAULT_SESSION_TIME_ZONE,
): IsoInstant {
  if (!ISO_DATE.test(sessionLocalDate) || !DateTime.fromISO(sessionLocalDate, { zone: 'utc' }).isValid) {
    throw new RangeError(`sessionLocalDate must be YYYY-MM-DD, got ${JSON.stringify(sessionLocalDate)}`);
  }
  const workingDaysBefore = policy.workingDaysBefore ?? 1;
  assertIntegerInRange('workingDaysBefore', workingDaysBefore, 0, 30);
  let day = sessionLocalDate;
  for (let i = 0; i < workingDaysBefore; i += 1) day = previousWorkingDay(calendar, day);

  const local = DateTime.fromISO(day, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`invalid time zone ${JSON.stringify(timeZone)}`);
  if (policy.closesAt === undefined) return canonicalInstant(local.endOf('day').toJSDate());
  const match = HH_MM.exec(policy.closesAt);
  if (!match) throw new RangeError(`closesAt must be HH:mm, got ${JSON.stringify(policy.closesAt)}`);
  const closes = local.set({ hour: Number(match[1]), minute: Number(match[2]), second: 0, millisecond: 0 });
  return canonicalInstant(closes.toJSDate());
}

/** The local calendar date of an instant in a zone (`YYYY-MM-DD`). */
export function sessionLocalDate(startsAt: IsoInstant, timeZone: string = DEFAULT_SESSION_TIME_ZONE): IsoDate {
  const local = DateTime.fromMillis(toEpochMillis(startsAt), { zone: timeZone });
  if (!local.isValid) throw new RangeError(`invalid time zone ${JSON.stringify(timeZone)}`);
  return local.toISODate() as IsoDate;
}

/** Convenience: the cut-off of a session from its start and zone. */
export function bookingClosesAt(
  session: { startsAt: IsoInstant; timeZone?: string | null },
  calendar: WorkingCalendar,
  policy: BookingCutoffPolicy = {},
): IsoInstant {
  const zone = session.timeZone ?? DEFAULT_SESSION_TIME_ZONE;
  return bookingCutoff(sessionLocalDate(session.startsAt, zone), calendar, policy, zone);
}

export type SessionStatus = 'planned' | 'published' | 'held' | 'cancelled';

export interface BookableSession {
  status: SessionStatus;
  startsAt: IsoInstant | Date;
  /** From `bookingCutoff` / `bookingClosesAt`; null = no cut-off other than the start. */
  bookingClosesAt: IsoInstant | null;
}

export type BookabilityCode = 'SESSION_NOT_PUBLISHED' | 'SESSION_CANCELLED' | 'SESSION_PAST' | 'BOOKING_CLOSED';

export type Bookability = { ok: true } | { ok: false; code: BookabilityCode; message: string };

export const BOOKABILITY_MESSAGES: Readonly<Record<BookabilityCode, string>> = {
  SESSION_NOT_PUBLISHED: 'Buổi tiếp công dân chưa được công bố nên chưa nhận đăng ký.',
  SESSION_CANCELLED: 'Buổi tiếp công dân đã bị hủy.',
  SESSION_PAST: 'Buổi tiếp công dân đã bắt đầu hoặc đã kết thúc, không thể đăng ký.',
  BOOKING_CLOSED: 'Đã hết thời hạn đăng ký cho buổi tiếp công dân này.',
};

function refuse(code: BookabilityCode): Bookability {
  return { ok: false, code, message: BOOKABILITY_MESSAGES[code] };
}

/**
 * Whether a session takes bookings at `now`. Checks in this order: cancelled; held (→ past);
 * not published; started (`now >= startsAt`); cut-off passed (`now > bookingClosesAt`).
 */
export function isBookable(session: BookableSession, now: IsoInstant | Date): Bookability {
  if (session.status === 'cancelled') return refuse('SESSION_CANCELLED');
  if (session.status === 'held') return refuse('SESSION_PAST');
  if (session.status !== 'published') return refuse('SESSION_NOT_PUBLISHED');
  const nowMs = toEpochMillis(now);
  if (nowMs >= toEpochMillis(session.startsAt)) return refuse('SESSION_PAST');
  if (session.bookingClosesAt !== null && nowMs > toEpochMillis(session.bookingClosesAt)) {
    return refuse('BOOKING_CLOSED');
  }
  return { ok: true };
}
