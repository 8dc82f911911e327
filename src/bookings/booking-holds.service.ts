import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { fail } from '../common/errors/catalogue.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLockService } from '../database/job-lock.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { renderSms } from '../notifications/domain/sms-templates.js';
import type { BookingEntity } from './booking.entity.js';
import { seatsChanged } from './booking-events.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';
import { BookingCrypto } from './booking-crypto.js';
import { joinOf, type JoinDetails } from './booking-join.js';
import { slotTimes } from './booking-documents.js';
import { bookingMail } from './booking-mails.js';
import { BookingNotFoundError, DuplicateBookingError, violated } from './booking-rules.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { BookingSessions } from './booking-sessions.js';
import { bookingSms } from './booking-sms.js';
import type { BookingVerificationEntity } from './booking-verification.entity.js';
import { BookingsRepository } from './bookings.repository.js';
import { normalizeBookingCode, verifyManageToken } from './domain/booking-code.js';
import { afterWrongCode, holdState, normaliseOtp, sameHash } from './domain/verification.js';
import { BOOKINGS_ERRORS } from './errors.js';
import { WaitlistPromoter } from './waitlist-promoter.js';

/** A verified booking: confirmed (201) or in line (202). The manage token came with the pending answer. */
interface VerifiedCommon {
  code: string;
  slotStartsAt: string;
  sessionId: string;
  form: ReceptionForm;
  /** A confirmed online booking's meeting address and when it opens (only ever sent to the citizen who booked). */
  join: JoinDetails | null;
}
export type VerifiedBooking =
  (VerifiedCommon & { status: 'confirmed' }) | (VerifiedCommon & { status: 'waitlisted'; position: number });

type Outcome =
  { kind: 'gone' } | { kind: 'wrong'; left: number } | { kind: 'ok'; verification: BookingVerificationEntity };

/**
 * Bookings held until the citizen enters a one-time code (BOOKING_VERIFICATION=sms|email): sending the code, checking
 * it (single use, hashed at rest, MAX_CODE_ATTEMPTS then the hold is released), confirming the booking, and giving the
 * seats of expired holds back (lazily where seats are counted, and by a sweeper every minute under the job lock).
 */
@Injectable()
export class BookingHolds {
  private readonly logger = new Logger('BookingHolds');

  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly notifications: NotificationsService,
    private readonly promoter: WaitlistPromoter,
    private readonly audit: AuditService,
    private readonly jobs: JobLockService,
    private readonly events: EventEmitter2,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues the one-time code (SMS or e-mail), as a secret message: encrypted in the outbox, blanked once sent. */
  async sendCode(
    em: EntityManager,
    booking: BookingEntity,
    channel: 'sms' | 'email',
    otp: string,
    phone: string,
    email: string | null,
  ): Promise<void> {
    const values = { otp, minutes: this.settings.holdMinutes };
    const common = {
      kind: 'booking.otp',
      refType: 'booking',
      refId: booking.id,
      identitySealed: booking.petitionType === 'denunciation',
      secret: true,
    };
    if (channel === 'sms') {
      await this.notifications.enqueueSms(em, { ...common, phone, template: 'booking.otp', values });
      return;
    }
    await this.notifications.enqueue(em, {
      ...common,
      to: email!,
      subject: `Mã xác nhận đăng ký tiếp công dân – ${booking.code}`,
      text: renderSms('booking.otp', values).text,
    });
  }

  /** Seats of a session's expired holds, by slot (for the slot grid: they are free already). */
  async expiredSeats(sessionId: string): Promise<{ slotIndex: number; seats: number; form: ReceptionForm }[]> {
    const rows = await this.repo.expiredHolds(undefined, this.clock.now(), { sessionId });
    return rows.filter((r) => r.holdsSeats).map((r) => ({ slotIndex: r.slotIndex, seats: r.seats, form: r.form }));
  }

  /**
   * Inside a booking's transaction, when its slot looked full: releases the slot's expired holds and gives their seats
   * to the waitlist first (people in line come before a newcomer). True when something was released.
   */
  async releaseExpiredIn(
    em: EntityManager,
    sessionId: string,
    slotIndex: number,
    now: Date,
    form: ReceptionForm = 'in_person',
  ): Promise<boolean> {
    const expired = await this.repo.expiredHolds(em, now, { sessionId, slotIndex, form });
    if (expired.length === 0) return false;
    let released = 0;
    for (const h of expired) if (await this.release(em, h, 'hold_expired', now)) released++;
    if (released > 0) {
      const session = await this.sessionsOf.forBooking(em, sessionId);
      if (session) await this.promoter.promote(em, session, slotIndex, now, form);
    }
    return released > 0;
  }

