import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { FeedEvent, FeedEventStatus } from '../feeds/domain/feed.types.js';
import {
  type FeedKind,
  type FeedQuery,
  type FeedSource,
  FeedSourceRegistry,
  type FeedSourceVersion,
} from '../feeds/feed-source.js';
import { isoInstant } from '../common/time/iso-instant.js';
import { OrgReader } from '../org/org-reader.service.js';
import type { DialogueEntity } from './dialogue.entity.js';
import { type DialogueFeedFilter, DialoguesRepository } from './dialogues.repository.js';
import type { DialogueStatus } from './domain/dialogue-rules.js';
import { dialogueDescription, dialogueSummary } from './domain/dialogue-texts.js';

const STATUS: Record<DialogueStatus, FeedEventStatus> = {
  draft: 'tentative',
  published: 'confirmed',
  held: 'confirmed',
  results_published: 'confirmed',
  cancelled: 'cancelled',
};

export const dialogueUid = (id: string): string => `dialogue-${id}@tiepdan`;

/**
 * Dialogues in the feeds of their unit, of each chair and of their venue: announced ones (and cancellations of
 * announced ones) publicly; drafts only with a staff feed token of the unit. Registered with the feeds module.
 */
@Injectable()
export class DialogueFeedSource implements FeedSource, OnModuleInit {
  readonly name = 'dialogues';

  constructor(
    private readonly repo: DialoguesRepository,
    private readonly org: OrgReader,
    private readonly registry: FeedSourceRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  supports(_kind: FeedKind): boolean {
    return true;
  }

  private filter(q: FeedQuery): DialogueFeedFilter {
    return {
      kind: q.target.kind,
      id: q.target.id,
      from: q.from,
      to: q.to,
      plannedUnits: q.planned ? q.planned.unitIds : null,
    };
  }

  async versionOf(q: FeedQuery): Promise<FeedSourceVersion> {
    const raw = await this.repo.feedAggregate(this.filter(q));
    return { count: Number(raw?.n ?? 0), sequenceSum: Number(raw?.seq ?? 0), lastModified: isoInstant(raw?.u) };
  }

  async eventsFor(q: FeedQuery): Promise<FeedEvent[]> {
    const rows = await this.repo.feedRows(this.filter(q));
    if (!rows.length) return [];
    const chairs = await this.repo.chairsOf(rows.map((d) => d.id));
    const officials = await this.org.officialsByIds([...new Set([...chairs.values()].flat())]);
    const units = new Map((await this.org.allUnits()).map((u) => [u.id, u.name]));
    const out: FeedEvent[] = [];
    for (const d of rows) {
      const venue = d.venueId ? await this.org.findVenue(d.venueId) : null;
      out.push(
        this.toEvent(d, {
          unitName: units.get(d.unitId) ?? '',
          chairs: (chairs.get(d.id) ?? [])
            .map((id) => officials.find((o) => o.id === id))
            .filter((o) => !!o)
            .map((o) => ({ fullName: o!.fullName, title: o!.title })),
          venue: venue && { name: venue.name, address: venue.address },
        }),
      );
    }
    return out;
  }

  toEvent(
    d: DialogueEntity,
    c: {
      unitName: string;
      chairs: { fullName: string; title: string }[];
      venue: { name: string; address: string } | null;
    },
  ): FeedEvent {
    const base = this.config.publicBaseUrl;
    const questionsUrl = d.status === 'published' ? `${base}/api/v1/dialogues/${d.id}/questions` : null;
    const notes: string[] = [];
    if (d.status === 'cancelled') notes.push('Hội nghị đối thoại này đã bị hủy.');
    if (d.status === 'draft') notes.push('Dự kiến, chưa thông báo (chỉ dùng nội bộ).');
    if (d.changeReason && d.sequence > 0) notes.push(`Lý do thay đổi: ${d.changeReason.replace(/\s+/g, ' ').trim()}`);
    const description = dialogueDescription({
      unitName: c.unitName,
      mode: d.mode,
      chairs: c.chairs,
      coOrganizers: d.coOrganizers,
      venue: c.venue,
      onlineUrl: d.onlineUrl,
      questionsUrl,
    });
    return {
      uid: dialogueUid(d.id),
      sequence: d.sequence,
      startsAt: d.startsAt.toISOString(),
      endsAt: d.endsAt.toISOString(),
      timeZone: d.timeZone,
      summary: dialogueSummary(d.topic, d.status === 'cancelled'),
      location: c.venue ? `${c.venue.name}, ${c.venue.address}` : d.onlineUrl,
      description: [...notes, description].join('\n'),
      url: `${base}/api/v1/public/dialogues/${d.id}`,
      status: STATUS[d.status],
      lastModified: d.updatedAt.toISOString(),
    };
  }
}
