/**
 * Feed sources: where the events of an iCalendar feed come from.
 *
 * Reception sessions are one source (SessionFeedSource). Another module (e.g. dialogues, for the
 * feeds of a unit and of the chairs) adds its own by implementing FeedSource and registering it in
 * its module's onModuleInit:
 *
 *   constructor(private readonly registry: FeedSourceRegistry, private readonly source: DialogueFeedSource) {}
 *   onModuleInit() { this.registry.register(this.source); }
 *
 * (that module imports FeedsModule; FeedsModule never imports it). Every source answers two questions:
 * a cheap version of what it would contribute (count, sum of SEQUENCE, latest change: one aggregate
 * query), used to compute the ETag before anything is loaded or rendered, and the events themselves.
 * Contract: any change to an event's text, time or status must change the version (bump the row's
 * updated_at and/or its sequence), otherwise subscribers keep the cached copy.
 */
import { Injectable } from '@nestjs/common';
import type { FeedEvent } from './domain/feed.types.js';

export const FEED_KINDS = ['official', 'unit', 'venue'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** The record a feed is about, already resolved (it exists). */
export interface FeedTarget {
  kind: FeedKind;
  id: string;
  /** The unit the record belongs to (for the token scope check). */
  unitId: string;
  /** X-WR-CALNAME. */
  calendarName: string;
  /** ISO instant of the target's own last change (its name is in the calendar). */
  updatedAt: string;
}

export interface FeedQuery {
  target: FeedTarget;
  /** Events starting in [from, to). */
  from: Date;
  to: Date;
  /** Null for the public feed; with a staff feed token: the units whose planned items are shown too. */
  planned: { unitIds: readonly string[] | 'all' } | null;
}

export interface FeedSourceVersion {
  count: number;
  sequenceSum: number;
  /** Latest change (ISO instant) of anything that shows in the source's events, or null. */
  lastModified: string | null;
}

export interface FeedSource {
  /** Stable name, part of the ETag (e.g. "sessions", "dialogues"). */
  readonly name: string;
  supports(kind: FeedKind): boolean;
  versionOf(query: FeedQuery): Promise<FeedSourceVersion>;
  eventsFor(query: FeedQuery): Promise<FeedEvent[]>;
}

/** The sources feeds are built from, in a stable order. */
@Injectable()
export class FeedSourceRegistry {
  private readonly list: FeedSource[] = [];

  register(source: FeedSource): void {
    if (this.list.some((s) => s.name === source.name)) throw new Error(`Feed source ${source.name} registered twice`);
    this.list.push(source);
    this.list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  for(kind: FeedKind): FeedSource[] {
    return this.list.filter((s) => s.supports(kind));
  }
}
