import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DomainError } from '../common/errors/domain-error.js';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { BookingEntity } from './booking.entity.js';
import { BookingCrypto } from './booking-crypto.js';
import { checkBookingInput, type CheckedBookingInput } from './booking-input.js';
import { localWhen, slotTimes } from './booking-documents.js';
import { bookingMail } from './booking-mails.js';
import {
  assertBookable,
  DuplicateBookingError,
  NotEnoughSeatsError,
  SESSION_WHAT,
  SlotFullError,
  formSlotsOf,
  seatsLeftOf,
  type FormSlot,
  slotIndexOf,
  violated,
} from './booking-rules.js';
import { joinOf, type JoinDetails } from './booking-join.js';
import { chooseForm, formLabel, type ReceptionForm, seatsByForm } from '../sessions/domain/online-reception.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { Metrics } from '../common/metrics/metrics.js';
import { CitizenRateLimiter } from './citizen-rate-limiter.js';
import { generateBookingCode, generateManageToken, hashToken } from './domain/booking-code.js';
import type { CreateBookingBody } from './dto/create-booking.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { BOOKINGS_ERRORS } from './errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bookingSms } from './booking-sms.js';
import { BookingVerificationEntity } from './booking-verification.entity.js';
import { generateOtp, holdExpiry } from './domain/verification.js';
import { BookingHolds } from './booking-holds.service.js';
import { seatsChanged } from './booking-events.js';

interface CreatedCommon {
  code: string;
  manageToken: string;
  slotStartsAt: string;
  sessionId: string;
  form: ReceptionForm;
  /** A confirmed online booking's meeting address and when it opens (only ever sent to the citizen who booked). */
  join: JoinDetails | null;
}

export type CreatedBooking =
  | (CreatedCommon & { status: 'confirmed' })
  | (CreatedCommon & { status: 'pending'; verification: 'sms' | 'email'; expiresAt: string })
  | (CreatedCommon & { status: 'waitlisted'; position: number });

const CODE_ATTEMPTS = 3;

