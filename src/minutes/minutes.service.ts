import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { StaffDirectory } from '../auth/staff-directory.service.js';
import { normalizeBookingCode } from '../bookings/domain/booking-code.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { PetitionDeadlinesService } from '../petitions/petition-deadlines.service.js';
import type { PetitionType } from '../petitions/domain/petition-types.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { SessionsReader } from '../sessions/sessions-reader.service.js';
import { CaseCipher } from './case-cipher.js';
import { chairedInPerson, defaultChair, mayChair } from './domain/chair.js';
import type { Salutation } from './domain/citizen-address.js';
import { caseProblems, createsPetition, dueDateAfterLegal } from './domain/handling.js';
import type {
  AddCaseDto,
  ReceptionAmendmentDto,
  CreateReceptionMinutesDto,
  UpdateReceptionMinutesDto,
} from './dto/minutes.dto.js';
import { type AttendeeRecord, MinutesAmendmentEntity, MinutesEntity } from './minutes.entity.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesViewsService } from './minutes-views.service.js';
import { ReceptionCaseEntity } from './reception-case.entity.js';
import { fail, failOnField } from '../common/errors/catalogue.js';
import { MINUTES_ERRORS } from './errors.js';
import { SESSIONS_ERRORS } from '../sessions/errors.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';

export const minutesFinalized = () =>
  fail(MINUTES_ERRORS.MINUTES_FINALIZED, {
    detail: 'Biên bản đã được khóa; mọi sửa đổi phải lập thành văn bản đính chính.',
  });

