import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { PublishNoticeService } from './publish-notice.service.js';
import { SESSION_PUBLISHED, type SessionPublishedEvent } from './session-events.js';
import type { PlannedSession } from './session-generation.service.js';
import { IN_PERSON_ONLY } from './domain/online-reception.js';
import { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';

/** Demo sessions are held in person. */
const IN_PERSON_COLUMNS = {
  mode: IN_PERSON_ONLY.mode,
  meetingUrlEnc: null,
  onlineSeatsPerSlot: null,
  recordsOnline: false,
  recordingPurpose: null,
  recordingRetentionDays: null,
};

/**
 * The demo loader (src/seed) changes sessions through here, inside its own `SeedLogService.runOnce` transaction, and
 * asks the sessions module to announce them after commit: the sessions module stays the only writer of the sessions
 * table and the only emitter of session events.
 */
@Injectable()
export class SessionSeedService {
  constructor(
    private readonly repo: SessionsRepository,
    private readonly notice: PublishNoticeService,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Publishes the planned sessions of some officials from `from` to `to` that have not started, inside the notice
   * period with the recorded override `reason`. Returns their ids (for `announcePublished`).
   */
  async publishPlannedWithin(
    em: EntityManager,
    q: { from: string; to: string; officialIds: ReadonlySet<string>; reason: string },
  ): Promise<string[]> {
    const ids: string[] = [];
    const now = this.clock.now();
    for (const s of await this.repo.list({ unitIds: 'all', from: q.from, to: q.to, status: 'planned' })) {
      if (!q.officialIds.has(s.officialId) || s.startsAt.getTime() <= now.getTime()) continue;
      const { overrideReason } = await this.notice.check(s.localDate, s.timeZone, { override: true, reason: q.reason });
      Object.assign(s, {
        status: 'published',
        publishedAt: now,
        publishOverrideReason: overrideReason,
        updatedAt: now,
      });
      await this.repo.save(em, s);
      ids.push(s.id);
    }
    return ids;
  }

  /** After commit: the sessions published by `publishPlannedWithin` (with the override). */
  announcePublished(ids: readonly string[]): void {
    const at = this.clock.now().toISOString();
    for (const sessionId of ids)
      this.events.emit(SESSION_PUBLISHED, { sessionId, overridden: true, at } satisfies SessionPublishedEvent);
  }

  /** A published session (already past), unless the official has one that day already. */
  async insertPublishedWithin(
    em: EntityManager,
    p: PlannedSession & { note: string; publishedAt: Date },
  ): Promise<void> {
    const now = this.clock.now();
    const { online: _online, ...planned } = p;
    await this.repo.insertIgnoringTaken(em, [
      Object.assign(new SessionEntity(), {
        id: newId(),
        ...planned,
        ...IN_PERSON_COLUMNS,
        status: 'published',
        adHoc: false,
        adHocReason: null,
        delegateOfficialId: null,
        heldByOfficialId: null,
        heldAt: null,
        publishOverrideReason: null,
        changeReason: null,
        modified: false,
        sequence: 0,
        createdAt: now,
        updatedAt: now,
      } satisfies SessionEntity),
    ]);
  }
}
