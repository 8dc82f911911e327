import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionRecord } from './session-record.js';
import { SessionsRepository } from './sessions.repository.js';

/**
 * The read-only face of the sessions table for other modules (no scope check: the caller checks the session's unit).
 * `em` reads inside the caller's transaction.
 */
@Injectable()
export class SessionsReader {
  constructor(private readonly repo: SessionsRepository) {}

  find(id: string, em?: EntityManager): Promise<SessionRecord | null> {
    return this.repo.find(id, em);
  }

  /** The fields a booking needs of its session (every other field undefined), inside the booking's transaction. */
  forBookingWithin(em: EntityManager, id: string): Promise<SessionRecord | null> {
    return this.repo.forBooking(em, id);
  }

  /** Published sessions starting in [from, to) (booking reminders). */
  publishedStartingBetween(from: Date, to: Date): Promise<SessionRecord[]> {
    return this.repo.publishedStartingBetween(from, to);
  }

  /** A unit's public calendar: published sessions and cancelled ones that had been published, local dates [from, to]. */
  publicOfUnit(unitId: string, fromDate: string, toDate: string): Promise<SessionRecord[]> {
    return this.repo.publicOfUnit(unitId, fromDate, toDate);
  }

  /** Held sessions of some officials in a local-date range (compliance). */
  held(officialIds: string[], from: string, to: string): Promise<SessionRecord[]> {
    return this.repo.held(officialIds, from, to);
  }
}
