import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { bookingSms } from './booking-sms.js';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import type { BookingEntity } from './booking.entity.js';
import { BookingCrypto } from './booking-crypto.js';
import { bookingMail } from './booking-mails.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';
import { promotionsFor } from './domain/waitlist.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';

/**
 * Gives freed seats of a slot to the waitlist, first-fit in line order (a group that does not fit keeps its place and
 * does not block those behind it), inside the caller's transaction, and tells each promoted person by e-mail.
 * Each promotion takes its seats through the same guarded update as a new booking.
 */
@Injectable()
export class WaitlistPromoter {
  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly crypto: BookingCrypto,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async promote(
    em: EntityManager,
    session: SessionRecord,
    slotIndex: number,
    now: Date,
    form: ReceptionForm = 'in_person',
  ): Promise<BookingEntity[]> {
    const slot = await this.repo.findSlot(em, session.id, slotIndex, form);
    if (!slot) return [];
    const line = await this.repo.waitlisted(em, session.id, slotIndex, form);
    const entries = line.map((b) => ({
      id: b.id,
      position: b.waitlistPosition ?? Number.MAX_SAFE_INTEGER,
      createdAt: b.createdAt.toISOString(),
      seats: b.seats,
      booking: b,
    }));
    const promoted: BookingEntity[] = [];
    for (const entry of promotionsFor(entries, Math.max(0, slot.seats - slot.taken))) {
      if (!(await this.repo.takeSeats(em, session.id, slotIndex, entry.seats, form))) continue;
      const patch = { status: 'confirmed' as const, waitlistPosition: null, promotedAt: now, updatedAt: now };
      if (!(await this.repo.transition(em, entry.id, ['waitlisted'], patch))) {
        await this.repo.releaseSeats(em, session.id, slotIndex, entry.seats, form);
        continue;
      }
      promoted.push(Object.assign(entry.booking, patch));
    }
    if (promoted.length > 0) {
      const ctx = await this.sessionsOf.context(session, em);
      for (const b of promoted) {
        if (this.notifications.smsEnabled)
          await this.notifications.enqueueSms(
            em,
            bookingSms('promoted', b, ctx, this.crypto.phone(b), this.config.publicBaseUrl, {
              dedupeKey: `booking-promoted:${b.id}`,
            }),
          );
        const to = this.crypto.email(b);
        if (to)
          await this.notifications.enqueue(
            em,
            bookingMail('promoted', b, ctx, to, now, { dedupeKey: `booking-promoted:${b.id}` }),
          );
      }
    }
    return promoted;
  }
}