  @Cron('30 * * * * *')
  async everyMinute(): Promise<void> {
    if (!this.config.jobsEnabled || this.settings.verification === 'off') return;
    await this.jobs.runExclusive('booking-holds', () => this.sweep());
  }

  /** Releases every expired hold (seats back, waitlist promoted). Safe to run any number of times. */
  async sweep(): Promise<{ released: number }> {
    const now = this.clock.now();
    const expired = await this.repo.expiredHolds(undefined, now);
    const bySlot = new Map<string, typeof expired>();
    for (const h of expired) {
      const key = `${h.sessionId}|${h.slotIndex}|${h.form}`;
      bySlot.set(key, [...(bySlot.get(key) ?? []), h]);
    }
    let released = 0;
    for (const holds of bySlot.values()) {
      const n = await this.tx.run(async (em) => {
        let n = 0;
        for (const h of holds) if (await this.release(em, h, 'hold_expired', now)) n++;
        const session = n > 0 ? await this.sessionsOf.forBooking(em, holds[0]!.sessionId) : null;
        if (session) await this.promoter.promote(em, session, holds[0]!.slotIndex, now, holds[0]!.form);
        return n;
      });
      if (n > 0) seatsChanged(this.events, holds[0]!.sessionId, 'hold_released', now);
      released += n;
    }
    if (released > 0) this.logger.log({ released }, 'Released expired booking holds');
    return { released };
  }

  /** Ends a pending hold: cancelled with `reason`, its seats back, its code deleted. False when it was no longer pending. */
  private async release(
    em: EntityManager,
    h: { id: string; sessionId: string; slotIndex: number; seats: number; form?: ReceptionForm; holdsSeats: boolean },
    reason: 'hold_expired' | 'verification_failed' | 'duplicate',
    now: Date,
  ): Promise<boolean> {
    const ok = await this.repo.transition(em, h.id, ['pending'], {
      status: 'cancelled',
      cancelReason: reason,
      cancelledAt: now,
      updatedAt: now,
    });
    await this.repo.deleteVerification(em, h.id);
    if (!ok) return false;
    if (h.holdsSeats) await this.repo.releaseSeats(em, h.sessionId, h.slotIndex, h.seats, h.form ?? 'in_person');
    await this.audit.recordIn(em, {
      action: 'update',
      entityType: 'booking',
      entityId: h.id,
      summary: `booking hold released (${reason})`,
    });
    return true;
  }

  /**
   * The citizen enters the code. A wrong code counts an attempt (422 with the attempts left; the last one releases the
   * hold); an expired or released hold answers 410; the right code confirms the booking (201) or puts it in line (202,
   * when the slot was full and the citizen asked for the waitlist). Only now is a duplicate refused (409): until the
   * code is verified, everybody gets the same answer.
   */
  async verify(rawCode: string, typed: string, token: string | undefined): Promise<VerifiedBooking> {
    const code = normalizeBookingCode(rawCode);
    const booking = code ? await this.repo.findByCode(code) : null;
    if (token !== undefined && token !== '') {
      const ok = verifyManageToken(token, booking?.manageTokenHash ?? '0'.repeat(64));
      if (!ok) throw new BookingNotFoundError();
    }
    if (!booking) throw new BookingNotFoundError();
    if (booking.status !== 'pending') {
      if (booking.status === 'cancelled' && /^(hold_expired|verification_failed)$/.test(booking.cancelReason ?? ''))
        throw fail(BOOKINGS_ERRORS.VERIFICATION_EXPIRED);
      throw new BookingNotFoundError();
    }
    const otp = normaliseOtp(typed);
    const now = this.clock.now();
    try {
      return await this.verifyHold(booking, otp, now);
    } finally {
      // Whatever the outcome, the hold's transactions are over: its seats may have been released or confirmed.
      seatsChanged(this.events, booking.sessionId, 'hold_verified', now);
    }
  }

