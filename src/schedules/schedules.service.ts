import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { addDays } from '../calendar/domain/iso-date.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OfficialsService } from '../org/officials.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { VenuesService } from '../org/venues.service.js';
import { DEFAULT_TIME_ZONE } from './domain/local-time.js';
import { validateRrule } from './domain/rrule-validation.js';
import type { CreateScheduleDto, ScheduleQuery, UpdateScheduleDto } from './dto/schedule.dto.js';
import { type GenerationReport, ScheduleGeneratorService } from './schedule-generator.service.js';
import { ScheduleEntity } from './schedule.entity.js';
import { SchedulesRepository } from './schedules.repository.js';
import { ORG_ERRORS } from '../org/errors.js';
import { fail } from '../common/errors/catalogue.js';
import { SCHEDULES_ERRORS } from './errors.js';
import { IN_PERSON_ONLY, mergeOnlineSettings } from '../sessions/domain/online-reception.js';
import { onlinePatchOf } from '../sessions/dto/online-settings.dto.js';
import { MeetingUrlCipher, seesMeetingUrl } from '../sessions/session-online.js';
import { validOnline } from '../sessions/sessions.service.js';

export type ScheduleView = Omit<ScheduleEntity, 'createdAt' | 'updatedAt' | 'meetingUrlEnc'> & {
  /** Shown to the office, secretary and leader of the unit only. */
  meetingUrl: string | null;
  createdAt: string;
  updatedAt: string;
};

export function toScheduleView(s: ScheduleEntity, meetingUrl: string | null = null): ScheduleView {
  return {
    id: s.id,
    officialId: s.officialId,
    venueId: s.venueId,
    unitId: s.unitId,
    rrule: s.rrule,
    startTime: s.startTime,
    durationMinutes: s.durationMinutes,
    validFrom: s.validFrom,
    validUntil: s.validUntil,
    timeZone: s.timeZone,
    holidayPolicy: s.holidayPolicy,
    slotMinutes: s.slotMinutes,
    seatsPerSlot: s.seatsPerSlot,
    mode: s.mode ?? 'in_person',
    meetingUrl,
    onlineSeatsPerSlot: s.onlineSeatsPerSlot ?? null,
    recordsOnline: !!s.recordsOnline,
    recordingPurpose: s.recordingPurpose ?? null,
    recordingRetentionDays: s.recordingRetentionDays ?? null,
    active: !!s.active,
    generatedUntil: s.generatedUntil,
    createdAt: new Date(s.createdAt).toISOString(),
    updatedAt: new Date(s.updatedAt).toISOString(),
  };
}

/** Checks the RRULE (probed from validFrom) and the validity period; 400 naming the field otherwise. Returns the canonical rule. */
function checkRule(rrule: string, validFrom: string, validUntil: string | null): string {
  const v = validateRrule(rrule, { from: validFrom });
  if (!v.ok)
    throw fail(SCHEDULES_ERRORS.INVALID_RRULE, {
      detail: `Quy tắc lặp (RRULE) không hợp lệ: ${v.message}`,
      errors: [{ field: 'rrule', message: v.message }],
    });
  if (validUntil && validUntil < validFrom) {
    throw fail(SCHEDULES_ERRORS.INVALID_VALIDITY, {
      errors: [{ field: 'validUntil', message: 'Không được sớm hơn ngày bắt đầu hiệu lực.' }],
    });
  }
  return v.normalized;
}

