import { Inject, Injectable } from '@nestjs/common';
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
import { slotTimes } from './booking-documents.js';
import { bookingMail } from './booking-mails.js';
import {
  assertBookable,
  DuplicateBookingError,
  NotEnoughSeatsError,
  SESSION_WHAT,
  SlotFullError,
  slotIndexOf,
  slotsOf,
  violated,
} from './booking-rules.js';
import { BOOKING_SETTINGS, type BookingSettings } from './booking-settings.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { CitizenRateLimiter } from './citizen-rate-limiter.js';
import { generateBookingCode, generateManageToken, hashToken } from './domain/booking-code.js';
import type { Slot } from './domain/slots.js';
import type { CreateBookingBody } from './dto/create-booking.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { BOOKINGS_ERRORS } from './errors.js';

export type CreatedBooking =
  | { code: string; manageToken: string; status: 'confirmed'; slotStartsAt: string; sessionId: string }
  | {
      code: string;
      manageToken: string;
      status: 'waitlisted';
      position: number;
      slotStartsAt: string;
      sessionId: string;
    };

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
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(BOOKING_SETTINGS) private readonly settings: BookingSettings,
  ) {}

  /** Slots of a published session that has not started. Anything else is 404 (citizens only see published sessions). */
  async slots(sessionId: string): Promise<Slot[]> {
    const session = await this.sessionsOf.find(sessionId);
    if (!session || session.status !== 'published' || session.startsAt.getTime() <= this.clock.now().getTime())
      throw new NotFoundError(SESSION_WHAT);
    const taken = new Map((await this.repo.slotsOf(sessionId)).map((s) => [s.slotIndex, s.taken]));
    return slotsOf(session, taken);
  }

  /**
   * The checks of `create` that need no database (field formats, the group rules of Decree 124/2020), for a form that
   * shows them before the citizen confirms (the website's check page). `create` runs them again.
   */
  check(dto: CreateBookingBody): void {
    checkBookingInput(dto, this.clock.now().getUTCFullYear());
  }

  async create(dto: CreateBookingBody): Promise<CreatedBooking> {
    const now = this.clock.now();
    const input = checkBookingInput(dto, now.getUTCFullYear());
    const idIndex = this.crypto.idIndex(input.idNumber);
    // Everyone the booking brings, by blind index. Each counts against the per-ID limit: naming someone as a
    // representative over and over must not become a way to probe whether that person booked.
    const attendees = [idIndex, ...input.representatives.map((r) => this.crypto.idIndex(r.idNumber))];
    for (const index of attendees) this.limiter.hit(index, now.getTime());
    const calendar = await this.calendar.calendar();
    for (let attempt = 1; ; attempt += 1) {
      const code = generateBookingCode();
      const manageToken = generateManageToken();
      try {
        return await this.tx.runGrouped((em) => this.book(em, dto, input, attendees, code, manageToken, calendar, now));
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
    code: string,
    manageToken: string,
    calendar: Awaited<ReturnType<CalendarService['calendar']>>,
    now: Date,
  ): Promise<CreatedBooking> {
    const session = await this.sessionsOf.forBooking(em, dto.sessionId);
    assertBookable(session, calendar, this.settings.cutoff, now);
    const slotIndex = slotIndexOf(session, dto.slotStartsAt);
    if (slotIndex === null) {
      throw fail(BOOKINGS_ERRORS.SLOT_NOT_FOUND, {
        errors: [{ field: 'slotStartsAt', message: 'Không phải giờ bắt đầu của một khung giờ.' }],
      });
    }
    // No SELECT for duplicates first: the partial unique index decides, and its violation rolls the seat back.
    let confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats);
    if (!confirmed && !(await this.repo.findSlot(em, session.id, slotIndex))) {
      await this.repo.ensureSlot(em, session.id, slotIndex, session.seatsPerSlot);
      confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats);
    }
    if (!confirmed && !dto.waitlist) {
      // Only on refusal: read what is left (locked on PostgreSQL), so a group that does not fit is told how many seats
      // remain. Seats freed in the meantime (a cancellation) are taken now instead.
      const remaining = await this.repo.remainingSeats(em, session.id, slotIndex);
      if (remaining >= input.seats) confirmed = await this.repo.takeSeats(em, session.id, slotIndex, input.seats);
      if (!confirmed)
        throw remaining > 0 && remaining < input.seats
          ? new NotEnoughSeatsError(remaining, input.seats)
          : new SlotFullError();
    }
    const waitlistPosition = confirmed ? null : await this.repo.nextWaitlistSeq(em, session.id, slotIndex);

    const id = newId();
    const booking = Object.assign(new BookingEntity(), {
      id,
      code,
      sessionId: session.id,
      slotIndex,
      status: confirmed ? 'confirmed' : 'waitlisted',
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
      createdAt: now,
      updatedAt: now,
    } satisfies BookingEntity);
    await this.repo.insert(em, booking);
    await this.repo.insertAttendees(em, booking, attendees);
    await this.audit.recordIn(em, {
      action: 'create',
      entityType: 'booking',
      entityId: booking.id,
      summary: `booking ${booking.status}`,
    });

    const slotStartsAt = slotTimes(session, slotIndex).startsAt.toISOString();
    const position = confirmed
      ? null
      : (await this.repo.waitlisted(em, session.id, slotIndex)).findIndex((b) => b.id === booking.id) + 1;
    if (input.email) {
      const ctx = await this.sessionsOf.context(session, em);
      await this.notifications.enqueue(
        em,
        bookingMail(confirmed ? 'confirmed' : 'waitlisted', booking, ctx, input.email, now, {
          position,
          dedupeKey: `booking-created:${booking.id}`,
        }),
      );
    }
    return confirmed
      ? { code, manageToken, status: 'confirmed', slotStartsAt, sessionId: session.id }
      : { code, manageToken, status: 'waitlisted', position: position!, slotStartsAt, sessionId: session.id };
  }
}
