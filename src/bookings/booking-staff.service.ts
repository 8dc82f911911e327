import { Inject, Injectable } from '@nestjs/common';
import { type AuditRecord, AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { disclose, type RecordFacts } from '../common/privacy/masking-policy.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingCrypto } from './booking-crypto.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { SESSION_WHAT } from './booking-rules.js';
import { toBookingView, type BookingView } from './booking-views.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { normalizeBookingCode } from './domain/booking-code.js';
import { checkInVerdict } from './domain/check-in-window.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { BOOKINGS_ERRORS } from './errors.js';

/** The masking policy's facts of a booking: sealed when it is about a denunciation, owned by the session's unit. */
export function bookingFacts(
  b: Pick<BookingEntity, 'petitionType'>,
  session: Pick<SessionRecord, 'unitId'>,
): RecordFacts {
  return { kind: 'booking', sealed: b.petitionType === 'denunciation', unitId: session.unitId };
}

/** The audit row of a denouncer's identity read in clear from a booking (Law on Denunciation 2018, Art. 47). */
function sealedRead(b: BookingEntity, why: string): AuditRecord {
  return {
    action: 'read_protected',
    entityType: 'booking',
    entityId: b.id,
    summary: `Đọc danh tính người tố cáo (${why})`,
  };
}

/** Staff side: the list of a session's bookings, check-in and no-show, within the user's units. */
@Injectable()
export class BookingStaffService {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly audit: AuditService,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
  ) {}

  private async sessionInScope(user: AuthUser, sessionId: string): Promise<SessionRecord> {
    const session = await this.sessionsOf.find(sessionId);
    if (!session) throw new NotFoundError(SESSION_WHAT);
    await this.scope.assertInScope(user, session.unitId, SESSION_WHAT);
    return session;
  }

  async list(user: AuthUser, sessionId: string): Promise<BookingView[]> {
    const session = await this.sessionInScope(user, sessionId);
    const rows = await this.repo.listForSession(session.id);
    const ranks = new Map<string, number>();
    // Waiting lines are per slot and form of reception.
    const perSlot = new Map<string, number>();
    for (const b of rows
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))) {
      const line = `${b.slotIndex}|${b.form}`;
      const n = (perSlot.get(line) ?? 0) + 1;
      perSlot.set(line, n);
      ranks.set(b.id, n);
    }
    const seen = rows.map((b) => disclose(user, bookingFacts(b, session)));
    const clear = seen.filter((d) => d.of('idNumber') === 'clear' || d.revealsSealed).length;
    const unsealed = rows.filter((_, i) => seen[i].revealsSealed);
    if (clear > 0) {
      // One transaction for the list's row and one row per denunciation booking read in clear.
      await this.tx.run(async (em) => {
        await this.audit.recordIn(em, {
          action: 'read_protected',
          entityType: 'session_bookings',
          entityId: session.id,
          summary: `${clear} booking(s) with identity`,
        });
        for (const b of unsealed) await this.audit.recordIn(em, sealedRead(b, 'GET /sessions/:id/bookings'));
      });
    }
    return rows.map((b, i) => toBookingView(b, this.crypto.open(b), session, seen[i], ranks.get(b.id) ?? null));
  }

  private async viewFor(user: AuthUser, b: BookingEntity, session: SessionRecord, why: string): Promise<BookingView> {
    const seen = disclose(user, bookingFacts(b, session));
    if (seen.revealsSealed) await this.audit.record(sealedRead(b, why));
    return toBookingView(b, this.crypto.open(b), session, seen);
  }

  private async bookingInScope(
    user: AuthUser,
    rawCode: string,
  ): Promise<{ booking: BookingEntity; session: SessionRecord }> {
    const code = normalizeBookingCode(rawCode);
    const booking = code ? await this.repo.findByCode(code) : null;
    if (!booking) throw new NotFoundError('Đăng ký');
    const session = await this.sessionInScope(user, booking.sessionId).catch(() => {
      throw new NotFoundError('Đăng ký');
    });
    return { booking, session };
  }

  /**
   * Marks the citizen present. An online citizen is marked present only after the secretary checked the identity
   * document shown on camera (`identityChecked: true`): who checked and when are stored with the booking.
   */
  async checkIn(user: AuthUser, code: string, identityChecked = false): Promise<BookingView> {
    const { booking, session } = await this.bookingInScope(user, code);
    const online = booking.form === 'online';
    if (online && !identityChecked) throw failOnField(BOOKINGS_ERRORS.IDENTITY_CHECK_REQUIRED, 'identityChecked');
    const now = this.clock.now();
    const window = checkInVerdict(now, session.startsAt, session.timeZone, this.settings.checkInOpensMinutesBefore);
    if (!window.ok)
      throw fail(BOOKINGS_ERRORS[window.code], {
        detail: window.message,
        extra: { opensAt: window.opensAt, closesAt: window.closesAt },
      });
    const patch = {
      status: 'checked_in' as const,
      checkedInAt: now,
      updatedAt: now,
      ...(online ? { identityCheckedBy: user.id, identityCheckedAt: now } : {}),
    };
    await this.tx.run(async (em) => {
      if (!(await this.repo.transition(em, booking.id, ['confirmed'], patch))) {
        throw fail(BOOKINGS_ERRORS.BOOKING_NOT_CONFIRMED);
      }
      await this.audit.recordIn(em, {
        action: 'action:check-in',
        entityType: 'booking',
        entityId: booking.id,
        summary: online ? 'checked in online, identity document checked on camera' : 'checked in',
      });
    });
    return this.viewFor(user, Object.assign(booking, patch), session, 'POST /bookings/:code/check-in');
  }

  async noShow(user: AuthUser, code: string): Promise<BookingView> {
    const { booking, session } = await this.bookingInScope(user, code);
    const now = this.clock.now();
    if (now.getTime() < session.startsAt.getTime()) {
      throw fail(BOOKINGS_ERRORS.NO_SHOW_BEFORE_START);
    }
    const patch = { status: 'no_show' as const, noShowAt: now, updatedAt: now };
    await this.tx.run(async (em) => {
      if (!(await this.repo.transition(em, booking.id, ['confirmed'], patch))) {
        throw fail(BOOKINGS_ERRORS.BOOKING_NOT_CONFIRMED, {
          detail: 'Chỉ đăng ký đã được xác nhận (chưa có mặt) mới có thể ghi nhận vắng mặt.',
        });
      }
      await this.audit.recordIn(em, {
        action: 'action:no-show',
        entityType: 'booking',
        entityId: booking.id,
        summary: 'no-show',
      });
    });
    return this.viewFor(user, Object.assign(booking, patch), session, 'POST /bookings/:code/no-show');
  }
}
