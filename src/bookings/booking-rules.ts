import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { WorkingCalendar } from '../calendar/domain/calendar.types.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { bookingClosesAt, computeSlots, isBookable, type BookingCutoffPolicy, type Slot } from './domain/slots.js';
import { toEpochMillis } from './domain/instant.js';
import { BOOKINGS_ERRORS } from './errors.js';
import { fail } from '../common/errors/catalogue.js';
import { type ReceptionForm, type SessionMode, seatsByForm } from '../sessions/domain/online-reception.js';

export const SESSION_WHAT = 'Buổi tiếp công dân';

/**
 * A slot as citizens see it, per form of reception: `seats`/`remaining` are those of the form a booking without `form`
 * gets (in person where offered, online for an online-only session); `seatsOnline`/`remainingOnline` those of the
 * online form (null when the session is in person only). `recording`: the purpose and retention period a citizen
 * consents to when booking online (null when not recorded).
 */
export interface FormSlot extends Slot {
  mode: SessionMode;
  seatsInPerson: number;
  remainingInPerson: number;
  seatsOnline: number | null;
  remainingOnline: number | null;
  recording: { purpose: string; retentionDays: number } | null;
}

/** The slot grid with seats per form, from the capacity rows (one per slot index and form). */
export function formSlotsOf(
  session: SessionRecord,
  rows: readonly { slotIndex: number; form: ReceptionForm; taken: number }[],
): FormSlot[] {
  const mode = session.mode ?? 'in_person';
  const seats = seatsByForm(mode, session.seatsPerSlot, session.onlineSeatsPerSlot ?? null);
  const takenOf = (form: ReceptionForm) =>
    new Map(rows.filter((r) => (r.form ?? 'in_person') === form).map((r) => [r.slotIndex, r.taken]));
  const inPerson = takenOf('in_person');
  const online = takenOf('online');
  const recording =
    mode !== 'in_person' && session.recordsOnline && session.recordingPurpose && session.recordingRetentionDays
      ? { purpose: session.recordingPurpose, retentionDays: session.recordingRetentionDays }
      : null;
  return slotsOf(session).map((slot, i) => {
    const leftIn = Math.max(0, seats.in_person - (inPerson.get(i) ?? 0));
    const leftOnline = Math.max(0, seats.online - (online.get(i) ?? 0));
    const byDefault =
      mode === 'online'
        ? { seats: seats.online, remaining: leftOnline }
        : { seats: seats.in_person, remaining: leftIn };
    return {
      ...slot,
      ...byDefault,
      mode,
      seatsInPerson: seats.in_person,
      remainingInPerson: leftIn,
      seatsOnline: mode === 'in_person' ? null : seats.online,
      remainingOnline: mode === 'in_person' ? null : leftOnline,
      recording,
    };
  });
}

/**
 * Seats left over all slots of a session, both forms: the sum `formSlotsOf` gives (remaining in person + online),
 * by arithmetic on the slot count instead of building the grid (the public calendar sums it for every session).
 */
export function seatsLeftOf(
  session: SessionRecord,
  rows: readonly { slotIndex: number; form: ReceptionForm; taken: number }[],
): number {
  const mode = session.mode ?? 'in_person';
  const seats = seatsByForm(mode, session.seatsPerSlot, session.onlineSeatsPerSlot ?? null);
  const count = Math.floor((session.endsAt.getTime() - session.startsAt.getTime()) / (session.slotMinutes * 60_000));
  if (!(count > 0)) return 0;
  // One count per slot index and form (the last row wins, as in formSlotsOf); each slot shows max(0, seats - taken).
  const taken = new Map<string, number>();
  for (const r of rows) {
    const form = r.form ?? 'in_person';
    if (
      Number.isInteger(r.slotIndex) &&
      r.slotIndex >= 0 &&
      r.slotIndex < count &&
      (form === 'in_person' || mode !== 'in_person')
    )
      taken.set(`${form}:${r.slotIndex}`, r.taken);
  }
  let left = count * (seats.in_person + (mode === 'in_person' ? 0 : seats.online));
  for (const [key, n] of taken) left -= Math.min(seats[key.startsWith('online') ? 'online' : 'in_person'], n);
  return left;
}

/** The slot grid of a session with the seats taken per slot index. */
export function slotsOf(session: SessionRecord, takenByIndex: ReadonlyMap<number, number> = new Map()): Slot[] {
  const taken = new Map<string, number>();
  const step = session.slotMinutes * 60_000;
  for (const [i, n] of takenByIndex) taken.set(new Date(session.startsAt.getTime() + i * step).toISOString(), n);
  return computeSlots({
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    slotMinutes: session.slotMinutes,
    seatsPerSlot: session.seatsPerSlot,
    taken,
  });
}

