import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '../auth/auth.decorators.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OfficialsService } from '../org/officials.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { VenuesService } from '../org/venues.service.js';
import { checkSessionTimes, localDateOf, planSessionChange } from './domain/session-change.js';
import type { CreateAdHocSessionDto, SessionQuery, UpdateSessionDto } from './dto/session.dto.js';
import { PublishNoticeService } from './publish-notice.service.js';
import { SESSION_CHANGED, type SessionChangedEvent } from './session-events.js';
import { toSessionView, type SessionView } from './session-view.js';
import { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { ORG_ERRORS } from '../org/errors.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { SESSIONS_ERRORS } from './errors.js';
import {
  bookingTermsChanged,
  checkOnlineSettings,
  IN_PERSON_ONLY,
  mergeOnlineSettings,
  type OnlineSettings,
  sameOnlineSettings,
} from './domain/online-reception.js';
import { onlinePatchOf } from './dto/online-settings.dto.js';
import { MeetingUrlCipher, seesMeetingUrl } from './session-online.js';

/** Checks merged online settings: 400 INVALID_ONLINE_SETTINGS naming each field. */
export function validOnline(s: OnlineSettings, seatsPerSlot: number): OnlineSettings {
  const { problems, settings } = checkOnlineSettings(s, seatsPerSlot);
  if (problems.length > 0)
    throw fail(SESSIONS_ERRORS.INVALID_ONLINE_SETTINGS, {
      detail: problems.map((p) => p.message).join(' '),
      errors: problems.map((p) => ({ field: p.field, message: p.message })),
    });
  return settings;
}

export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

export class SessionDayTakenError extends ConflictError {
  constructor(localDate: string) {
    super(
      SESSIONS_ERRORS.SESSION_DAY_TAKEN.code,
      `Cán bộ đã có một buổi tiếp trong ngày ${localDate.split('-').reverse().join('/')}; mỗi người chỉ tiếp một buổi mỗi ngày.`,
      { localDate },
    );
  }
}

/** Listing, ad-hoc sessions and changes (move, venue, delegate, cancel). Publish and held: SessionActionsService. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repo: SessionsRepository,
    private readonly scope: UnitScopeService,
    private readonly officials: OfficialsService,
    private readonly venues: VenuesService,
    private readonly notice: PublishNoticeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
    private readonly urls: MeetingUrlCipher,
  ) {}

  /** The view, with the meeting address for the staff roles that may see it (the caller checked the unit scope). */
  view(user: AuthUser | null, s: SessionEntity): SessionView {
    const url = s.mode && s.mode !== 'in_person' && seesMeetingUrl(user) ? this.urls.open(s, 'session') : null;
    return toSessionView(s, url);
  }

  async list(user: AuthUser, q: SessionQuery): Promise<SessionView[]> {
    const rows = await this.repo.list({ ...q, unitIds: await this.scope.unitFilter(user), limit: q.limit ?? 2000 });
    return rows.map((s) => this.view(user, s));
  }

  /** The session if it exists and lies in the user's scope; 404 otherwise (never 403). */
  async getEntity(user: AuthUser, id: string): Promise<SessionEntity> {
    const s = await this.repo.find(id);
    if (!s) throw new NotFoundError('Buổi tiếp');
    await this.scope.assertInScope(user, s.unitId, 'Buổi tiếp');
    return s;
  }

  async get(user: AuthUser, id: string): Promise<SessionView> {
    return this.view(user, await this.getEntity(user, id));
  }

  /** Ad-hoc reception (Luật Tiếp công dân Điều 18 khoản 3) with its legal trigger. */
  async createAdHoc(user: AuthUser, dto: CreateAdHocSessionDto): Promise<SessionView> {
    const official = await this.officials.getEntity(user, dto.officialId);
    const venue = await this.venues.getEntity(user, dto.venueId);
    if (!official.active)
      throw fail(ORG_ERRORS.OFFICIAL_INACTIVE, {
        errors: [{ field: 'officialId', message: 'Cán bộ không còn hoạt động.' }],
      });
    const zone = dto.timeZone ?? DEFAULT_ZONE;
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const problem = checkSessionTimes(startsAt, endsAt, zone);
    if (problem) throw fail(SESSIONS_ERRORS.INVALID_SESSION_TIME, { detail: problem.message, errors: [problem] });
    const now = this.clock.now();
    const seatsPerSlot = dto.seatsPerSlot ?? 5;
    const online = validOnline(mergeOnlineSettings(IN_PERSON_ONLY, onlinePatchOf(dto)), seatsPerSlot);
    const id = newId();
    const s = Object.assign(new SessionEntity(), {
      id,
      scheduleId: null,
      officialId: official.id,
      venueId: venue.id,
      unitId: official.unitId,
      startsAt,
      endsAt,
      timeZone: zone,
      localDate: localDateOf(startsAt, zone),
      status: 'planned',
      adHoc: true,
      adHocReason: dto.adHocReason,
      note: dto.note.trim(),
      shiftedFrom: null,
      delegateOfficialId: null,
      heldByOfficialId: null,
      heldAt: null,
      publishedAt: null,
      publishOverrideReason: null,
      changeReason: null,
      modified: false,
      slotMinutes: dto.slotMinutes ?? 30,
      seatsPerSlot,
      ...this.urls.columns(online, 'session', id),
      sequence: 0,
      createdAt: now,
      updatedAt: now,
    } satisfies SessionEntity);
    try {
      await this.tx.run((em) => this.repo.insert(em, s));
    } catch (e) {
      if (isUniqueViolation(e)) throw new SessionDayTakenError(s.localDate);
      throw e;
    }
    return this.view(user, s);
  }

  /**
   * The online columns after an edit, or null when they do not change. The meeting address may change until the
   * session is held or cancelled (booked citizens see the new one in their booking); form, online seats and recording
   * only while the session is planned: once published, bookings and consents were given on those terms.
   */
  private onlineChange(current: SessionEntity, dto: UpdateSessionDto, seatsPerSlot: number) {
    const before = this.urls.settings(current, 'session');
    const after = mergeOnlineSettings(before, onlinePatchOf(dto));
    if (sameOnlineSettings(before, after)) return null;
    if (current.status === 'held' || current.status === 'cancelled') throw fail(SESSIONS_ERRORS.SESSION_CLOSED);
    if (current.status !== 'planned' && bookingTermsChanged(before, after))
      throw fail(SESSIONS_ERRORS.ONLINE_TERMS_LOCKED);
    return this.urls.columns(validOnline(after, seatsPerSlot), 'session', current.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateSessionDto): Promise<SessionView> {
    const current = await this.getEntity(user, id);
    const outcome = planSessionChange(current, dto);
    if (!outcome.ok) {
      throw fail(SESSIONS_ERRORS[outcome.code], {
        detail: outcome.message,
        errors: outcome.field ? [{ field: outcome.field, message: outcome.message }] : undefined,
      });
    }
    const { changes, kinds } = outcome;
    const online = this.onlineChange(current, dto, current.seatsPerSlot);
    if (kinds.length === 0 && !online) return this.view(user, current);
    if (changes.venueId) await this.venues.getEntity(user, changes.venueId);
    if (changes.delegateOfficialId) await this.assertDelegate(user, current, changes.delegateOfficialId);

    const wasPublished = current.status === 'published';
    const reason = dto.reason?.trim() || null;
    // Citizens were told the old date: the new one gets the same notice as publishing, or a recorded override.
    const notice =
      wasPublished && changes.startsAt ? await this.notice.check(changes.localDate!, current.timeZone, dto) : null;
    let saved: SessionEntity;
    try {
      saved = await this.tx.run(async (em) => {
        // Re-read inside the transaction: the status may have changed since the check above.
        const s = await this.repo.find(id, em);
        if (!s || s.status !== current.status || s.sequence !== current.sequence) {
          throw fail(SESSIONS_ERRORS.SESSION_CHANGED_MEANWHILE);
        }
        Object.assign(s, changes, online ?? {}, {
          modified: true,
          changeReason: reason ?? s.changeReason,
          sequence: s.sequence + 1,
          updatedAt: this.clock.now(),
        });
        if (notice?.late) s.publishOverrideReason = notice.overrideReason;
        return this.repo.save(em, s);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new SessionDayTakenError(changes.localDate ?? current.localDate);
      throw e;
    }
    // After commit: bookings, notifications and feeds react to what citizens must be told.
    const at = this.clock.now().toISOString();
    for (const kind of kinds) {
      this.events.emit(SESSION_CHANGED, {
        sessionId: saved.id,
        kind,
        wasPublished,
        reason,
        sequence: saved.sequence,
        at,
      } satisfies SessionChangedEvent);
    }
    return this.view(user, saved);
  }

  /** A delegate is a deputy or member of the session's own unit, active, and not the official himself. */
  private async assertDelegate(user: AuthUser, session: SessionEntity, delegateId: string): Promise<void> {
    const refuse = (message: string) => failOnField(SESSIONS_ERRORS.INVALID_DELEGATE, 'delegateOfficialId', message);
    let d;
    try {
      d = await this.officials.getEntity(user, delegateId);
    } catch {
      throw refuse('Người được ủy quyền chủ trì thay không tồn tại.');
    }
    if (d.id === session.officialId) throw refuse('Không thể ủy quyền chủ trì thay cho chính người chủ trì.');
    if (d.unitId !== session.unitId || (d.position !== 'deputy' && d.position !== 'member') || !d.active) {
      throw refuse('Người được ủy quyền chủ trì thay phải là cấp phó hoặc cán bộ đang công tác cùng đơn vị.');
    }
  }
}
