/**
 * Events the sessions module emits AFTER the change is committed (@nestjs/event-emitter), so modules further down the
 * flow (bookings, notifications, feeds caches) can react without the sessions module depending on them.
 */
export const SESSION_CHANGED = 'session.changed';
export const SESSION_PUBLISHED = 'session.published';
export const SESSION_HELD = 'session.held';

export type SessionChangeKind = 'moved' | 'cancelled' | 'delegated';

export interface SessionChangedEvent {
  sessionId: string;
  kind: SessionChangeKind;
  /** True when citizens could already see (and book) the session. */
  wasPublished: boolean;
  /** The reason the office gave (required once published). */
  reason: string | null;
  /** The session's iCalendar SEQUENCE after the change. */
  sequence: number;
  at: string;
}

export interface SessionPublishedEvent {
  sessionId: string;
  overridden: boolean;
  at: string;
}

export interface SessionHeldEvent {
  sessionId: string;
  heldByOfficialId: string;
  inPerson: boolean;
  at: string;
}