/** Drafting minutes: attendees, one case per person received (also the reception log), amendments once locked. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly sessions: SessionsReader,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly cipher: CaseCipher,
    private readonly views: MinutesViewsService,
    private readonly deadlines: PetitionDeadlinesService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly staff: StaffDirectory,
  ) {}

  async session(user: AuthUser, id: string): Promise<SessionRecord> {
    const s = await this.sessions.find(id);
    if (!s || !(await this.scope.inScope(user, s.unitId))) throw new NotFoundError('Buổi tiếp');
    return s;
  }

  async minutes(user: AuthUser, id: string): Promise<{ m: MinutesEntity; session: SessionRecord }> {
    const m = await this.repo.find(id);
    if (!m || !(await this.scope.inScope(user, m.unitId))) throw new NotFoundError('Biên bản');
    const session = await this.sessions.find(m.sessionId);
    if (!session) throw new NotFoundError('Biên bản');
    return { m, session };
  }

  private async chair(session: SessionRecord, chairId: string | undefined): Promise<{ id: string; inPerson: boolean }> {
    const id = chairId ?? defaultChair(session);
    if (!mayChair(session, await this.org.findOfficial(id))) {
      throw failOnField(MINUTES_ERRORS.INVALID_CHAIR, 'chairOfficialId');
    }
    return { id, inPerson: chairedInPerson(session, id) };
  }

  async create(
    user: AuthUser,
    sessionId: string,
    dto: CreateReceptionMinutesDto,
  ): Promise<{ id: string; status: string }> {
    const session = await this.session(user, sessionId);
    if (session.status === 'cancelled') throw fail(SESSIONS_ERRORS.SESSION_CLOSED, { detail: 'Buổi tiếp đã bị hủy.' });
    const chair = await this.chair(session, dto.chairOfficialId);
    const now = this.clock.now();
    // Without a secretary in the request, the signed-in staff member is the secretary, printed by name and title.
    const me = dto.secretary ? undefined : (await this.staff.people([user.id])).get(user.id);
    const m = Object.assign(new MinutesEntity(), {
      id: newId(),
      sessionId,
      unitId: session.unitId,
      status: 'draft',
      number: dto.number?.trim() || null,
      chairOfficialId: chair.id,
      chairInPerson: chair.inPerson,
      officials: JSON.stringify(
        (dto.officials ?? []).map((o) => ({ fullName: o.fullName.trim(), title: o.title.trim() })),
      ),
      secretaryName: dto.secretary?.fullName.trim() ?? me?.fullName ?? '',
      secretaryTitle: dto.secretary?.title.trim() ?? (me?.title || 'Thư ký'),
      version: 0,
      contentHash: null,
      finalizedAt: null,
      finalizedBy: null,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    } satisfies MinutesEntity);
    await this.tx.run(async (em) => {
      if (await this.repo.findBySession(sessionId, em)) throw fail(MINUTES_ERRORS.MINUTES_EXIST);
      await this.repo.insert(em, m);
    });
    return { id: m.id, status: m.status };
  }

  async update(user: AuthUser, id: string, dto: UpdateReceptionMinutesDto) {
    const { m, session } = await this.minutes(user, id);
    if (m.status !== 'draft') throw minutesFinalized();
    const changes: Partial<MinutesEntity> = {};
    if (dto.chairOfficialId) {
      const chair = await this.chair(session, dto.chairOfficialId);
      Object.assign(changes, { chairOfficialId: chair.id, chairInPerson: chair.inPerson });
    }
    if (dto.officials)
      changes.officials = JSON.stringify(
        dto.officials.map((o) => ({ fullName: o.fullName.trim(), title: o.title.trim() })),
      );
    if (dto.secretary)
      Object.assign(changes, {
        secretaryName: dto.secretary.fullName.trim(),
        secretaryTitle: dto.secretary.title.trim(),
      });
    if (dto.number !== undefined) changes.number = dto.number.trim() || null;
    await this.tx.run(async (em) => {
      if (!(await this.repo.touchDraft(em, id, this.clock.now(), changes))) throw minutesFinalized();
    });
    return this.get(user, id);
  }

  /** The checked-in booking's code, and the form of address the citizen gave when booking. */
  private async checkBooking(
    em: EntityManager,
    session: SessionRecord,
    raw: string,
  ): Promise<{ code: string; salutation: Salutation | null; form: ReceptionForm }> {
    const code = normalizeBookingCode(raw) ?? raw.trim().toUpperCase();
    const b = await this.repo.bookingByCode(em, code);
    if (!b || b.sessionId !== session.id) {
      throw fail(MINUTES_ERRORS.BOOKING_NOT_FOUND, {
        errors: [{ field: 'bookingCode', message: 'Không có trong buổi tiếp.' }],
      });
    }
    if (b.status !== 'checked_in') {
      throw fail(MINUTES_ERRORS.BOOKING_NOT_CHECKED_IN, {
        errors: [{ field: 'bookingCode', message: 'Chưa ghi nhận có mặt.' }],
      });
    }
    return { code, salutation: b.salutation, form: b.form };
  }

  async addCase(user: AuthUser, minutesId: string, dto: AddCaseDto): Promise<{ id: string; seq: number }> {
    const { m, session } = await this.minutes(user, minutesId);
    if (m.status !== 'draft') throw minutesFinalized();
    const problems = caseProblems(dto, session.localDate, DateTime.fromJSDate(this.clock.now()).toUTC().year);
    if (dto.assigneeUnitId && !(await this.org.findUnit(dto.assigneeUnitId)))
      problems.push({ field: 'assigneeUnitId', message: 'Đơn vị không tồn tại.' });
    if (problems.length) throw fail(MINUTES_ERRORS.INVALID_CASE, { errors: problems });
    if (createsPetition(dto.handlingRoute)) await this.assertDueWithinLegal(session, dto);
    const now = this.clock.now();
    const reps = dto.representatives ?? [];
    const caseId = newId();
    const base = {
      id: caseId,
      minutesId,
      sessionId: session.id,
      unitId: session.unitId,
      receivedOn: session.localDate,
      fullName: dto.fullName.trim(),
      salutation: dto.salutation ?? null,
      address: dto.address.trim(),
      ...this.cipher.idColumns(caseId, dto.idNumber),
      groupSize: dto.groupSize ?? 1,
      representativesEnc: this.cipher.sealRepresentatives(caseId, reps),
      summary: dto.summary.trim(),
      request: dto.request?.trim() || null,
      petitionType: dto.petitionType,
      previouslyHandledBy: dto.previouslyHandledBy?.trim() || null,
      handlingRoute: dto.handlingRoute,
      refusalGround: dto.handlingRoute === 'refuse' ? (dto.refusalGround ?? null) : null,
      refusalReason: dto.handlingRoute === 'refuse' ? (dto.refusalReason?.trim() ?? null) : null,
      conclusion: dto.conclusion.trim(),
      assigneeUnitId: dto.assigneeUnitId ?? null,
      dueDate: dto.dueDate ?? null,
      note: dto.note?.trim() || null,
      petitionId: null,
      createdBy: user.id,
      createdAt: now,
    };
    return this.tx.run(async (em) => {
      if (!(await this.repo.touchDraft(em, minutesId, now))) throw minutesFinalized();
      const booking = dto.bookingCode ? await this.checkBooking(em, session, dto.bookingCode) : null;
      const seq = await this.repo.nextSeq(em, minutesId);
      const salutation = base.salutation ?? booking?.salutation ?? null;
      // The form of reception: the booking's; a walk-in's as given (an online-only session receives online).
      const form: ReceptionForm = booking?.form ?? dto.form ?? (session.mode === 'online' ? 'online' : 'in_person');
      await this.repo.insertCase(
        em,
        Object.assign(new ReceptionCaseEntity(), {
          ...base,
          salutation,
          bookingCode: booking?.code ?? null,
          form,
          seq,
        }),
      );
      return { id: base.id, seq };
    });
  }

  /**
   * The due date of an accepted or transferred case becomes its task's due date only if it does not lie after the
   * legal deadline (the task is always due by then): refused with 400 DUE_DATE_AFTER_LEGAL_DEADLINE naming that date,
   * so the minutes and the conclusion notice never print a date the task does not carry. Checked again when locking.
   */
  async assertDueWithinLegal(
    session: SessionRecord,
    c: { petitionType: string; handlingRoute: string; dueDate?: string | null },
  ): Promise<void> {
    const legal = await this.deadlines.taskDeadlineFor({
      type: c.petitionType as PetitionType,
      receivedAt: session.startsAt,
      transferred: c.handlingRoute === 'transfer',
    });
    const problem = dueDateAfterLegal(c.dueDate, legal?.dueOn ?? null);
    if (problem)
      throw fail(MINUTES_ERRORS.DUE_DATE_AFTER_LEGAL_DEADLINE, {
        detail: problem.message,
        errors: [{ field: problem.field, message: problem.message }],
      });
  }

  async deleteCase(user: AuthUser, minutesId: string, caseId: string): Promise<void> {
    const { m } = await this.minutes(user, minutesId);
    if (m.status !== 'draft') throw minutesFinalized();
    await this.tx.run(async (em) => {
      if (!(await this.repo.touchDraft(em, minutesId, this.clock.now()))) throw minutesFinalized();
      if (!(await this.repo.deleteCase(em, minutesId, caseId))) throw new NotFoundError('Vụ việc');
    });
  }

  async amend(user: AuthUser, minutesId: string, dto: ReceptionAmendmentDto) {
    const { m } = await this.minutes(user, minutesId);
    if (m.status !== 'final') {
      throw fail(MINUTES_ERRORS.MINUTES_DRAFT_NOT_CORRECTABLE);
    }
    const me = (await this.staff.people([user.id])).get(user.id);
    const a = Object.assign(new MinutesAmendmentEntity(), {
      id: newId(),
      minutesId,
      reason: dto.reason.trim(),
      text: dto.text.trim(),
      authorId: user.id,
      authorName: (me?.fullName ?? '').slice(0, 100),
      createdAt: this.clock.now(),
    });
    await this.tx.run((em) => this.repo.insertAmendment(em, a));
    return {
      id: a.id,
      minutesId,
      reason: a.reason,
      text: a.text,
      author: a.authorName,
      createdAt: a.createdAt.toISOString(),
    };
  }

  async get(user: AuthUser, id: string) {
    const { m } = await this.minutes(user, id);
    const cases = await this.repo.cases(id);
    const [views, amendments] = await Promise.all([
      this.views.caseViews(cases, user, 'GET /minutes/:id'),
      this.repo.amendments(id),
    ]);
    const chair = await this.org.findOfficial(m.chairOfficialId);
    return {
      id: m.id,
      sessionId: m.sessionId,
      unitId: m.unitId,
      status: m.status,
      number: m.number,
      chair: {
        officialId: m.chairOfficialId,
        fullName: chair?.fullName ?? null,
        title: chair?.title ?? null,
        inPerson: m.chairInPerson,
      },
      officials: JSON.parse(m.officials) as AttendeeRecord[],
      secretary: { fullName: m.secretaryName, title: m.secretaryTitle },
      cases: views.map((v, i) => ({
        ...v,
        seq: cases[i].seq,
        bookingCode: cases[i].bookingCode,
        assigneeUnitId: cases[i].assigneeUnitId,
        petitionId: cases[i].petitionId,
      })),
      amendments: amendments.map((a) => ({
        id: a.id,
        reason: a.reason,
        text: a.text,
        author: a.authorName,
        createdAt: a.createdAt.toISOString(),
      })),
      contentHash: m.contentHash,
      /** Recomputed from the stored content: "intact" proves nothing changed since the minutes were locked. */
      integrity: m.contentHash === null ? null : this.views.hashMatches(m, cases) ? 'intact' : 'altered',
      finalizedAt: m.finalizedAt?.toISOString() ?? null,
    };
  }

  async getBySession(user: AuthUser, sessionId: string) {
    await this.session(user, sessionId);
    const m = await this.repo.findBySession(sessionId);
    if (!m) throw new NotFoundError('Biên bản');
    return this.get(user, m.id);
  }
}
