import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { FeedEvent, FeedEventStatus } from './domain/feed.types.js';
import { sessionDescription, sessionSummary } from './domain/session-texts.js';
import { bookingUrl } from './feed-links.js';
import {
  type FeedKind,
  type FeedQuery,
  type FeedSource,
  FeedSourceRegistry,
  type FeedSourceVersion,
} from './feed-source.js';
import { type FeedSessionRow, FeedsRepository } from './feeds.repository.js';

const STATUS: Record<FeedSessionRow['status'], FeedEventStatus> = {
  published: 'confirmed',
  held: 'confirmed',
  cancelled: 'cancelled',
  planned: 'tentative',
};

export const sessionUid = (id: string): string => `session-${id}@tiepdan`;

/** Status notes shown above what to bring, so that a calendar app that ignores STATUS still tells the truth. */
function notes(row: FeedSessionRow): string[] {
  const lines: string[] = [];
  if (row.status === 'cancelled') lines.push('Buổi tiếp công dân này đã bị hủy.');
  if (row.status === 'planned') lines.push('Lịch dự kiến, chưa công bố (chỉ dùng nội bộ).');
  if (row.status === 'held') lines.push('Buổi tiếp công dân đã diễn ra.');
  if (row.shiftedFrom)
    lines.push(`Lịch được dời từ ngày ${DateTime.fromISO(row.shiftedFrom).toFormat('dd/MM/yyyy')} do trùng ngày nghỉ.`);
  if (row.changeReason) lines.push(`Lý do thay đổi: ${row.changeReason.replace(/\s+/g, ' ').trim()}`);
  return lines;
}

/** Reception sessions as feed events. Only public data: names, titles, venue, booking link. */
@Injectable()
export class SessionFeedSource implements FeedSource, OnModuleInit {
  readonly name = 'sessions';

  constructor(
    private readonly repo: FeedsRepository,
    private readonly registry: FeedSourceRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  supports(_kind: FeedKind): boolean {
    return true;
  }

  versionOf(query: FeedQuery): Promise<FeedSourceVersion> {
    return this.repo.sessionAggregate(query);
  }

  async eventsFor(query: FeedQuery): Promise<FeedEvent[]> {
    return (await this.repo.sessionRows(query)).map((row) => this.toEvent(row));
  }

  toEvent(row: FeedSessionRow): FeedEvent {
    const booking = row.status === 'published' ? bookingUrl(this.config.publicBaseUrl, row.id) : null;
    const what = sessionDescription({
      venueName: row.venueName,
      venueAddress: row.venueAddress,
      bookingUrl: booking,
      mode: row.mode,
    });
    return {
      uid: sessionUid(row.id),
      sequence: row.sequence,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timeZone: row.timeZone,
      summary: sessionSummary({
        officialName: row.officialName,
        officialTitle: row.officialTitle,
        adHoc: row.adHoc,
        delegate: row.delegate,
        cancelled: row.status === 'cancelled',
        mode: row.mode,
      }),
      // The venue for in-person and hybrid sessions; an online session has no place (and never its meeting address).
      location: row.mode === 'online' ? 'Trực tuyến' : `${row.venueName}, ${row.venueAddress}`,
      description: [...notes(row), what].join('\n'),
      url: booking,
      status: STATUS[row.status],
      lastModified: row.lastModified,
    };
  }
}
