import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { BookingSessions } from '../../bookings/booking-sessions.js';
import { BookingsService } from '../../bookings/bookings.service.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DialoguePublicService } from '../../dialogues/dialogue-public.service.js';
import { feedLinks } from '../../feeds/feed-links.js';
import { OrgReader, type UnitRecord } from '../../org/org-reader.service.js';
import type { SessionRecord } from '../../sessions/session-record.js';
import { SessionsReader } from '../../sessions/sessions-reader.service.js';
import type { Slot } from '../../bookings/domain/slots.js';
import { VN_ZONE } from '../common/format.js';

/** How far ahead the public calendar of a unit looks. */
export const CALENDAR_DAYS = 90;

export interface PublicSession {
  id: string;
  unitId: string;
  status: 'published' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** Who receives: the official (or the delegate who stands in), name and title. */
  receiver: { fullName: string; title: string } | null;
  /** The official the session was planned for, when a delegate stands in. */
  delegateFor: { fullName: string; title: string } | null;
  venue: { name: string; address: string } | null;
  /** Seats left over all slots; null when the session is not open for booking (cancelled or started). */
  seatsLeft: number | null;
  bookable: boolean;
  /** Why a published session changed (moved, delegated) or was cancelled, as the office wrote it. */
  changeReason: string | null;
  /** The local date it was moved from by the holiday policy. */
  shiftedFrom: string | null;
  officialFeed: string | null;
}

export interface PublicDialogueItem {
  id: string;
  topic: string;
  startsAt: Date;
  endsAt: Date;
  modeLabel: string;
  venue: { name: string; address: string } | null;
  chairs: { fullName: string; title: string }[];
  statusLabel: string;
  cancelled: boolean;
  changeReason: string | null;
}

/** What the citizens' calendar pages read: a unit's published sessions and dialogues, through the modules' services. */
@Injectable()
export class CitizenCalendarService {
  constructor(
    private readonly org: OrgReader,
    private readonly sessions: SessionsReader,
    private readonly sessionContext: BookingSessions,
    private readonly bookings: BookingsService,
    private readonly dialogues: DialoguePublicService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  unit(id: string): Promise<UnitRecord | null> {
    return this.org.findUnit(id);
  }

  feedOfUnit(unitId: string): string {
    return feedLinks(this.config.publicBaseUrl, 'unit', unitId).webcalUrl;
  }

  /** Upcoming published (and cancelled-after-publication) sessions of a unit, for the next CALENDAR_DAYS days. */
  async sessionsOf(unitId: string): Promise<PublicSession[]> {
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now).setZone(VN_ZONE);
    const rows = await this.sessions.publicOfUnit(
      unitId,
      today.toISODate()!,
      today.plus({ days: CALENDAR_DAYS }).toISODate()!,
    );
    const out: PublicSession[] = [];
    for (const s of rows.filter((r) => r.endsAt.getTime() > now.getTime())) out.push(await this.view(s, now));
    return out;
  }

  /** One session as the booking pages show it; null when the public may not see it (never published). */
  async session(id: string): Promise<PublicSession | null> {
    const s = await this.sessions.find(id);
    if (!s || !s.publishedAt || (s.status !== 'published' && s.status !== 'cancelled')) return null;
    return this.view(s, this.clock.now());
  }

  /** The session of a booking the citizen manages (whatever its state now: held, cancelled, moved). */
  async sessionOfBooking(id: string): Promise<PublicSession | null> {
    const s = await this.sessions.find(id);
    return s ? this.view(s, this.clock.now()) : null;
  }

  /** The slots of a session open for booking (404 DomainError from the bookings service otherwise). */
  slots(sessionId: string): Promise<Slot[]> {
    return this.bookings.slots(sessionId);
  }

  private async view(s: SessionRecord, now: Date): Promise<PublicSession> {
    const ctx = await this.sessionContext.context(s);
    const person = (o: { fullName: string; title: string } | null) =>
      o ? { fullName: o.fullName, title: o.title } : null;
    let seatsLeft: number | null = null;
    let bookable = false;
    if (s.status === 'published' && s.startsAt.getTime() > now.getTime()) {
      try {
        const slots = await this.bookings.slots(s.id);
        seatsLeft = slots.reduce((n, x) => n + x.remaining, 0);
        bookable = true;
      } catch {
        bookable = false;
      }
    }
    return {
      id: s.id,
      unitId: s.unitId,
      status: s.status === 'cancelled' ? 'cancelled' : 'published',
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      receiver: person(ctx.delegate ?? ctx.official),
      delegateFor: ctx.delegate ? person(ctx.official) : null,
      venue: ctx.venue ? { name: ctx.venue.name, address: ctx.venue.address } : null,
      seatsLeft,
      bookable,
      changeReason: s.changeReason,
      shiftedFrom: s.shiftedFrom,
      officialFeed: ctx.official ? feedLinks(this.config.publicBaseUrl, 'official', ctx.official.id).webcalUrl : null,
    };
  }

  /** Announced dialogues of a unit that have not ended (cancelled ones shown as such). */
  async dialoguesOf(unitId: string): Promise<PublicDialogueItem[]> {
    const now = this.clock.now().getTime();
    const list = await this.dialogues.list({ unitId });
    return list
      .filter((d) => Date.parse(d.endsAt) > now && (d.status === 'published' || d.status === 'cancelled'))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
      .map((d) => ({
        id: d.id,
        topic: d.topic,
        startsAt: new Date(d.startsAt),
        endsAt: new Date(d.endsAt),
        modeLabel: d.modeLabel,
        venue: d.venue,
        chairs: d.chairs,
        statusLabel: d.statusLabel,
        cancelled: d.status === 'cancelled',
        changeReason: d.changeReason,
      }));
  }
}