  private async verifyHold(booking: BookingEntity, otp: string | null, now: Date): Promise<VerifiedBooking> {
    const facts = { ...booking, holdsSeats: true };
    const outcome = await this.tx.run(async (em): Promise<Outcome> => {
      const v = await this.repo.findVerification(em, booking.id);
      if (!v) return { kind: 'gone' };
      const hold = { ...facts, holdsSeats: v.holdsSeats };
      const state = holdState(v, now);
      if (state !== 'open') {
        await this.release(em, hold, state === 'expired' ? 'hold_expired' : 'verification_failed', now);
        return { kind: 'gone' };
      }
      if (otp === null || !sameHash(this.crypto.otpHash(booking.id, otp), v.codeHash)) {
        const after = afterWrongCode(v.attempts);
        await this.repo.countWrongCode(em, booking.id);
        if (after.release) {
          await this.release(em, hold, 'verification_failed', now);
          return { kind: 'gone' };
        }
        return { kind: 'wrong', left: after.left };
      }
      return { kind: 'ok', verification: v };
    });
    if (outcome.kind === 'gone') throw fail(BOOKINGS_ERRORS.VERIFICATION_EXPIRED);
    if (outcome.kind === 'wrong')
      throw fail(BOOKINGS_ERRORS.VERIFICATION_CODE_WRONG, { extra: { attemptsLeft: outcome.left } });
    const v = outcome.verification;
    try {
      return await this.tx.run((em) => this.confirm(em, booking, v, now));
    } catch (e) {
      const which = violated(e);
      if (which !== 'citizen' && which !== 'attendee') throw e;
      await this.tx.run((em) => this.release(em, { ...booking, holdsSeats: v.holdsSeats }, 'duplicate', now));
      throw new DuplicateBookingError(which);
    }
  }

  private async confirm(
    em: EntityManager,
    booking: BookingEntity,
    v: BookingVerificationEntity,
    now: Date,
  ): Promise<VerifiedBooking> {
    const session = await this.sessionsOf.forBooking(em, booking.sessionId);
    if (!session) throw new BookingNotFoundError();
    if (session.status === 'cancelled') {
      await this.release(em, { ...booking, holdsSeats: v.holdsSeats }, 'hold_expired', now);
      throw fail(BOOKINGS_ERRORS.SESSION_CANCELLED);
    }
    const form = booking.form ?? 'in_person';
    let confirmed = v.holdsSeats;
    if (!confirmed) confirmed = await this.repo.takeSeats(em, session.id, booking.slotIndex, booking.seats, form);
    const waitlistPosition = confirmed
      ? null
      : await this.repo.nextWaitlistSeq(em, session.id, booking.slotIndex, form);
    const patch = {
      status: confirmed ? ('confirmed' as const) : ('waitlisted' as const),
      waitlistPosition,
      updatedAt: now,
    };
    if (!(await this.repo.transition(em, booking.id, ['pending'], patch))) throw new BookingNotFoundError();
    Object.assign(booking, patch);
    await this.repo.activateAttendees(em, booking.id);
    await this.repo.deleteVerification(em, booking.id);
    await this.audit.recordIn(em, {
      action: 'update',
      entityType: 'booking',
      entityId: booking.id,
      summary: `booking verified: ${booking.status}`,
    });
    const position = confirmed
      ? null
      : (await this.repo.waitlisted(em, session.id, booking.slotIndex, form)).findIndex((b) => b.id === booking.id) + 1;
    const meetingUrl = form === 'online' && confirmed ? this.sessionsOf.meetingUrl(session) : null;
    const join = joinOf(booking, session, meetingUrl, this.settings.joinOpensMinutesBefore);
    const ctx = { ...(await this.sessionsOf.context(session, em)), meetingUrl };
    const kind = confirmed ? 'confirmed' : 'waitlisted';
    const dedupeKey = `booking-created:${booking.id}`;
    const email = this.crypto.email(booking);
    if (email)
      await this.notifications.enqueue(em, bookingMail(kind, booking, ctx, email, now, { position, dedupeKey }));
    if (this.notifications.smsEnabled)
      await this.notifications.enqueueSms(
        em,
        bookingSms(kind, booking, ctx, this.crypto.phone(booking), this.config.publicBaseUrl, { position, dedupeKey }),
      );
    const slotStartsAt = slotTimes(session, booking.slotIndex).startsAt.toISOString();
    const common = { code: booking.code, slotStartsAt, sessionId: session.id, form, join };
    return confirmed ? { ...common, status: 'confirmed' } : { ...common, status: 'waitlisted', position: position! };
  }
}
