import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import type { Role } from '../auth/roles.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { SessionEntity } from '../sessions/session.entity.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingCrypto } from './booking-crypto.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { SESSION_WHAT } from './booking-rules.js';
import { toBookingView, type BookingView } from './booking-views.js';
import { BookingsRepository } from './bookings.repository.js';
import { normalizeBookingCode } from './domain/booking-code.js';
import { checkInVerdict } from './domain/check-in-window.js';

/**
 * Roles that see citizen ID and phone numbers in full: the secretary identifies each person at the desk and writes
 * the reception log (Form 03); the inspector may read protected identities of its unit. Everyone else (office,
 * leader, viewer, handler, and admin, which administers but does not receive citizens) sees them masked.
 */
export const REVEAL_ROLES: readonly Role[] = ['secretary', 'inspector'];

export function mayReveal(user: AuthUser): boolean {
  return user.roles.some((r) => REVEAL_ROLES.includes(r));
}

/** Staff side: the list of a session's bookings, check-in and no-show, within the user's units. */
@Injectable()
export class BookingStaffService {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly scope: UnitScopeService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly audit: AuditService,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
  ) {}

  private async sessionInScope(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    const session = await this.repo.findSession(sessionId);
    if (!session) throw new NotFoundError(SESSION_WHAT);
    await this.scope.assertInScope(user, session.unitId, SESSION_WHAT);
    return session;
  }

  async list(user: AuthUser, sessionId: string): Promise<BookingView[]> {
    const session = await this.sessionInScope(user, sessionId);
    const reveal = mayReveal(user);
    const rows = await this.repo.listForSession(session.id);
    const ranks = new Map<string, number>();
    const perSlot = new Map<number, number>();
    for (const b of rows.filter((r) => r.status === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))) {
      const n = (perSlot.get(b.slotIndex) ?? 0) + 1;
      perSlot.set(b.slotIndex, n);
      ranks.set(b.id, n);
    }
    if (reveal && rows.length > 0) {
      await this.audit.record({ action: 'read_protected', entityType: 'session_bookings', entityId: session.id, summary: `${rows.length} booking(s) with identity` });
    }
    return rows.map((b) => toBookingView(b, this.crypto.open(b), session, reveal, ranks.get(b.id) ?? null));
  }

  private async bookingInScope(user: AuthUser, rawCode: string): Promise<{ booking: BookingEntity; session: SessionEntity }> {
    const code = normalizeBookingCode(rawCode);
    const booking = code ? await this.repo.findByCode(code) : null;
    if (!booking) throw new NotFoundError('Đăng ký');
    const session = await this.sessionInScope(user, booking.sessionId).catch(() => {
      throw new NotFoundError('Đăng ký');
    });
    return { booking, session };
  }

  async checkIn(user: AuthUser, code: string): Promise<BookingView> {
    const { booking, session } = await this.bookingInScope(user, code);
    const now = this.clock.now();
    const window = checkInVerdict(now, session.startsAt, session.timeZone, this.settings.checkInOpensMinutesBefore);
    if (!window.ok) throw new UnprocessableError(window.code, window.message, { opensAt: window.opensAt, closesAt: window.closesAt });
    const patch = { status: 'checked_in' as const, checkedInAt: now, updatedAt: now };
    await this.tx.run(async (em) => {
      if (!(await this.repo.transition(em, booking.id, ['confirmed'], patch))) {
        throw new ConflictError('BOOKING_NOT_CONFIRMED', 'Chỉ đăng ký đã được xác nhận mới có thể ghi nhận có mặt.');
      }
      await this.audit.recordIn(em, { action: 'action:check-in', entityType: 'booking', entityId: booking.id, summary: 'checked in' });
    });
    return toBookingView(Object.assign(booking, patch), this.crypto.open(booking), session, mayReveal(user));
  }

  async noShow(user: AuthUser, code: string): Promise<BookingView> {
    const { booking, session } = await this.bookingInScope(user, code);
    const now = this.clock.now();
    if (now.getTime() < session.startsAt.getTime()) {
      throw new ConflictError('SESSION_NOT_STARTED', 'Chỉ ghi nhận vắng mặt sau khi buổi tiếp công dân đã bắt đầu.');
    }
    const patch = { status: 'no_show' as const, noShowAt: now, updatedAt: now };
    await this.tx.run(async (em) => {
      if (!(await this.repo.transition(em, booking.id, ['confirmed'], patch))) {
        throw new ConflictError('BOOKING_NOT_CONFIRMED', 'Chỉ đăng ký đã được xác nhận (chưa có mặt) mới có thể ghi nhận vắng mặt.');
      }
      await this.audit.recordIn(em, { action: 'action:no-show', entityType: 'booking', entityId: booking.id, summary: 'no-show' });
    });
    return toBookingView(Object.assign(booking, patch), this.crypto.open(booking), session, mayReveal(user));
  }
}
