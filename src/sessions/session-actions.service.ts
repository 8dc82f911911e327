import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../auth/auth.decorators.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import type { HeldSessionDto, PublishSessionDto } from './dto/session.dto.js';
import { PublishNoticeService } from './publish-notice.service.js';
import { SESSION_PUBLISHED, type SessionPublishedEvent } from './session-events.js';
import { SessionHeldService } from './session-held.service.js';
import { toSessionView, type SessionView } from './session-view.js';
import type { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { SESSIONS_ERRORS } from './errors.js';

/** Publishing (with the legal notice period) and recording that a session was held. */
@Injectable()
export class SessionActionsService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly repo: SessionsRepository,
    private readonly org: OrgReader,
    private readonly notice: PublishNoticeService,
    private readonly heldTransition: SessionHeldService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Publishes a planned session. Under the preset's notice (5 working days by Luật Tiếp công dân Điều 24) it needs
   * `{override: true, reason}`, and the reason is recorded. Publishing does not change SEQUENCE: the event first
   * becomes visible in public feeds with the content it had.
   */
  async publish(user: AuthUser, id: string, dto: PublishSessionDto): Promise<SessionView> {
    const s = await this.sessions.getEntity(user, id);
    if (s.status === 'published') return toSessionView(s);
    if (s.status !== 'planned') throw fail(SESSIONS_ERRORS.SESSION_NOT_PLANNED);
    const { late, overrideReason } = await this.notice.check(s.localDate, s.timeZone, dto);
    const saved = await this.tx.run(async (em) => {
      const row = await this.repo.find(id, em);
      if (!row || row.status !== 'planned') throw fail(SESSIONS_ERRORS.SESSION_NOT_PLANNED);
      const now = this.clock.now();
      Object.assign(row, {
        status: 'published',
        publishedAt: now,
        publishOverrideReason: overrideReason,
        updatedAt: now,
      });
      return this.repo.save(em, row);
    });
    this.events.emit(SESSION_PUBLISHED, {
      sessionId: saved.id,
      overridden: late,
      at: this.clock.now().toISOString(),
    } satisfies SessionPublishedEvent);
    return toSessionView(saved);
  }

  /**
   * Records that the session took place, and who received the citizens: the head in person, the official the session
   * was delegated to, or a deputy of the same unit. Only once it has started.
   */
  async held(user: AuthUser, id: string, dto: HeldSessionDto): Promise<SessionView> {
    const s = await this.sessions.getEntity(user, id);
    if (s.status !== 'planned' && s.status !== 'published') {
      throw fail(SESSIONS_ERRORS.SESSION_CLOSED);
    }
    if (s.startsAt.getTime() > this.clock.now().getTime()) {
      throw fail(SESSIONS_ERRORS.SESSION_NOT_STARTED);
    }
    await this.assertReceiver(s, dto.heldByOfficialId);
    const receiver = {
      sessionId: id,
      heldByOfficialId: dto.heldByOfficialId,
      inPerson: dto.heldByOfficialId === s.officialId,
    };
    const saved = await this.tx.run(async (em) => {
      const row = await this.repo.find(id, em);
      // Recording it twice is refused here; the transition's own guard (never a cancelled session) is in SessionHeldService.
      if (!row || (row.status !== 'planned' && row.status !== 'published')) throw fail(SESSIONS_ERRORS.SESSION_CLOSED);
      if (!(await this.heldTransition.markHeldWithin(em, receiver, this.clock.now())))
        throw fail(SESSIONS_ERRORS.SESSION_CLOSED);
      return (await this.repo.find(id, em))!;
    });
    this.heldTransition.announce(receiver);
    return toSessionView(saved);
  }

  private async assertReceiver(s: SessionEntity, officialId: string): Promise<void> {
    if (officialId === s.officialId || officialId === s.delegateOfficialId) return;
    const o = await this.org.findOfficial(officialId);
    if (o && o.unitId === s.unitId && o.position === 'deputy' && o.active) return;
    throw failOnField(SESSIONS_ERRORS.INVALID_HELD_BY, 'heldByOfficialId');
  }
}
