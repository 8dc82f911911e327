import type { EventEmitter2 } from '@nestjs/event-emitter';

/**
 * Emitted by the bookings module AFTER a transaction that may have changed the seats taken of a session's slots
 * committed (a booking made or held, cancelled, a hold released or confirmed, people promoted from the waitlist), so
 * readers that keep what a page shows (the website's page cache) forget it at once.
 */
export const BOOKING_SEATS_CHANGED = 'booking.seats-changed';

export interface BookingSeatsChangedEvent {
  sessionId: string;
  why: 'booked' | 'cancelled' | 'hold_released' | 'hold_verified';
  at: string;
}

/** Emits BOOKING_SEATS_CHANGED (call it only once the transaction committed). */
export function seatsChanged(
  events: EventEmitter2,
  sessionId: string,
  why: BookingSeatsChangedEvent['why'],
  now: Date,
): void {
  events.emit(BOOKING_SEATS_CHANGED, { sessionId, why, at: now.toISOString() } satisfies BookingSeatsChangedEvent);
}
