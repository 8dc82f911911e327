/** One event of an iCalendar feed: a reception session or a dialogue, already made public-safe. */
export interface FeedEvent {
  /** Stable across edits, e.g. `session-<id>@tiepdan`. */
  uid: string;
  /** RFC 5545 SEQUENCE: incremented on every change a subscriber must see. */
  sequence: number;
  /** ISO-8601 instants (UTC or with offset). */
  startsAt: string;
  endsAt: string;
  /** IANA zone the event is shown in, e.g. `Asia/Ho_Chi_Minh` (DTSTART;TZID=…). */
  timeZone: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status: FeedEventStatus;
  /** ISO-8601 instant of the last change; also used as DTSTAMP. */
  lastModified?: string | null;
  organizer?: { name: string; email: string } | null;
}

export type FeedEventStatus = 'confirmed' | 'tentative' | 'cancelled';

export interface BuildCalendarInput {
  /** X-WR-CALNAME / NAME, e.g. "Lịch tiếp công dân – Chủ tịch UBND phường Hồng Bàng". */
  name: string;
  /** X-WR-CALDESC. */
  description?: string | null;
  /** Calendar time zone (X-WR-TIMEZONE); events carry their own TZID. */
  timeZone: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL in minutes; default 60. */
  refreshMinutes?: number;
  events: readonly FeedEvent[];
  /** DTSTAMP for events without `lastModified` (ISO instant); default: now. */
  generatedAt?: string;
}
