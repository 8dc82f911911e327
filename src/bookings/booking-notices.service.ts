import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { OnEvent } from '@nestjs/event-emitter';
import { DateTime } from '../common/time/luxon.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { previousWorkingDay } from '../calendar/domain/working-days.js';
import { Clock } from '../common/time/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLockService } from '../database/job-lock.service.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SESSION_CHANGED, type SessionChangedEvent } from '../sessions/session-events.js';
import { BookingCrypto } from './booking-crypto.js';
import { bookingMail } from './booking-mails.js';
import { bookingSms } from './booking-sms.js';
import { BookingSessions } from './booking-sessions.js';
import { BookingsRepository } from './bookings.repository.js';

/** Local hour on the working day before a session from which its reminder goes out. */
export const REMINDER_HOUR = 8;
const LOOKAHEAD_DAYS = 20;

/**
 * E-mails that are not the answer to a citizen's request: the reminder on the working day before the session (once per
 * booking, guarded by the outbox's dedupe key, not by timing), and the notice to every booking when the office moves,
 * delegates or cancels a session (event `session.changed`, delivered after the sessions module committed).
 */
@Injectable()
export class BookingNoticesService {
  private readonly logger = new Logger('BookingNotices');

  constructor(
    private readonly repo: BookingsRepository,
    private readonly sessionsOf: BookingSessions,
    private readonly tx: TransactionRunner,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly crypto: BookingCrypto,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobLockService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @OnEvent(SESSION_CHANGED, { async: true, promisify: true, suppressErrors: true })
  async onSessionChanged(event: SessionChangedEvent): Promise<void> {
    try {
      await this.tellBookings(event);
    } catch (err) {
      this.logger.error({ err, sessionId: event.sessionId }, 'Could not tell the bookings of a changed session');
    }
  }

  /** Tells every active booking of the session; a cancelled session also ends its bookings. Returns messages queued. */
  async tellBookings(event: Pick<SessionChangedEvent, 'sessionId' | 'kind' | 'reason' | 'sequence'>): Promise<number> {
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      const session = await this.sessionsOf.find(event.sessionId, em);
      if (!session) return 0;
      const cancelled = session.status === 'cancelled';
      const bookings = await this.repo.withStatus([session.id], ['confirmed', 'waitlisted'], em);
      if (bookings.length === 0) return 0;
      const ctx = await this.sessionsOf.context(session, em);
      let queued = 0;
      for (const b of bookings) {
        if (cancelled) {
          const patch = {
            status: 'cancelled' as const,
            cancelReason: 'session_cancelled',
            cancelledAt: now,
            updatedAt: now,
            waitlistPosition: null,
          };
          if (!(await this.repo.transition(em, b.id, [b.status], patch))) continue;
          Object.assign(b, patch);
        }
        const kind = cancelled ? 'session_cancelled' : event.kind === 'moved' ? 'session_moved' : 'session_changed';
        const dedupeKey = `booking-session:${b.id}:${session.sequence}`;
        // By SMS too, to the phone every booking has (most citizens give no e-mail address).
        if (this.notifications.smsEnabled)
          await this.notifications.enqueueSms(
            em,
            bookingSms(kind, b, ctx, this.crypto.phone(b), this.config.publicBaseUrl, {
              reason: event.reason,
              dedupeKey,
            }),
          );
        const to = this.crypto.email(b);
        if (!to) continue;
        const ok = await this.notifications.enqueue(
          em,
          bookingMail(kind, b, ctx, to, now, { reason: event.reason, dedupeKey }),
        );
        if (ok) queued += 1;
      }
      return queued;
    });
  }

  @Cron('0 5 * * * *')
  async hourly(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    await this.jobs.runExclusive('booking-reminders', () => this.sendReminders());
  }

  /**
   * Queues the reminder of every confirmed booking whose session is on the next working day (from REMINDER_HOUR local
   * on the working day before, until the session starts). Safe to run any number of times: one reminder per booking.
   */
  async sendReminders(): Promise<{ queued: number }> {
    const now = this.clock.now();
    const cal = await this.calendar.calendar();
    const sessions = await this.sessionsOf.publishedStartingBetween(
      now,
      new Date(now.getTime() + LOOKAHEAD_DAYS * 86_400_000),
    );
    const due = sessions.filter((s) => {
      const local = DateTime.fromJSDate(now).setZone(s.timeZone);
      const day = previousWorkingDay(cal, s.localDate);
      const today = local.toISODate()!;
      return today > day || (today === day && local.hour >= REMINDER_HOUR);
    });
    if (due.length === 0) return { queued: 0 };
    const bookings = await this.repo.withStatus(
      due.map((s) => s.id),
      ['confirmed'],
    );
    let queued = 0;
    for (const session of due) {
      const sms = this.notifications.smsEnabled;
      const mine = bookings.filter((b) => b.sessionId === session.id && (sms || b.emailEnc !== null));
      if (mine.length === 0) continue;
      queued += await this.tx.run(async (em) => {
        const ctx = await this.sessionsOf.context(session, em);
        let n = 0;
        for (const b of mine) {
          const dedupeKey = `booking-reminder:${b.id}`;
          if (sms)
            await this.notifications.enqueueSms(
              em,
              bookingSms('reminder', b, ctx, this.crypto.phone(b), this.config.publicBaseUrl, { dedupeKey }),
            );
          const to = this.crypto.email(b);
          if (to && (await this.notifications.enqueue(em, bookingMail('reminder', b, ctx, to, now, { dedupeKey }))))
            n += 1;
        }
        return n;
      });
    }
    return { queued };
  }
}
