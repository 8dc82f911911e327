import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../../auth/auth.decorators.js';
import { BookingStaffService } from '../../../bookings/booking-staff.service.js';
import type { BookingView } from '../../../bookings/booking-views.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { Clock } from '../../../common/time/clock.js';
import { MinutesService } from '../../../minutes/minutes.service.js';
import { ReceptionLogService } from '../../../minutes/reception-log.service.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import type { SessionView } from '../../../sessions/session-view.js';
import { SessionsService } from '../../../sessions/sessions.service.js';
import { localDateOf } from '../../common/format.js';
import { deskWindow } from './domain/desk-forms.js';

export type DeskMinutes = Awaited<ReturnType<MinutesService['get']>>;

/** One Form 03 line of the session, as GET /reception-log answers it (JSON). */
export interface LogEntry {
  caseId: string;
  no: string;
  receivedOn: string;
  nameAndAddress: string;
  idNumber: string;
  content: string;
  typeAndPeople: string;
  followUp: string;
  note: string;
  handlingRoute: string;
}

export interface DeskSession {
  session: SessionView;
  officialName: string;
  venueName: string;
  bookings: BookingView[];
  minutes: DeskMinutes | null;
  log: LogEntry[];
  units: { value: string; label: string }[];
}

/**
 * What the desk pages read, from the same services as the API (so scoping, masking and audit are the API's): the
 * unit's sessions, a session with its bookings (masked as GET /sessions/:id/bookings masks them), its minutes and its
 * reception log lines.
 */
@Injectable()
export class DeskViewService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly bookings: BookingStaffService,
    private readonly minutes: MinutesService,
    private readonly log: ReceptionLogService,
    private readonly org: OrgReader,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return localDateOf(this.clock.now());
  }

  /** Today's and the coming 30 days' sessions of the user's units (GET /sessions), in time order. */
  async upcoming(user: AuthUser): Promise<{ sessions: SessionView[]; names: Map<string, string> }> {
    const sessions = (await this.sessions.list(user, deskWindow(this.today()))).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    );
    const ids = [...new Set(sessions.flatMap((s) => [s.officialId, s.delegateOfficialId ?? s.officialId]))];
    const names = new Map((await this.org.officialsByIds(ids)).map((o) => [o.id, o.fullName] as [string, string]));
    return { sessions, names };
  }

  /** The session (404 outside the user's units, like the API), or the service's own NotFoundError. */
  session(user: AuthUser, id: string): Promise<SessionView> {
    return this.sessions.get(user, id);
  }

  async minutesOf(user: AuthUser, sessionId: string): Promise<DeskMinutes | null> {
    try {
      return await this.minutes.getBySession(user, sessionId);
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  }

  async desk(user: AuthUser, id: string): Promise<DeskSession> {
    const session = await this.session(user, id);
    const [bookings, minutes, official, venue, units] = await Promise.all([
      this.bookings.list(user, id),
      this.minutesOf(user, id),
      this.org.findOfficial(session.delegateOfficialId ?? session.officialId),
      this.org.findVenue(session.venueId),
      this.org.allUnits(),
    ]);
    let log: LogEntry[] = [];
    if (minutes && minutes.cases.length > 0) {
      const out = await this.log.list(user, { unitId: session.unitId, from: session.localDate, to: session.localDate });
      const mine = new Set(minutes.cases.map((c) => c.id));
      log = ((out.json as { entries: LogEntry[] }).entries ?? []).filter((e) => mine.has(e.caseId));
    }
    return {
      session,
      officialName: official?.fullName ?? '',
      venueName: venue?.name ?? '',
      bookings,
      minutes,
      log,
      units: units.map((u) => ({ value: u.id, label: u.name })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    };
  }
}