/** Public side of bookings: the slot grid and taking a seat (or a place in line) without ever overbooking. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly tx: TransactionRunner,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly limiter: CitizenRateLimiter,
    @Inject(Metrics) private readonly metrics: Metrics,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly holds: BookingHolds,
    private readonly events: EventEmitter2,
  ) {}

  /** Slots of a published session that has not started. Anything else is 404 (citizens only see published sessions). */
  async slots(sessionId: string): Promise<FormSlot[]> {
    return this.slotsOfSession(await this.sessionsOf.find(sessionId));
  }

  /** `slots` of a session record the caller has already read (one read of the session for a page). */
  async slotsOfSession(session: SessionRecord | null): Promise<FormSlot[]> {
    if (!session || session.status !== 'published' || session.startsAt.getTime() <= this.clock.now().getTime())
      throw new NotFoundError(SESSION_WHAT);
    const sessionId = session.id;
    const rows = (await this.repo.slotsOf(sessionId)).map((r) => ({
      slotIndex: r.slotIndex,
      form: r.form,
      taken: r.taken,
    }));
    // Seats of pending holds whose time is up are free already, before the sweeper releases them.
    for (const h of await this.holds.expiredSeats(sessionId)) {
      const row = rows.find((r) => r.slotIndex === h.slotIndex && (r.form ?? 'in_person') === h.form);
      if (row) row.taken = Math.max(0, row.taken - h.seats);
    }
    return formSlotsOf(session, rows);
  }

  /**
   * The form of the booking, refusing one the session does not offer (400) and an online booking of a recorded
   * session without consent (422, offering the in-person form, with the in-person seats left when the session is hybrid).
   */
  private async formFor(em: EntityManager, session: SessionRecord, dto: CreateBookingBody): Promise<ReceptionForm> {
    const mode = session.mode ?? 'in_person';
    const choice = chooseForm(mode, dto.form);
    if (!choice.ok)
      throw fail(BOOKINGS_ERRORS.FORM_NOT_OFFERED, {
        errors: [
          {
            field: 'form',
            message: `Buổi tiếp này chỉ tổ chức ${choice.offered.map((f) => formLabel(f)).join(' và ')}.`,
          },
        ],
      });
    if (choice.form === 'online' && session.recordsOnline && dto.recordingConsent !== true) {
      const inPerson =
        mode === 'hybrid'
          ? formSlotsOf(session, await this.repo.slotsOf(session.id, em))
              .filter((s) => s.remainingInPerson > 0)
              .map((s) => ({ startsAt: s.startsAt, remaining: s.remainingInPerson }))
          : [];
      const offer =
        mode === 'hybrid'
          ? inPerson.length > 0
            ? ` Buổi tiếp này còn chỗ tiếp trực tiếp ở các khung giờ ${inPerson.map((s) => localWhen(new Date(s.startsAt), session.timeZone).slice(0, 5)).join(', ')}; công dân có thể đăng ký lại với hình thức trực tiếp.`
            : ' Buổi tiếp này hiện đã hết chỗ tiếp trực tiếp; công dân có thể đăng ký buổi tiếp trực tiếp khác.'
          : ' Công dân có thể đăng ký một buổi tiếp trực tiếp.';
      throw fail(BOOKINGS_ERRORS.RECORDING_CONSENT_REQUIRED, {
        detail:
          `Buổi tiếp trực tuyến này được ghi hình (mục đích: ${session.recordingPurpose ?? ''}; lưu ${session.recordingRetentionDays ?? 0} ngày). ` +
          `Không đồng ý ghi hình thì không đăng ký trực tuyến được.${offer}`,
        extra: { offeredForm: 'in_person', inPersonSlots: inPerson },
      });
    }
    return choice.form;
  }

  /**
   * Seats left per session (all its slots) for a calendar page, in one query; only sessions whose slots `slots()`
   * would show (published, not started) are in the map.
   */
  async seatsLeft(sessions: readonly SessionRecord[]): Promise<Map<string, number>> {
    const now = this.clock.now().getTime();
    const open = sessions.filter((s) => s.status === 'published' && s.startsAt.getTime() > now);
    const rows = await this.repo.slotsOfMany(open.map((s) => s.id));
    const bySession = new Map<string, typeof rows>();
    for (const r of rows) {
      const list = bySession.get(r.sessionId);
      if (list) list.push(r);
      else bySession.set(r.sessionId, [r]);
    }
    const out = new Map<string, number>();
    for (const s of open) out.set(s.id, seatsLeftOf(s, bySession.get(s.id) ?? []));
    return out;
  }

  /**
   * The checks of `create` that need no database (field formats, the group rules of Decree 124/2020), for a form that
   * shows them before the citizen confirms (the website's check page). `create` runs them again.
   */
  check(dto: CreateBookingBody): void {
    checkBookingInput(dto, this.clock.now().getUTCFullYear());
  }

  /** Books a place; counts the outcome (`confirmed`, `waitlisted`, or the refusal's error code) in the metrics. */
  async create(dto: CreateBookingBody): Promise<CreatedBooking> {
    try {
      const created = await this.createOnce(dto);
      this.metrics.bookings.inc({ outcome: created.status });
      return created;
    } catch (e) {
      this.metrics.bookings.inc({ outcome: e instanceof DomainError ? e.code.toLowerCase() : 'error' });
      throw e;
    }
  }

  private async createOnce(dto: CreateBookingBody): Promise<CreatedBooking> {
    const now = this.clock.now();
    const input = checkBookingInput(dto, now.getUTCFullYear());
    const idIndex = this.crypto.idIndex(input.idNumber);
    // Everyone the booking brings, by blind index. Each counts against the per-ID limit: naming someone as a
    // representative over and over must not become a way to probe whether that person booked.
    const attendees = [idIndex, ...input.representatives.map((r) => this.crypto.idIndex(r.idNumber))];
    for (const index of attendees) await this.limiter.hit(index, now.getTime());
    // While a key rotation runs, places held before it may carry the index of an older key, which the unique index
    // cannot compare with the current one: look for them too (nothing to do with a single key).
    const older = {
      booker: this.crypto.olderIdIndexes(input.idNumber),
      others: input.representatives.flatMap((r) => this.crypto.olderIdIndexes(r.idNumber)),
    };
    const verification = this.settings.verification;
    if (verification === 'email' && !input.email) throw fail(BOOKINGS_ERRORS.VERIFICATION_EMAIL_REQUIRED);
    if (verification !== 'off') await this.limiter.hitPhone(this.crypto.phoneIndex(input.phone), now.getTime());
    const calendar = await this.calendar.calendar();
    for (let attempt = 1; ; attempt += 1) {
      const code = generateBookingCode();
      const manageToken = generateManageToken();
      try {
        const created = await this.tx.runGrouped((em) =>
          this.book(em, dto, input, attendees, older, code, manageToken, calendar, now),
        );
        // Committed: the seats (or the place in line) are taken.
        seatsChanged(this.events, created.sessionId, 'booked', now);
        return created;
      } catch (e) {
        const which = violated(e);
        if (which === 'citizen') throw new DuplicateBookingError('citizen');
        // Someone of the booking already holds a place: the booker themselves, or one of the representatives.
        if (which === 'attendee')
          throw new DuplicateBookingError(
            (await this.repo.holdsPlace(dto.sessionId, idIndex)) ? 'citizen' : 'attendee',
          );
        if (which === 'code' && attempt < CODE_ATTEMPTS) continue;
        throw e;
      }
    }
  }

  private async book(
    em: EntityManager,
    dto: CreateBookingBody,
    input: CheckedBookingInput,
    attendees: readonly string[],
    older: { booker: readonly string[]; others: readonly string[] },
    code: string,
    manageToken: string,
    calendar: Awaited<ReturnType<CalendarService['calendar']>>,
    now: Date,
  ): Promise<CreatedBooking> {
    const session = await this.sessionsOf.forBooking(em, dto.sessionId);
    assertBookable(session, calendar, this.settings.cutoff, now);
    if (older.booker.length > 0 && (await this.repo.holdsAnyPlace(em, session.id, older.booker)))
      throw new DuplicateBookingError('citizen');
    if (older.others.length > 0 && (await this.repo.holdsAnyPlace(em, session.id, older.others)))
      throw new DuplicateBookingError('attendee');
    const form = await this.formFor(em, session, dto);
    const slotIndex = slotIndexOf(session, dto.slotStartsAt);
    if (slotIndex === null) {
      throw fail(BOOKINGS_ERRORS.SLOT_NOT_FOUND, {
        errors: [{ field: 'slotStartsAt', message: 'Không phải giờ bắt đầu của một khung giờ.' }],
      });
    }
    // No SELECT for duplicates first: the partial unique index decides, and its violation rolls the seat back.
    let confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats, form);
    if (!confirmed && !(await this.repo.findSlot(em, session.id, slotIndex, form))) {
      const seats = seatsByForm(session.mode ?? 'in_person', session.seatsPerSlot, session.onlineSeatsPerSlot ?? null);
      await this.repo.ensureSlot(em, session.id, slotIndex, seats[form], form);
      confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats, form);
    }
    if (!confirmed) {
      // Pending holds whose time is up still count in `taken`: give their seats back now, then try again.
      if (await this.holds.releaseExpiredIn(em, session.id, slotIndex, now, form))
        confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats, form);
    }
    if (!confirmed && !dto.waitlist) {
      // Only on refusal: read what is left (locked on PostgreSQL), so a group that does not fit is told how many seats
      // remain. Seats freed in the meantime (a cancellation) are taken now instead.
      const remaining = await this.repo.remainingSeats(em, session.id, slotIndex, form);
      if (remaining >= input.seats) confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats, form);
      if (!confirmed)
        throw remaining > 0 && remaining < input.seats
          ? new NotEnoughSeatsError(remaining, input.seats)
          : new SlotFullError();
    }
    // With BOOKING_VERIFICATION on, the booking is a pending hold: its seats are counted, its people take no place yet
    // (so the answer is the same whether or not they already booked), and its place in line is given on verification.
    const hold = this.settings.verification !== 'off';
    const waitlistPosition =
      confirmed || hold ? null : await this.repo.nextWaitlistSeq(em, session.id, slotIndex, form);

    const id = newId();
    const booking = Object.assign(new BookingEntity(), {
      id,
      code,
      sessionId: session.id,
      slotIndex,
      status: hold ? 'pending' : confirmed ? 'confirmed' : 'waitlisted',
      fullName: input.fullName,
      salutation: dto.salutation ?? null,
      idNumberIndex: attendees[0]!,
      idKind: input.idKind,
      ...this.crypto.seal(id, {
        idNumber: input.idNumber,
        phone: input.phone,
        email: input.email,
        representatives: input.representatives,
      }),
      address: input.address,
      topic: input.topic,
      petitionType: dto.petitionType ?? null,
      groupSize: input.groupSize,
      seats: input.seats,
      manageTokenHash: hashToken(manageToken),
      waitlistPosition,
      cancelReason: null,
      cancelledAt: null,
      promotedAt: null,
      checkedInAt: null,
      noShowAt: null,
      form,
      recordingConsent: form === 'online' && session.recordsOnline ? true : null,
      identityCheckedBy: null,
      identityCheckedAt: null,
      createdAt: now,
      updatedAt: now,
    } satisfies BookingEntity);
    await this.repo.insert(em, booking);
    await this.repo.insertAttendees(em, booking, attendees, !hold);
    await this.audit.recordIn(em, {
      action: 'create',
      entityType: 'booking',
      entityId: booking.id,
      summary: `booking ${booking.status} ${form}`,
    });

    const slotStartsAt = slotTimes(session, slotIndex).startsAt.toISOString();
    if (hold) {
      const channel = this.settings.verification as 'sms' | 'email';
      const otp = generateOtp();
      const expiresAt = holdExpiry(now, this.settings.holdMinutes);
      await this.repo.insertVerification(
        em,
        Object.assign(new BookingVerificationEntity(), {
          bookingId: id,
          codeHash: this.crypto.otpHash(id, otp),
          attempts: 0,
          channel,
          holdsSeats: confirmed,
          wantsWaitlist: !confirmed,
          expiresAt,
          createdAt: now,
        }),
      );
      await this.holds.sendCode(em, booking, channel, otp, input.phone, input.email);
      return {
        code,
        manageToken,
        status: 'pending',
        verification: channel,
        expiresAt: expiresAt.toISOString(),
        slotStartsAt,
        sessionId: session.id,
        form,
        join: null,
      };
    }
    const position = confirmed
      ? null
      : (await this.repo.waitlisted(em, session.id, slotIndex, form)).findIndex((b) => b.id === booking.id) + 1;
    const meetingUrl = form === 'online' ? this.sessionsOf.meetingUrl(session) : null;
    const join = joinOf(booking, session, meetingUrl, this.settings.joinOpensMinutesBefore);
    if (input.email) {
      const ctx = { ...(await this.sessionsOf.context(session, em)), meetingUrl };
      await this.notifications.enqueue(
        em,
        bookingMail(confirmed ? 'confirmed' : 'waitlisted', booking, ctx, input.email, now, {
          position,
          dedupeKey: `booking-created:${booking.id}`,
        }),
      );
    }
    if (this.notifications.smsEnabled) {
      const ctx = { ...(await this.sessionsOf.context(session, em)), meetingUrl };
      await this.notifications.enqueueSms(
        em,
        bookingSms(confirmed ? 'confirmed' : 'waitlisted', booking, ctx, input.phone, this.config.publicBaseUrl, {
          position,
          dedupeKey: `booking-created:${booking.id}`,
        }),
      );
    }
    const common = { code, manageToken, slotStartsAt, sessionId: session.id, form, join };
    return confirmed ? { ...common, status: 'confirmed' } : { ...common, status: 'waitlisted', position: position! };
  }
}
