import { EventEmitter2 } from '@nestjs/event-emitter';
import { Inject, Injectable } from '@nestjs/common';
import { joinOf } from './booking-join.js';
import { joinPage, type JoinPage } from './booking-join-page.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingCrypto } from './booking-crypto.js';
import { bookingIcs } from './booking-documents.js';
import { BookingNotFoundError } from './booking-rules.js';
import { CITIZEN_OWN_VIEW, toBookingView, type BookingView } from './booking-views.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { normalizeBookingCode, verifyManageToken } from './domain/booking-code.js';
import { WaitlistPromoter } from './waitlist-promoter.js';
import { seatsChanged } from './booking-events.js';
import { fail } from '../common/errors/catalogue.js';
import { BOOKINGS_ERRORS } from './errors.js';

/**
 * The citizen's side of an existing booking, authorised by the code plus the secret manage token. A wrong code, a
 * wrong token and a missing token all answer the same 404, so nobody can learn whether someone else booked.
 */
@Injectable()
export class BookingManageService {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly promoter: WaitlistPromoter,
    private readonly audit: AuditService,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
    private readonly events: EventEmitter2,
  ) {}

  private async authorised(
    rawCode: string,
    token: unknown,
  ): Promise<{ booking: BookingEntity; session: SessionRecord }> {
    const code = normalizeBookingCode(rawCode);
    const booking = code ? await this.repo.findByCode(code) : null;
    // Verify against a dummy hash when the code is unknown, so both paths cost the same.
    const ok = verifyManageToken(token, booking?.manageTokenHash ?? '0'.repeat(64));
    if (!booking || !ok) throw new BookingNotFoundError();
    const session = await this.sessionsOf.find(booking.sessionId);
    if (!session) throw new BookingNotFoundError();
    return { booking, session };
  }

  async get(code: string, token: unknown): Promise<BookingView> {
    const { booking, session } = await this.authorised(code, token);
    let position: number | null = null;
    if (booking.status === 'waitlisted')
      position =
        (await this.repo.waitlisted(undefined, session.id, booking.slotIndex, booking.form)).findIndex(
          (b) => b.id === booking.id,
        ) + 1;
    const join = joinOf(
      booking,
      session,
      booking.form === 'online' ? this.sessionsOf.meetingUrl(session) : null,
      this.settings.joinOpensMinutesBefore,
    );
    return { ...toBookingView(booking, this.crypto.open(booking), session, CITIZEN_OWN_VIEW, position), join };
  }

  /** The joining page: the meeting link from the configured time before the slot; before that, when to come back. */
  async join(code: string, token: unknown): Promise<JoinPage> {
    const { booking, session } = await this.authorised(code, token);
    const url = booking.form === 'online' ? this.sessionsOf.meetingUrl(session) : null;
    return joinPage(booking, session, url, this.settings.joinOpensMinutesBefore, this.clock.now());
  }

  async ics(code: string, token: unknown): Promise<{ code: string; body: string }> {
    const { booking, session } = await this.authorised(code, token);
    const ctx = await this.sessionsOf.context(session);
    const body = bookingIcs(booking, ctx, this.clock.now(), this.settings.joinOpensMinutesBefore);
    return { code: booking.code, body };
  }

  /** Cancels; a confirmed booking's seats go back to the slot and to the first waitlisted people who fit. */
  async cancel(code: string, token: unknown): Promise<{ code: string; status: 'cancelled' }> {
    const { booking } = await this.authorised(code, token);
    const now = this.clock.now();
    await this.tx.run(async (em) => {
      const session = (await this.sessionsOf.find(booking.sessionId, em))!;
      if (session.startsAt.getTime() <= now.getTime() && session.status !== 'cancelled') {
        throw fail(BOOKINGS_ERRORS.BOOKING_NOT_CANCELLABLE);
      }
      const fresh = (await this.repo.findByCode(booking.code, em))!;
      if (fresh.status === 'cancelled') return;
      if (fresh.status !== 'confirmed' && fresh.status !== 'waitlisted') {
        throw fail(BOOKINGS_ERRORS.BOOKING_NOT_CANCELLABLE, {
          detail: 'Đăng ký này đã được xử lý tại buổi tiếp, không thể hủy.',
        });
      }
      const patch = {
        status: 'cancelled' as const,
        cancelReason: 'citizen',
        cancelledAt: now,
        updatedAt: now,
        waitlistPosition: null,
      };
      if (!(await this.repo.transition(em, fresh.id, [fresh.status], patch))) return;
      await this.audit.recordIn(em, {
        action: 'action:cancel',
        entityType: 'booking',
        entityId: fresh.id,
        summary: 'booking cancelled by citizen',
      });
      if (fresh.status === 'confirmed') {
        await this.repo.releaseSeats(em, session.id, fresh.slotIndex, fresh.seats, fresh.form);
        if (session.status === 'published') await this.promoter.promote(em, session, fresh.slotIndex, now, fresh.form);
      }
    });
    seatsChanged(this.events, booking.sessionId, 'cancelled', now);
    return { code: booking.code, status: 'cancelled' };
  }
}
