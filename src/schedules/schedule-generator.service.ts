import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import type { WorkingCalendar } from '../calendar/domain/calendar.types.js';
import { addDays } from '../calendar/domain/iso-date.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { SessionGenerationService } from '../sessions/session-generation.service.js';
import type { OnlineSettings } from '../sessions/domain/online-reception.js';
import { MeetingUrlCipher } from '../sessions/session-online.js';
import type { SkippedOccurrence } from './domain/schedule.types.js';
import { type GenerationConflict, type OwnSession, planGeneration } from './generation/generation-plan.js';
import { ScheduleEntity, ScheduleSkipEntity } from './schedule.entity.js';
import { SchedulesRepository } from './schedules.repository.js';

/** Sessions exist at least this many months ahead. */
export const HORIZON_MONTHS = 12;
/** Sessions this many days before a window are read too: a holiday move may cross the window's edge. */
const MARGIN_DAYS = 31;

export interface GenerationReport {
  from: string;
  to: string;
  created: number;
  updated: number;
  removed: number;
  skipped: SkippedOccurrence[];
  conflicts: GenerationConflict[];
}

const isoDay = (d: string | Date): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Turns schedules into sessions: on creation, on edit (future untouched planned sessions only) and daily ahead. */
@Injectable()
export class ScheduleGeneratorService {
  private readonly logger = new Logger('Schedules');

  constructor(
    private readonly schedules: SchedulesRepository,
    private readonly sessions: SessionGenerationService,
    private readonly calendar: CalendarService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly urls: MeetingUrlCipher,
  ) {}

  /** Comparable form of the online settings (in memory only: the address is in clear). */
  private static onlineKey(o: OnlineSettings): string {
    return JSON.stringify([
      o.mode,
      o.meetingUrl,
      o.onlineSeatsPerSlot,
      o.recordsOnline,
      o.recordingPurpose,
      o.recordingRetentionDays,
    ]);
  }

  /** Today in the schedule's zone (never the process TZ). */
  today(zone: string): string {
    return DateTime.fromJSDate(this.clock.now()).setZone(zone).toISODate()!;
  }

  horizon(zone: string): string {
    return DateTime.fromISO(this.today(zone), { zone }).plus({ months: HORIZON_MONTHS }).toISODate()!;
  }

  workingCalendar(): Promise<WorkingCalendar> {
    return this.calendar.calendar();
  }

