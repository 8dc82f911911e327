import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DateTime } from 'luxon';
import type { AuthUser } from '../auth/auth.decorators.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { noticeDeadline, noticeInForce } from '../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../calendar/rule-presets.service.js';
import { BadRequestError, ConflictError, DomainError, UnprocessableError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { formatDateVi } from '../documents/vietnamese-format.js';
import { OrgRepository } from '../org/org.repository.js';
import type { HeldSessionDto, PublishSessionDto } from './dto/session.dto.js';
import { SESSION_HELD, SESSION_PUBLISHED, type SessionHeldEvent, type SessionPublishedEvent } from './session-events.js';
import { toSessionView, type SessionView } from './session-view.js';
import type { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

const NOTICE_KEY = 'reception_schedule_publish';

/** Publishing (with the legal notice period) and recording that a session was held. */
@Injectable()
export class SessionActionsService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly repo: SessionsRepository,
    private readonly org: OrgRepository,
    private readonly calendar: CalendarService,
    private readonly presets: RulePresetsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /** The last local date on which the session may be published without an override. */
  async publishDeadline(s: Pick<SessionEntity, 'localDate'>): Promise<string | null> {
    const notice = noticeInForce(await this.presets.notice(), NOTICE_KEY, s.localDate);
    if (!notice) return null;
    return noticeDeadline(await this.calendar.calendar(), s.localDate, notice);
  }

  /**
   * Publishes a planned session. Under the preset's notice (5 working days by Luật Tiếp công dân Điều 24) it needs
   * `{override: true, reason}`, and the reason is recorded. Publishing does not change SEQUENCE: the event first
   * becomes visible in public feeds with the content it had.
   */
  async publish(user: AuthUser, id: string, dto: PublishSessionDto): Promise<SessionView> {
    const s = await this.sessions.getEntity(user, id);
    if (s.status === 'published') return toSessionView(s);
    if (s.status !== 'planned') throw new ConflictError('SESSION_NOT_PLANNED', 'Chỉ công bố được buổi tiếp đang ở trạng thái dự kiến.');
    const deadline = await this.publishDeadline(s);
    const today = DateTime.fromJSDate(this.clock.now()).setZone(s.timeZone).toISODate()!;
    const late = deadline !== null && today > deadline;
    const reason = dto.reason?.trim() || null;
    if (late && !dto.override) {
      throw new DomainError(
        'PUBLISH_NOTICE_TOO_SHORT', 422,
        `Lịch tiếp công dân phải được niêm yết chậm nhất ngày ${formatDateVi(deadline)} (trước ngày tiếp ${formatDateVi(s.localDate)}). ` +
          'Muốn công bố muộn, gửi lại với trường override là true và trường reason nêu lý do công bố muộn.',
        [
          { field: 'override', message: 'Đặt true để xác nhận công bố muộn.' },
          { field: 'reason', message: 'Nêu lý do công bố muộn.' },
        ],
        { deadline, sessionDate: s.localDate },
      );
    }
    if (late && !reason) {
      throw new BadRequestError('REASON_REQUIRED', 'Công bố muộn phải nêu lý do.', [{ field: 'reason', message: 'Bắt buộc khi công bố chưa đủ thời hạn niêm yết.' }]);
    }
    const saved = await this.tx.run(async (em) => {
      const row = await this.repo.find(id, em);
      if (!row || row.status !== 'planned') throw new ConflictError('SESSION_NOT_PLANNED', 'Chỉ công bố được buổi tiếp đang ở trạng thái dự kiến.');
      const now = this.clock.now();
      Object.assign(row, { status: 'published', publishedAt: now, publishOverrideReason: late ? reason : null, updatedAt: now });
      return this.repo.save(em, row);
    });
    this.events.emit(SESSION_PUBLISHED, { sessionId: saved.id, overridden: late, at: this.clock.now().toISOString() } satisfies SessionPublishedEvent);
    return toSessionView(saved);
  }

  /**
   * Records that the session took place, and who received the citizens: the head in person, the official the session
   * was delegated to, or a deputy of the same unit. Only once it has started.
   */
  async held(user: AuthUser, id: string, dto: HeldSessionDto): Promise<SessionView> {
    const s = await this.sessions.getEntity(user, id);
    if (s.status !== 'planned' && s.status !== 'published') {
      throw new ConflictError('SESSION_CLOSED', 'Buổi tiếp đã được ghi nhận hoặc đã bị hủy.');
    }
    if (s.startsAt.getTime() > this.clock.now().getTime()) {
      throw new UnprocessableError('SESSION_NOT_STARTED', 'Buổi tiếp chưa bắt đầu, chưa thể ghi nhận đã tiếp.');
    }
    await this.assertReceiver(s, dto.heldByOfficialId);
    const saved = await this.tx.run(async (em) => {
      const row = await this.repo.find(id, em);
      if (!row || (row.status !== 'planned' && row.status !== 'published')) throw new ConflictError('SESSION_CLOSED', 'Buổi tiếp đã được ghi nhận hoặc đã bị hủy.');
      const now = this.clock.now();
      Object.assign(row, { status: 'held', heldByOfficialId: dto.heldByOfficialId, heldAt: now, updatedAt: now });
      return this.repo.save(em, row);
    });
    this.events.emit(SESSION_HELD, {
      sessionId: saved.id, heldByOfficialId: dto.heldByOfficialId, inPerson: dto.heldByOfficialId === s.officialId, at: this.clock.now().toISOString(),
    } satisfies SessionHeldEvent);
    return toSessionView(saved);
  }

  private async assertReceiver(s: SessionEntity, officialId: string): Promise<void> {
    if (officialId === s.officialId || officialId === s.delegateOfficialId) return;
    const o = await this.org.findOfficial(officialId);
    if (o && o.unitId === s.unitId && o.position === 'deputy' && o.active) return;
    const message = 'Người tiếp phải là người chủ trì, người được ủy quyền hoặc cấp phó cùng đơn vị.';
    throw new BadRequestError('INVALID_HELD_BY', message, [{ field: 'heldByOfficialId', message }]);
  }
}
