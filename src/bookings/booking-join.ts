import { joinOpensAt } from '../sessions/domain/online-reception.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { BookingEntity } from './booking.entity.js';

/** The joining details of an online booking: the meeting address and when the link opens. */
export interface JoinDetails {
  url: string;
  opensAt: string;
}

/** Statuses whose holder is expected at the session (a waitlisted citizen has no seat yet, so no link). */
const HOLDS_SEAT: readonly BookingEntity['status'][] = ['confirmed', 'checked_in'];

/** The joining details of a booking, or null: only for a confirmed online booking of a session with an address. */
export function joinOf(
  booking: Pick<BookingEntity, 'form' | 'status' | 'slotIndex'>,
  session: Pick<SessionRecord, 'startsAt' | 'slotMinutes'>,
  meetingUrl: string | null | undefined,
  minutesBefore: number,
): JoinDetails | null {
  if (booking.form !== 'online' || !HOLDS_SEAT.includes(booking.status) || !meetingUrl) return null;
  const startsAt = new Date(session.startsAt.getTime() + booking.slotIndex * session.slotMinutes * 60_000);
  return { url: meetingUrl, opensAt: joinOpensAt(startsAt, minutesBefore).toISOString() };
}