  /**
   * (Re)plans the schedule's occurrences from `from` to its horizon inside the caller's transaction. `resetSkips`
   * forgets the skips recorded from `from` on (an edit); an extension only adds new ones.
   */
  async generateIn(
    em: EntityManager,
    s: ScheduleEntity,
    from: string,
    cal: WorkingCalendar,
    resetSkips: boolean,
  ): Promise<GenerationReport> {
    const horizon = this.horizon(s.timeZone);
    const to = s.validUntil && s.validUntil < horizon ? s.validUntil : horizon;
    const near = addDays(from, -MARGIN_DAYS);
    const ownRows = await this.sessions.ofScheduleWithin(em, s.id, near);
    const online = this.urls.settings(s, 'schedule');
    const onlineKey = ScheduleGeneratorService.onlineKey(online);
    const own: OwnSession[] = ownRows.map((r) => ({
      id: r.id,
      localDate: isoDay(r.localDate),
      shiftedFrom: r.shiftedFrom ? isoDay(r.shiftedFrom) : null,
      status: r.status,
      modified: !!r.modified,
      startsAt: new Date(r.startsAt).toISOString(),
      endsAt: new Date(r.endsAt).toISOString(),
      venueId: r.venueId,
      slotMinutes: r.slotMinutes,
      seatsPerSlot: r.seatsPerSlot,
      onlineKey:
        r.status === 'planned' && !r.modified ? ScheduleGeneratorService.onlineKey(this.sessions.onlineOf(r)) : '',
    }));
    const otherTaken = await this.sessions.activeDatesWithin(em, s.officialId, near, s.id);
    const plan = planGeneration({
      rule: { ...s, onlineKey },
      from,
      to,
      calendar: cal,
      otherTaken,
      own,
      inactive: !s.active,
    });
    const now = this.clock.now();

    const byId = new Map(ownRows.map((r) => [r.id, r]));
    for (const u of plan.update) {
      const row = byId.get(u.id)!;
      const visible =
        new Date(row.startsAt).toISOString() !== u.planned.startsAt ||
        new Date(row.endsAt).toISOString() !== u.planned.endsAt ||
        row.venueId !== s.venueId;
      await this.sessions.replanWithin(
        em,
        row,
        {
          startsAt: new Date(u.planned.startsAt),
          endsAt: new Date(u.planned.endsAt),
          shiftedFrom: u.planned.shiftedFrom,
          venueId: s.venueId,
          slotMinutes: s.slotMinutes,
          seatsPerSlot: s.seatsPerSlot,
          online,
          visible,
        },
        now,
      );
    }
    await this.sessions.removeWithin(em, plan.remove);

    const ids = await this.sessions.insertPlannedWithin(
      em,
      plan.insert.map((p) => ({
        scheduleId: s.id,
        officialId: s.officialId,
        venueId: s.venueId,
        unitId: s.unitId,
        startsAt: new Date(p.startsAt),
        endsAt: new Date(p.endsAt),
        timeZone: s.timeZone,
        localDate: p.localDate,
        shiftedFrom: p.shiftedFrom,
        slotMinutes: s.slotMinutes,
        seatsPerSlot: s.seatsPerSlot,
        online,
      })),
      now,
    );
    const created = ids.filter((id) => id !== null).length;
    // Lost a race on ux_sessions_official_day (another session took the day meanwhile): skipped and recorded.
    const raced: SkippedOccurrence[] = plan.insert
      .filter((_, i) => ids[i] === null)
      .map((p) =>
        p.shiftedFrom
          ? { occurrenceDate: p.occurrenceDate, reason: 'date_taken', wouldMoveTo: p.localDate }
          : { occurrenceDate: p.occurrenceDate, reason: 'date_taken' },
      );
    const skipped = [...plan.skips, ...raced].sort((a, b) => (a.occurrenceDate < b.occurrenceDate ? -1 : 1));

    if (resetSkips) await this.schedules.deleteSkipsFrom(em, s.id, from);
    await this.schedules.insertSkips(
      em,
      skipped.map((k) =>
        Object.assign(new ScheduleSkipEntity(), {
          id: newId(),
          scheduleId: s.id,
          occurrenceDate: k.occurrenceDate,
          reason: k.reason,
          wouldMoveTo: k.wouldMoveTo ?? null,
          createdAt: now,
        }),
      ),
    );
    if (s.active && to >= from) s.generatedUntil = to;
    s.updatedAt = now;
    await this.schedules.save(em, s);
    return {
      from,
      to,
      created,
      updated: plan.update.length,
      removed: plan.remove.length,
      skipped,
      conflicts: plan.conflicts,
    };
  }

  /** The daily job: every active schedule gets sessions up to its horizon. Each schedule in its own transaction. */
  async extendAll(): Promise<{ schedules: number; created: number; failed: number }> {
    const cal = await this.workingCalendar();
    const due = await this.schedules.needingExtension(this.horizon('Asia/Ho_Chi_Minh'));
    let created = 0;
    let failed = 0;
    for (const candidate of due) {
      try {
        const report = await this.tx.run(async (em) => {
          const s = await this.schedules.find(candidate.id, em);
          if (!s || !s.active) return null;
          const today = this.today(s.timeZone);
          const start = s.validFrom > today ? s.validFrom : today;
          const next = s.generatedUntil ? addDays(isoDay(s.generatedUntil), 1) : start;
          const from = next > start ? next : start;
          if (from > this.horizon(s.timeZone) || (s.validUntil && from > s.validUntil)) return null;
          return this.generateIn(em, s, from, cal, false);
        });
        created += report?.created ?? 0;
      } catch (err) {
        failed++;
        this.logger.error({ err, scheduleId: candidate.id }, 'Extending a schedule failed');
      }
    }
    if (due.length)
      this.logger.log(`Extended ${due.length} schedule(s): ${created} session(s) created, ${failed} failed`);
    return { schedules: due.length, created, failed };
  }
}
