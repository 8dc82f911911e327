import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrgReader } from '../org/org-reader.service.js';
import { type FeedLinks, feedLinks } from './feed-links.js';
import type { FeedKind, FeedTarget } from './feed-source.js';
import { FeedsRepository } from './feeds.repository.js';

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const calendarName = (what: string): string => `Lịch tiếp công dân – ${clean(what)}`;

export interface FeedListing {
  officials: Array<{ id: string; fullName: string; title: string; unitId: string } & FeedLinks>;
  units: Array<{ id: string; name: string; level: string; parentId: string | null } & FeedLinks>;
  venues: Array<{ id: string; name: string; address: string; unitId: string } & FeedLinks>;
}

/** What a feed is about: the official, unit or venue, with its calendar name; and the list of all feeds. */
@Injectable()
export class FeedTargets {
  constructor(
    private readonly repo: FeedsRepository,
    private readonly org: OrgReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(kind: FeedKind, id: string): Promise<FeedTarget | null> {
    const t = await this.repo.findTarget(kind, id);
    return (
      t && { kind, id, unitId: t.unitId, calendarName: calendarName(`${t.title} ${t.name}`), updatedAt: t.updatedAt }
    );
  }

  /** Every public feed, optionally of one unit: active officials, units in force today, venues. */
  async list(unitId?: string): Promise<FeedListing> {
    const base = this.config.publicBaseUrl;
    const today = DateTime.fromJSDate(this.clock.now(), { zone: 'Asia/Ho_Chi_Minh' }).toISODate()!;
    const [officials, units, venues] = await Promise.all([
      this.org.activeOfficials(unitId),
      this.org.unitsByName(unitId),
      this.org.venuesByName(unitId),
    ]);
    return {
      officials: officials.map((o) => ({
        id: o.id,
        fullName: o.fullName,
        title: o.title,
        unitId: o.unitId,
        ...feedLinks(base, 'official', o.id),
      })),
      units: units
        .filter((u) => (!u.validFrom || u.validFrom <= today) && (!u.validTo || u.validTo >= today))
        .map((u) => ({
          id: u.id,
          name: u.name,
          level: u.level,
          parentId: u.parentId,
          ...feedLinks(base, 'unit', u.id),
        })),
      venues: venues.map((v) => ({
        id: v.id,
        name: v.name,
        address: v.address,
        unitId: v.unitId,
        ...feedLinks(base, 'venue', v.id),
      })),
    };
  }
}