/** Reception schedules of the officials an office plans for. */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly repo: SchedulesRepository,
    private readonly generator: ScheduleGeneratorService,
    private readonly scope: UnitScopeService,
    private readonly officials: OfficialsService,
    private readonly venues: VenuesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly urls: MeetingUrlCipher,
  ) {}

  private view(user: AuthUser, s: ScheduleEntity): ScheduleView {
    const url = s.mode && s.mode !== 'in_person' && seesMeetingUrl(user) ? this.urls.open(s, 'schedule') : null;
    return toScheduleView(s, url);
  }

  async list(user: AuthUser, q: ScheduleQuery): Promise<ScheduleView[]> {
    return (await this.repo.list(await this.scope.unitFilter(user), q)).map((s) => this.view(user, s));
  }

  async getEntity(user: AuthUser, id: string): Promise<ScheduleEntity> {
    const s = await this.repo.find(id);
    if (!s) throw new NotFoundError('Lịch tiếp');
    await this.scope.assertInScope(user, s.unitId, 'Lịch tiếp');
    return s;
  }

  /** The schedule with the occurrences that produced no session (holiday policy `skip`, day already taken). */
  async get(user: AuthUser, id: string) {
    const s = await this.getEntity(user, id);
    const skips = (await this.repo.skips(id)).map((k) => ({
      occurrenceDate: k.occurrenceDate,
      reason: k.reason,
      wouldMoveTo: k.wouldMoveTo,
    }));
    return { ...this.view(user, s), skips };
  }

  /** Creates the schedule and its sessions from max(validFrom, today) to 12 months ahead (or validUntil), atomically. */
  async create(user: AuthUser, dto: CreateScheduleDto): Promise<ScheduleView & { generation: GenerationReport }> {
    const official = await this.officials.getEntity(user, dto.officialId);
    const venue = await this.venues.getEntity(user, dto.venueId);
    if (!official.active)
      throw fail(ORG_ERRORS.OFFICIAL_INACTIVE, {
        errors: [{ field: 'officialId', message: 'Cán bộ không còn hoạt động.' }],
      });
    const rrule = checkRule(dto.rrule, dto.validFrom, dto.validUntil ?? null);
    const now = this.clock.now();
    const online = validOnline(mergeOnlineSettings(IN_PERSON_ONLY, onlinePatchOf(dto)), dto.seatsPerSlot);
    const id = newId();
    const s = Object.assign(new ScheduleEntity(), {
      id,
      officialId: official.id,
      venueId: venue.id,
      unitId: official.unitId,
      rrule,
      startTime: dto.startTime,
      durationMinutes: dto.durationMinutes,
      validFrom: dto.validFrom,
      validUntil: dto.validUntil ?? null,
      timeZone: dto.timeZone ?? DEFAULT_TIME_ZONE,
      holidayPolicy: dto.holidayPolicy,
      slotMinutes: dto.slotMinutes,
      seatsPerSlot: dto.seatsPerSlot,
      ...this.urls.columns(online, 'schedule', id),
      active: true,
      generatedUntil: null,
      createdAt: now,
      updatedAt: now,
    } satisfies ScheduleEntity);
    const today = this.generator.today(s.timeZone);
    const from = s.validFrom > today ? s.validFrom : today;
    const cal = await this.generator.workingCalendar();
    const generation = await this.tx.run(async (em) => {
      await this.repo.save(em, s);
      return this.generator.generateIn(em, s, from, cal, true);
    });
    return { ...this.view(user, s), generation };
  }

  /**
   * Edits the rule and regenerates from tomorrow: planned sessions nobody touched follow the new rule; published,
   * held or hand-modified sessions stay and come back as `conflicts` when they no longer match it.
   */
  async update(
    user: AuthUser,
    id: string,
    dto: UpdateScheduleDto,
  ): Promise<ScheduleView & { generation: GenerationReport }> {
    const current = await this.getEntity(user, id);
    if (dto.venueId !== undefined) await this.venues.getEntity(user, dto.venueId);
    const next: ScheduleEntity = { ...current };
    for (const key of [
      'venueId',
      'rrule',
      'startTime',
      'durationMinutes',
      'validFrom',
      'holidayPolicy',
      'slotMinutes',
      'seatsPerSlot',
      'active',
    ] as const) {
      if (dto[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = dto[key];
    }
    if (dto.validUntil !== undefined) next.validUntil = dto.validUntil;
    next.rrule = checkRule(next.rrule, next.validFrom, next.validUntil);
    // Generated sessions follow the new form of reception (planned ones nobody touched, as for the other fields).
    const online = validOnline(
      mergeOnlineSettings(this.urls.settings(current, 'schedule'), onlinePatchOf(dto)),
      next.seatsPerSlot,
    );
    Object.assign(next, this.urls.columns(online, 'schedule', current.id));
    const tomorrow = addDays(this.generator.today(next.timeZone), 1);
    const from = next.validFrom > tomorrow ? next.validFrom : tomorrow;
    const cal = await this.generator.workingCalendar();
    const generation = await this.tx.run(async (em) => {
      const row = await this.repo.find(id, em);
      if (!row) throw new NotFoundError('Lịch tiếp');
      Object.assign(row, next, { generatedUntil: row.generatedUntil, createdAt: row.createdAt });
      return this.generator.generateIn(em, row, from, cal, true).then((g) => ({ g, row }));
    });
    return { ...this.view(user, generation.row), generation: generation.g };
  }

  extendAll() {
    return this.generator.extendAll();
  }
}
