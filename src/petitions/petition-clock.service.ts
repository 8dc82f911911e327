import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { isUniqueViolation } from '../common/errors/db-errors.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { validateExtension } from './domain/extensions.js';
import { isAnonymousDenunciation, isProtectedIdentity } from './domain/petition-types.js';
import type {
  AcceptPetitionDto,
  CreateExtensionDto,
  PausePetitionDto,
  ResumePetitionDto,
  UpdatePetitionFlagsDto,
} from './dto/petition.dto.js';
import { PetitionDeadlinesService } from './petition-deadlines.service.js';
import { PetitionExtensionEntity, PetitionPauseEntity } from './petition.entity.js';
import { PetitionsRepository } from './petitions.repository.js';
import { PetitionsService } from './petitions.service.js';
import { extensionMailText } from './domain/petition-mails.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { PETITIONS_ERRORS } from './errors.js';

/** The legal clock of a petition: acceptance, pauses for clarification, extensions, and the flags deadlines depend on. */
@Injectable()
export class PetitionClockService {
  constructor(
    private readonly petitions: PetitionsService,
    private readonly repo: PetitionsRepository,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly calendar: CalendarService,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private checkDay(day: string, receivedOn: string, field: string): void {
    if (day < receivedOn)
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Ngày không được trước ngày nhận đơn.',
        errors: [{ field, message: 'Trước ngày nhận đơn.' }],
      });
    if (day > this.calendar.today())
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Ngày không được ở tương lai.',
        errors: [{ field, message: 'Ở tương lai.' }],
      });
  }

  async accept(user: AuthUser, id: string, dto: AcceptPetitionDto) {
    const p = await this.petitions.requireInScope(user, id);
    if (isAnonymousDenunciation(p)) throw fail(PETITIONS_ERRORS.ANONYMOUS_NOT_PROCESSED);
    if (p.status !== 'received') throw fail(PETITIONS_ERRORS.PETITION_NOT_RECEIVED);
    const acceptedOn = dto.acceptedOn ?? this.calendar.today();
    this.checkDay(acceptedOn, p.receivedOn, 'acceptedOn');
    await this.tx.run(async (em) => {
      const fresh = await this.repo.find(id, em);
      if (!fresh || fresh.status !== 'received') throw fail(PETITIONS_ERRORS.PETITION_NOT_RECEIVED);
      Object.assign(fresh, { acceptedOn, status: 'accepted', updatedAt: this.clock.now() });
      await this.repo.save(em, fresh);
    });
    return this.petitions.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdatePetitionFlagsDto) {
    const p = await this.petitions.requireInScope(user, id);
    const scrub = await this.petitions.scrubberFor(p);
    await this.tx.run(async (em) => {
      const fresh = (await this.repo.find(id, em))!;
      for (const k of [
        'remoteArea',
        'complex',
        'complexity',
        'round',
        'severalSites',
        'transferred',
        'status',
      ] as const) {
        if (dto[k] !== undefined) Object.assign(fresh, { [k]: dto[k] });
      }
      if (dto.subject !== undefined) fresh.subject = dto.subject.trim() ? scrub(dto.subject.trim()) : null;
      if (dto.complexity !== undefined && dto.complex === undefined) fresh.complex = dto.complexity !== 'normal';
      fresh.updatedAt = this.clock.now();
      await this.repo.save(em, fresh);
    });
    return this.petitions.get(user, id);
  }

  async pause(user: AuthUser, id: string, dto: PausePetitionDto) {
    const p = await this.petitions.requireInScope(user, id);
    const from = dto.from ?? this.calendar.today();
    this.checkDay(from, p.receivedOn, 'from');
    const reason = (await this.petitions.scrubberFor(p))(dto.reason.trim());
    try {
      await this.tx.run(async (em) => {
        const last = (await this.repo.pauses(id, em)).at(-1);
        if (last && last.toOn === null) throw fail(PETITIONS_ERRORS.PETITION_ALREADY_PAUSED);
        if (last && last.toOn !== null && from < last.toOn) {
          throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
            detail: 'Lần tạm dừng mới phải bắt đầu sau lần trước.',
            errors: [{ field: 'from', message: 'Trùng lần tạm dừng trước.' }],
          });
        }
        await this.repo.insertPause(
          em,
          Object.assign(new PetitionPauseEntity(), {
            id: newId(),
            petitionId: id,
            fromOn: from,
            toOn: null,
            reason,
            createdBy: user.id,
            createdAt: this.clock.now(),
            resumedBy: null,
            resumedAt: null,
          }),
        );
        await this.repo.setPaused(em, id, true);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw fail(PETITIONS_ERRORS.PETITION_ALREADY_PAUSED);
      throw e;
    }
    return this.petitions.get(user, id);
  }

  async resume(user: AuthUser, id: string, dto: ResumePetitionDto) {
    const p = await this.petitions.requireInScope(user, id);
    const to = dto.to ?? this.calendar.today();
    this.checkDay(to, p.receivedOn, 'to');
    await this.tx.run(async (em) => {
      const open = (await this.repo.pauses(id, em)).find((x) => x.toOn === null);
      if (!open) throw fail(PETITIONS_ERRORS.PETITION_NOT_PAUSED);
      if (to < open.fromOn)
        throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
          detail: 'Ngày tiếp tục không được sớm hơn ngày tạm dừng.',
          errors: [{ field: 'to', message: 'Trước ngày tạm dừng.' }],
        });
      if (!(await this.repo.closeOpenPause(em, id, to, user.id, this.clock.now())))
        throw fail(PETITIONS_ERRORS.PETITION_NOT_PAUSED);
      await this.repo.setPaused(em, id, false);
    });
    return this.petitions.get(user, id);
  }

  /** A written extension decision, within the legal count and length for the case's complexity; notified to the citizen. */
  async extend(user: AuthUser, id: string, dto: CreateExtensionDto) {
    const p = await this.petitions.requireInScope(user, id);
    const preset = await this.deadlines.presetOn(p.receivedOn);
    if (!preset || isAnonymousDenunciation(p)) throw fail(PETITIONS_ERRORS.EXTENSION_NOT_ALLOWED);
    const complexity = dto.complexity ?? p.complexity;
    const decidedOn = dto.decidedOn ?? this.calendar.today();
    this.checkDay(decidedOn, p.receivedOn, 'decidedOn');
    const scrub = await this.petitions.scrubberFor(p);
    const reason = scrub(dto.reason.trim());
    const who = await this.petitions.petitionerOf(p);
    const agency = who?.email ? await this.petitions.agencyOf(p) : null;
    try {
      await this.tx.run(async (em) => {
        const existing = await this.repo.extensions(id, em);
        const check = validateExtension(
          p.type,
          complexity,
          existing.map((e) => ({ days: e.days })),
          dto.days,
          preset,
        );
        if (!check.ok) {
          const entry = PETITIONS_ERRORS[check.code];
          throw entry.status === 400 ? failOnField(entry, 'days') : fail(entry);
        }
        const now = this.clock.now();
        await this.repo.insertExtension(
          em,
          Object.assign(new PetitionExtensionEntity(), {
            id: newId(),
            petitionId: id,
            seq: existing.length + 1,
            days: dto.days,
            reason,
            complexity,
            decidedOn,
            createdBy: user.id,
            createdAt: now,
          }),
        );
        if (complexity !== p.complexity) {
          const fresh = (await this.repo.find(id, em))!;
          Object.assign(fresh, { complexity, complex: complexity !== 'normal', updatedAt: now });
          await this.repo.save(em, fresh);
        }
        if (who?.email) {
          await this.notifications.enqueue(em, {
            kind: 'petition.extension',
            to: who.email,
            refType: 'petition',
            refId: id,
            identitySealed: isProtectedIdentity(p),
            dedupeKey: `petition-extension:${id}:${existing.length + 1}`,
            subject: 'Thông báo gia hạn thời hạn giải quyết đơn',
            // A sealed identity never goes into the outbox in clear: the letter then greets "công dân" without the name.
            text: extensionMailText({
              fullName: isProtectedIdentity(p) ? null : who.fullName,
              agency,
              days: dto.days,
              decidedOn,
              reason,
            }),
          });
        }
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw fail(PETITIONS_ERRORS.EXTENSION_CONFLICT);
      throw e;
    }
    return this.petitions.get(user, id);
  }
}
