import { Inject, Injectable } from '@nestjs/common';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import type { EntityManager } from 'typeorm';
import { OrgReader, type OfficialRecord, type UnitRecord, type VenueRecord } from '../org/org-reader.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { SessionsReader } from '../sessions/sessions-reader.service.js';
import { MeetingUrlCipher } from '../sessions/session-online.js';

/** What a booking's e-mails and calendar entries say about its session. */
export interface SessionContext {
  session: SessionRecord;
  official: OfficialRecord | null;
  delegate: OfficialRecord | null;
  venue: VenueRecord | null;
  /** The unit holding the session: its agency signs the e-mails. */
  unit?: Pick<UnitRecord, 'name' | 'level'> | null;
  /** The meeting address of an online or hybrid session (in memory only; only for the booked citizen's documents). */
  meetingUrl?: string | null;
  /** JOIN_OPENS_MINUTES_BEFORE, for the joining details in e-mails and calendar entries. */
  joinOpensMinutesBefore?: number;
}

/**
 * The sessions, officials and venues bookings read: through the sessions and org modules' readers (bookings never
 * write those tables). `em` reads inside the booking's transaction.
 */
@Injectable()
export class BookingSessions {
  constructor(
    private readonly sessions: SessionsReader,
    private readonly org: OrgReader,
    private readonly urls: MeetingUrlCipher,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
  ) {}

  /** The session's meeting address, for the booked citizen (null for an in-person session). */
  meetingUrl(session: SessionRecord): string | null {
    return session.mode && session.mode !== 'in_person' ? this.urls.open(session, 'session') : null;
  }

  find(id: string, em?: EntityManager): Promise<SessionRecord | null> {
    return this.sessions.find(id, em);
  }

  /** The fields a booking needs of its session (the hot booking path: one plain SELECT). */
  forBooking(em: EntityManager, id: string): Promise<SessionRecord | null> {
    return this.sessions.forBookingWithin(em, id);
  }

  publishedStartingBetween(from: Date, to: Date): Promise<SessionRecord[]> {
    return this.sessions.publishedStartingBetween(from, to);
  }

  async context(session: SessionRecord, em?: EntityManager): Promise<SessionContext> {
    const ids = [session.officialId, session.delegateOfficialId].filter((x): x is string => !!x);
    const officials = await this.org.officialsByIds(ids, em);
    const venue = await this.org.findVenue(session.venueId, em);
    const unit = await this.org.findUnit(session.unitId, em);
    return {
      session,
      official: officials.find((o) => o.id === session.officialId) ?? null,
      delegate: session.delegateOfficialId
        ? (officials.find((o) => o.id === session.delegateOfficialId) ?? null)
        : null,
      venue,
      unit,
      meetingUrl: this.meetingUrl(session),
      joinOpensMinutesBefore: this.settings.joinOpensMinutesBefore,
    };
  }
}
