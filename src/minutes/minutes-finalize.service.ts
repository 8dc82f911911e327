import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { assertMayLockMinutes } from '../common/time/minutes-lock.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { PetitionsService } from '../petitions/petitions.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { SessionHeldService, type SessionReceiver } from '../sessions/session-held.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { CaseCipher } from './case-cipher.js';
import { closesAtDesk, createsPetition, surveySeedOf } from './domain/handling.js';
import { SurveyInvitationsService } from '../surveys/survey-invitations.service.js';
import { MinutesRepository } from './minutes.repository.js';
import { minutesFinalized, MinutesService } from './minutes.service.js';
import { MinutesViewsService } from './minutes-views.service.js';
import type { ReceptionCaseEntity } from './reception-case.entity.js';
import { fail } from '../common/errors/catalogue.js';
import { SESSIONS_ERRORS } from '../sessions/errors.js';

export interface FinalizeResult {
  id: string;
  status: 'final';
  contentHash: string;
  sessionId: string;
  petitions: { caseId: string; petitionId: string }[];
}

/**
 * Locking the minutes. In ONE transaction: the draft gate (row lock on PostgreSQL), the content hash, the session
 * marked held by the chair, and for every accepted or transferred case a petition and its follow-up task created
 * through the petitions and tasks services. Any failure rolls everything back: the minutes stay a draft.
 */
@Injectable()
export class MinutesFinalizeService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly minutes: MinutesService,
    private readonly views: MinutesViewsService,
    private readonly cipher: CaseCipher,
    private readonly petitions: PetitionsService,
    private readonly tasks: TasksService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly sessionHeld: SessionHeldService,
    private readonly surveys: SurveyInvitationsService,
  ) {}

  async finalize(user: AuthUser, id: string): Promise<FinalizeResult> {
    const { m, session } = await this.minutes.minutes(user, id);
    if (m.status !== 'draft') throw minutesFinalized();
    if (session.status === 'cancelled') throw fail(SESSIONS_ERRORS.SESSION_CLOSED, { detail: 'Buổi tiếp đã bị hủy.' });
    assertMayLockMinutes('session', session.startsAt, this.clock.now());
    let held: SessionReceiver | undefined;
    const result = await this.tx.run(async (em) => {
      const now = this.clock.now();
      // Gate first: from here on no other edit of these minutes can commit before this transaction ends.
      if (!(await this.repo.touchDraft(em, id, now))) throw minutesFinalized();
      const locked = (await this.repo.find(id, em))!;
      const cases = await this.repo.cases(id, em);
      const hash = this.views.hashOf(locked, cases);
      if (!(await this.repo.lock(em, id, hash, now, user.id))) throw minutesFinalized();
      // The session's one "held" transition (sessions module), in this transaction: received by the chair.
      held = { sessionId: session.id, heldByOfficialId: locked.chairOfficialId, inPerson: locked.chairInPerson };
      if (!(await this.sessionHeld.markHeldWithin(em, held, now))) {
        throw fail(SESSIONS_ERRORS.SESSION_CLOSED, { detail: 'Buổi tiếp đã bị hủy.' });
      }
      const petitions: FinalizeResult['petitions'] = [];
      for (const c of cases.filter((x) => createsPetition(x.handlingRoute))) {
        petitions.push({ caseId: c.id, petitionId: await this.toPetition(em, user, session, c) });
      }
      // A case closed at the desk (guided or refused) gets its survey link now; the slip is printed from it.
      for (const c of cases.filter((x) => closesAtDesk(x.handlingRoute))) {
        await this.surveys.createDerived(em, { unitId: session.unitId, kind: 'reception', seed: surveySeedOf(c.id) });
      }
      return { id, status: 'final' as const, contentHash: hash, sessionId: session.id, petitions };
    });
    this.sessionHeld.announce(held!);
    return result;
  }

  /** One case → a petition (channel "reception") and its follow-up task for the body in charge, due at the end of the due date. */
  private async toPetition(
    em: EntityManager,
    user: AuthUser,
    session: SessionRecord,
    c: ReceptionCaseEntity,
  ): Promise<string> {
    // The calendar or the deadline preset may have changed since the case was recorded: the printed date must still hold.
    await this.minutes.assertDueWithinLegal(session, c);
    const content = c.request ? `${c.summary}\nYêu cầu của công dân: ${c.request}` : c.summary;
    const petitionId = await this.petitions.createWithin(
      em,
      {
        type: c.petitionType,
        receivedAt: session.startsAt.toISOString(),
        channel: 'reception',
        petitioner: { fullName: c.fullName, idNumber: this.cipher.idNumber(c.id, c.idNumberEnc), address: c.address },
        content,
        unitId: session.unitId,
        transferred: c.handlingRoute === 'transfer',
      },
      user.id,
    );
    const dueAt = DateTime.fromISO(c.dueDate!, { zone: session.timeZone }).endOf('day').toUTC().toISO()!;
    await this.tasks.createWithin(
      em,
      petitionId,
      { assigneeUnitId: c.assigneeUnitId!, instruction: c.conclusion, dueAt },
      user.id,
    );
    await this.repo.setCasePetition(em, c.id, petitionId);
    return petitionId;
  }
}