/** Index of the slot starting at `slotStartsAt`, or null when no slot of the session starts then (arithmetic, no grid). */
export function slotIndexOf(session: SessionRecord, slotStartsAt: string): number | null {
  let wanted: number;
  try {
    wanted = toEpochMillis(slotStartsAt);
  } catch {
    return null;
  }
  const step = session.slotMinutes * 60_000;
  const offset = wanted - session.startsAt.getTime();
  const count = Math.floor((session.endsAt.getTime() - session.startsAt.getTime()) / step);
  if (offset < 0 || offset % step !== 0 || offset / step >= count) return null;
  return offset / step;
}

const cutoffs = new WeakMap<WorkingCalendar, Map<string, string>>();

/** The session's booking cut-off (memoised per calendar snapshot: the calendar service replaces it on any change). */
export function closesAt(session: SessionRecord, calendar: WorkingCalendar, policy: BookingCutoffPolicy): string {
  let memo = cutoffs.get(calendar);
  if (!memo) cutoffs.set(calendar, (memo = new Map()));
  const key = `${session.startsAt.getTime()}|${session.timeZone}|${policy.workingDaysBefore ?? ''}|${policy.closesAt ?? ''}`;
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size > 10_000) memo.clear();
    value = bookingClosesAt({ startsAt: session.startsAt.toISOString(), timeZone: session.timeZone }, calendar, policy);
    memo.set(key, value);
  }
  return value;
}

/**
 * Throws unless the session takes bookings now. A session citizens cannot see (missing, planned) answers 404;
 * cancelled, started or past the cut-off answer 409 with the domain's code.
 */
export function assertBookable(
  session: SessionRecord | null,
  calendar: WorkingCalendar,
  policy: BookingCutoffPolicy,
  now: Date,
): asserts session is SessionRecord {
  if (!session || session.status === 'planned') throw new NotFoundError(SESSION_WHAT);
  const verdict = isBookable(
    { status: session.status, startsAt: session.startsAt, bookingClosesAt: closesAt(session, calendar, policy) },
    now,
  );
  if (!verdict.ok) throw fail(BOOKINGS_ERRORS[verdict.code], { detail: verdict.message });
}

/**
 * Which unique index a driver error violated (PostgreSQL names the constraint, SQLite lists the columns): the booking
 * code, the booker's own active booking, or a person of the booking (booker or representative) already holding a place.
 */
export function violated(error: unknown): 'code' | 'citizen' | 'attendee' | null {
  const e = error as {
    driverError?: { constraint?: unknown; message?: unknown };
    constraint?: unknown;
    message?: unknown;
  };
  const text = `${String(e?.driverError?.constraint ?? e?.constraint ?? '')} ${String(e?.driverError?.message ?? e?.message ?? '')}`;
  if (/ux_bookings_code|bookings\.code\b/.test(text)) return 'code';
  if (/ux_bookings_session_citizen|\bbookings\.id_number_index/.test(text)) return 'citizen';
  if (/ux_booking_attendees_session_citizen|booking_attendees\.id_number_index/.test(text)) return 'attendee';
  return null;
}

export class DuplicateBookingError extends ConflictError {
  /** `attendee`: someone of the group (booker or representative) already holds a place; which one is not said. */
  constructor(who: 'citizen' | 'attendee' = 'citizen') {
    super(
      BOOKINGS_ERRORS.DUPLICATE_BOOKING.code,
      who === 'citizen'
        ? BOOKINGS_ERRORS.DUPLICATE_BOOKING.message
        : 'Một người trong đăng ký này (người đăng ký hoặc người đại diện) đã có chỗ trong một đăng ký còn hiệu lực của buổi tiếp công dân này.',
    );
  }
}

export class SlotFullError extends ConflictError {
  constructor() {
    super(BOOKINGS_ERRORS.SLOT_FULL.code, BOOKINGS_ERRORS.SLOT_FULL.message);
  }
}

/** A group needs more seats than the slot still has (but the slot is not full): says how many remain. */
export class NotEnoughSeatsError extends ConflictError {
  constructor(remainingSeats: number, requestedSeats: number) {
    super(
      BOOKINGS_ERRORS.NOT_ENOUGH_SEATS.code,
      `Khung giờ chỉ còn ${remainingSeats} chỗ, không đủ cho ${requestedSeats} người của đăng ký này. ` +
        'Vui lòng chọn khung giờ khác, giảm số người tham dự hoặc đăng ký vào danh sách chờ.',
      { remainingSeats, requestedSeats },
    );
  }
}

export class BookingNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 404, 'Không tìm thấy đăng ký với mã và mã quản lý đã cung cấp.');
  }
}
