import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import type { SessionRecord } from './session-record.js';
import { SessionEntity } from './session.entity.js';
import { SessionsRepository } from './sessions.repository.js';
import { IN_PERSON_ONLY, type OnlineSettings } from './domain/online-reception.js';
import { MeetingUrlCipher } from './session-online.js';

/** A session a schedule (or the demo loader) plans: what the generator decides; the rest starts blank. */
export interface PlannedSession {
  scheduleId: string | null;
  officialId: string;
  venueId: string;
  unitId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  localDate: string;
  shiftedFrom: string | null;
  slotMinutes: number;
  seatsPerSlot: number;
  /** The schedule's form of reception (address in clear; sealed to each session here). In person when absent. */
  online?: OnlineSettings;
}

/** What a regeneration changes on a planned session it still owns. */
export interface Replan {
  startsAt: Date;
  endsAt: Date;
  shiftedFrom: string | null;
  venueId: string;
  slotMinutes: number;
  seatsPerSlot: number;
  online?: OnlineSettings;
  /** Citizens would see the change (time or place): SEQUENCE goes up. */
  visible: boolean;
}

/**
 * Sessions generated from schedules: the "generated", "replanned" and "removed" transitions, inside the schedule
 * module's transaction. The sessions module stays the only writer of the sessions table.
 */
@Injectable()
export class SessionGenerationService {
  constructor(
    private readonly repo: SessionsRepository,
    private readonly urls: MeetingUrlCipher,
  ) {}

  /** The online settings of a session (address in clear), to compare with its schedule's. */
  onlineOf(s: SessionRecord): OnlineSettings {
    return this.urls.settings(s, 'session');
  }

  /** Sessions of a schedule on or after a local date (every status). */
  ofScheduleWithin(em: EntityManager, scheduleId: string, fromDate: string): Promise<SessionRecord[]> {
    return this.repo.ofSchedule(scheduleId, fromDate, em);
  }

  /** Local dates on which the official has an active session, from a date on, except one schedule's. */
  activeDatesWithin(
    em: EntityManager,
    officialId: string,
    fromDate: string,
    exceptScheduleId: string | null,
  ): Promise<Set<string>> {
    return this.repo.activeDatesOf(officialId, fromDate, exceptScheduleId, em);
  }

  async replanWithin(em: EntityManager, current: SessionRecord, r: Replan, now: Date): Promise<void> {
    const { visible, online, ...changes } = r;
    await this.repo.save(
      em,
      Object.assign(
        new SessionEntity(),
        current,
        changes,
        online ? this.urls.columns(online, 'session', current.id) : {},
        {
          sequence: current.sequence + (visible ? 1 : 0),
          updatedAt: now,
        },
      ),
    );
  }

  removeWithin(em: EntityManager, ids: string[]): Promise<void> {
    return this.repo.deleteIds(em, ids);
  }

  /**
   * Inserts planned sessions, silently dropping those whose day the official already has (ux_sessions_official_day).
   * Returns the new rows' ids in input order, null for a dropped one.
   */
  async insertPlannedWithin(
    em: EntityManager,
    planned: readonly PlannedSession[],
    now: Date,
  ): Promise<(string | null)[]> {
    const rows = planned.map(({ online, ...p }) => {
      const id = newId();
      return Object.assign(new SessionEntity(), {
        id,
        ...p,
        ...this.urls.columns(online ?? IN_PERSON_ONLY, 'session', id),
        status: 'planned',
        adHoc: false,
        adHocReason: null,
        note: null,
        delegateOfficialId: null,
        heldByOfficialId: null,
        heldAt: null,
        publishedAt: null,
        publishOverrideReason: null,
        changeReason: null,
        modified: false,
        sequence: 0,
        createdAt: now,
        updatedAt: now,
      } satisfies SessionEntity);
    });
    const inserted = await this.repo.insertIgnoringTaken(em, rows);
    return rows.map((r) => (inserted.has(r.id) ? r.id : null));
  }
}
