import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { BookingsService } from '../../bookings/bookings.service.js';
import { Clock } from '../../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DialoguePublicService } from '../../dialogues/dialogue-public.service.js';
import { feedLinks } from '../../feeds/feed-links.js';
import { OrgReader, type OfficialRecord, type UnitRecord, type VenueRecord } from '../../org/org-reader.service.js';
import { SESSION_CHANGED, SESSION_HELD, SESSION_PUBLISHED } from '../../sessions/session-events.js';
import type { SessionRecord } from '../../sessions/session-record.js';
import { SessionsReader } from '../../sessions/sessions-reader.service.js';
import type { FormSlot } from '../../bookings/booking-rules.js';
import { localDateOf, VN_ZONE } from '../common/format.js';
import { TtlMemo } from '../common/ttl-memo.js';

/** How long a unit's dialogue announcements are reused before being read again. */
const DIALOGUES_TTL_MS = 30_000;

/**
 * How long the organisation rows a page shows (a unit, its venues, the officials receiving) are reused before being
 * read again: they change a few times a year, and re-reading them was most of a calendar page's queries. Seat counts
 * and sessions are never cached here (read on every request); a session event forgets everything at once.
 */
const ORG_TTL_MS = 30_000;

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
    private readonly bookings: BookingsService,
    private readonly dialogues: DialoguePublicService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly units = new TtlMemo<UnitRecord | null>(ORG_TTL_MS);
  private readonly venuesOfUnit = new TtlMemo<VenueRecord[]>(ORG_TTL_MS);
  private readonly venueById = new TtlMemo<VenueRecord | null>(ORG_TTL_MS);
  private readonly officialById = new TtlMemo<OfficialRecord | null>(ORG_TTL_MS, 5_000);

  /** A session was published, changed (moved, delegated, cancelled) or held: read the organisation rows again. */
  @OnEvent(SESSION_CHANGED)
  @OnEvent(SESSION_PUBLISHED)
  @OnEvent(SESSION_HELD)
  forgetOrganisation(): void {
    this.units.clear();
    this.venuesOfUnit.clear();
    this.venueById.clear();
    this.officialById.clear();
  }

  /** A unit (cached ORG_TTL_MS; an unknown id is read again next time). */
  async unit(id: string): Promise<UnitRecord | null> {
    const unit = await this.units.get(id, () => this.org.findUnit(id));
    if (!unit) this.units.forget(id);
    return unit;
  }

  /** Officials by id: the cached ones, the others read in one query. */
  private async officials(ids: readonly string[]): Promise<OfficialRecord[]> {
    const unique = [...new Set(ids)];
    const missing: string[] = [];
    const known: Promise<OfficialRecord | null>[] = [];
    const loading = new Map<string, (o: OfficialRecord | null) => void>();
    for (const id of unique) {
      known.push(
        this.officialById.get(id, () => {
          missing.push(id);
          return new Promise<OfficialRecord | null>((resolve) => loading.set(id, resolve));
        }),
      );
    }
    if (missing.length) {
      try {
        const rows = await this.org.officialsByIds(missing);
        for (const id of missing) loading.get(id)!(rows.find((o) => o.id === id) ?? null);
      } catch (e) {
        this.officialById.clear();
        for (const id of missing) loading.get(id)!(null);
        throw e;
      }
    }
    return (await Promise.all(known)).filter((o): o is OfficialRecord => !!o);
  }

  feedOfUnit(unitId: string): string {
    return feedLinks(this.config.publicBaseUrl, 'unit', unitId).webcalUrl;
  }

  /** Upcoming published (and cancelled-after-publication) sessions of a unit, for the next CALENDAR_DAYS days. */
  async sessionsOf(unitId: string): Promise<PublicSession[]> {
    const now = this.clock.now();
    // Việt Nam keeps one offset all year: CALENDAR_DAYS later is CALENDAR_DAYS × 24 h later.
    const rows = await this.sessions.publicOfUnit(
      unitId,
      localDateOf(now, VN_ZONE),
      localDateOf(new Date(now.getTime() + CALENDAR_DAYS * 86_400_000), VN_ZONE),
    );
    const upcoming = rows.filter((r) => r.endsAt.getTime() > now.getTime());
    const seats = await this.bookings.seatsLeft(upcoming);
    const officialIds = [...new Set(upcoming.flatMap((s) => [s.officialId, s.delegateOfficialId ?? s.officialId]))];
    const [officials, venues] = await Promise.all([
      this.officials(officialIds),
      this.venuesOfUnit.get(unitId, () => this.org.venuesByName(unitId)),
    ]);
    const person = (id: string | null) => {
      const o = id ? officials.find((x) => x.id === id) : undefined;
      return o ? { fullName: o.fullName, title: o.title } : null;
    };
    return upcoming.map((s) => {
      const venue = venues.find((v) => v.id === s.venueId);
      return {
        ...this.base(s),
        receiver: person(s.delegateOfficialId ?? s.officialId),
        delegateFor: s.delegateOfficialId ? person(s.officialId) : null,
        venue: venue ? { name: venue.name, address: venue.address } : null,
        seatsLeft: seats.get(s.id) ?? null,
        bookable: seats.has(s.id),
        officialFeed: feedLinks(this.config.publicBaseUrl, 'official', s.officialId).webcalUrl,
      };
    });
  }

  private base(s: SessionRecord) {
    return {
      id: s.id,
      unitId: s.unitId,
      status: s.status === 'cancelled' ? ('cancelled' as const) : ('published' as const),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      changeReason: s.changeReason,
      shiftedFrom: s.shiftedFrom,
    };
  }

  /**
   * A session the public may book with its slots, reading the session once: null when the public may not see it
   * (never published); 404 DomainError from the bookings service when it is not open for booking.
   */
  async sessionWithSlots(id: string): Promise<{ session: PublicSession; slots: FormSlot[] } | null> {
    const s = await this.sessions.find(id);
    if (!s || !s.publishedAt || (s.status !== 'published' && s.status !== 'cancelled')) return null;
    // The slots carry the seats per slot: no total of seats needed for the session itself.
    const [session, slots] = await Promise.all([
      this.view(s, this.clock.now(), false),
      this.bookings.slotsOfSession(s),
    ]);
    return { session, slots };
  }

  /** The session of a booking the citizen manages (whatever its state now: held, cancelled, moved). */
  async sessionOfBooking(id: string): Promise<PublicSession | null> {
    const s = await this.sessions.find(id);
    return s ? this.view(s, this.clock.now()) : null;
  }

  private async view(s: SessionRecord, now: Date, withSeats = true): Promise<PublicSession> {
    const [officials, venue] = await Promise.all([
      this.officials([s.officialId, s.delegateOfficialId].filter((x): x is string => !!x)),
      this.venueById.get(s.venueId, () => this.org.findVenue(s.venueId)),
    ]);
    const official = officials.find((o) => o.id === s.officialId) ?? null;
    const delegate = s.delegateOfficialId ? (officials.find((o) => o.id === s.delegateOfficialId) ?? null) : null;
    const ctx = { official, delegate, venue };
    const person = (o: { fullName: string; title: string } | null) =>
      o ? { fullName: o.fullName, title: o.title } : null;
    void now;
    const seats = withSeats ? await this.bookings.seatsLeft([s]) : new Map<string, number>();
    const seatsLeft = seats.get(s.id) ?? null;
    const bookable = seats.has(s.id);
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

  /** Dialogue announcements per unit, kept DIALOGUES_TTL_MS (they change a few times a year; the list is costly). */
  private readonly dialogueCache = new Map<
    string,
    { at: number; list: Awaited<ReturnType<DialoguePublicService['list']>> }
  >();

  /** Announced dialogues of a unit that have not ended (cancelled ones shown as such). */
  async dialoguesOf(unitId: string): Promise<PublicDialogueItem[]> {
    const now = this.clock.now().getTime();
    const cached = this.dialogueCache.get(unitId);
    let list = cached && Date.now() - cached.at < DIALOGUES_TTL_MS ? cached.list : null;
    if (!list) {
      list = await this.dialogues.list({ unitId });
      if (this.dialogueCache.size > 500) this.dialogueCache.clear();
      this.dialogueCache.set(unitId, { at: Date.now(), list });
    }
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
