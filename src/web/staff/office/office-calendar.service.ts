import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { AuthUser } from '../../../auth/auth.decorators.js';
import { DialoguesService } from '../../../dialogues/dialogues.service.js';
import { SESSION_CHANGED, SESSION_HELD, SESSION_PUBLISHED } from '../../../sessions/session-events.js';
import { SessionsService } from '../../../sessions/sessions.service.js';
import { PageCache, type PreparedPage } from '../../common/page-cache.js';
import { TtlMemo } from '../../common/ttl-memo.js';
import type { CalendarItem } from './calendar.page.js';
import { addDaysIso, sessionTags } from './domain/calendar-grid.js';
import type { OfficeDirectory } from './office-directory.service.js';
import { sessionPath } from './office-paths.js';

/** The offset of Việt Nam (no daylight saving): the instants bounding the calendar's local days. */
const startOfLocalDay = (iso: string): string => new Date(`${iso}T00:00:00+07:00`).toISOString();

/**
 * The items of the office's calendar: the sessions of the days shown (one query) and the dialogues, as the page shows
 * them. Kept 10 s per scope, days and filters (a month page is opened again and again while planning); forgotten at
 * once on `session.changed` / `session.published` / `session.held` and after every write of the office's pages, so a
 * change made here shows at once, and one made elsewhere (API, another instance) within 10 s.
 */
@Injectable()
export class OfficeCalendarService {
  private readonly memo = new TtlMemo<CalendarItem[]>(10_000, 500);
  /**
   * The rendered month/week pages per person and URL (the frame names the person; its CSRF token is the page's hole,
   * filled per request), kept as long as the items and forgotten with them.
   */
  private readonly pages = new PageCache(10_000, 200);

  constructor(
    private readonly sessions: SessionsService,
    private readonly dialogues: DialoguesService,
  ) {}

  items(
    user: AuthUser,
    dir: OfficeDirectory,
    days: { first: string; last: string },
    filter: { unitId?: string; officialId?: string },
  ): Promise<CalendarItem[]> {
    const scope = `${[...user.roles].sort().join(',')}|${user.unitId ?? ''}`;
    const key = `${scope}|${days.first}|${days.last}|${filter.unitId ?? ''}|${filter.officialId ?? ''}`;
    return this.memo.get(key, () => this.read(user, dir, days, filter));
  }

  /** The prepared page of `user` at `url` (rendered by `render` on a miss). */
  page(user: AuthUser, url: string, render: () => Promise<PreparedPage>): Promise<PreparedPage | null> {
    const key = `${user.id}|${[...user.roles].sort().join(',')}|${user.unitId ?? ''}|${url}`;
    return this.pages.get(key, render);
  }

  @OnEvent(SESSION_CHANGED)
  @OnEvent(SESSION_PUBLISHED)
  @OnEvent(SESSION_HELD)
  forget(): void {
    this.memo.clear();
    this.pages.clear();
  }

  private async read(
    user: AuthUser,
    dir: OfficeDirectory,
    { first, last }: { first: string; last: string },
    { unitId, officialId }: { unitId?: string; officialId?: string },
  ): Promise<CalendarItem[]> {
    const [sessions, dialogues] = await Promise.all([
      this.sessions.list(user, { from: first, to: last, unitId, officialId, limit: 5000 }),
      this.dialogues.list(user, { unitId, from: startOfLocalDay(first), to: startOfLocalDay(addDaysIso(last, 1)) }),
    ]);
    const items: CalendarItem[] = [
      ...sessions.map((s) => ({
        kind: 'session' as const,
        id: s.id,
        localDate: s.localDate,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        timeZone: s.timeZone,
        title: dir.officialName(s.officialId),
        place: dir.venueName(s.venueId),
        tags: sessionTags(s),
        href: sessionPath(s.id),
      })),
      ...dialogues
        .filter((d) => !officialId || d.chairOfficialIds.includes(officialId))
        .map((d) => ({
          kind: 'dialogue' as const,
          id: d.id,
          localDate: d.localDate,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          timeZone: d.timeZone,
          title: d.topic,
          place: d.venue?.name ?? d.modeLabel,
          tags: [d.status === 'draft' ? 'draft' : d.status === 'results_published' ? 'held' : d.status],
          href: null,
        })),
    ];
    return items.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  }
}
