/**
 * MinutesFinalizeService with hand-written in-memory fakes of its collaborators: every branch of locking the minutes
 * (happy path, each refusal, the roll-back of the whole transaction, the event) without a database or a server.
 */
import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { BadRequestError, DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import type { TransactionRunner } from '../database/transaction.runner.js';
import type { CreatePetitionDto } from '../petitions/dto/petition.dto.js';
import type { PetitionsService } from '../petitions/petitions.service.js';
import type { SessionRecord } from '../sessions/session-record.js';
import { SESSION_HELD } from '../sessions/session-events.js';
import type { SessionHeldService } from '../sessions/session-held.service.js';
import type { CreateTaskDto } from '../tasks/dto/task.dto.js';
import type { TasksService } from '../tasks/tasks.service.js';
import type { CaseCipher } from './case-cipher.js';
import type { MinutesEntity } from './minutes.entity.js';
import type { MinutesRepository } from './minutes.repository.js';
import { minutesFinalized, type MinutesService } from './minutes.service.js';
import { MinutesFinalizeService } from './minutes-finalize.service.js';
import type { MinutesViewsService } from './minutes-views.service.js';
import type { ReceptionCaseEntity } from './reception-case.entity.js';
import type { SurveyInvitationsService } from '../surveys/survey-invitations.service.js';

const EM = { fake: 'entity-manager' } as unknown as EntityManager;
const USER: AuthUser = {
  id: 'user-secretary',
  username: 'secretary',
  roles: ['secretary'],
  unitId: 'unit-ward',
  officialId: null,
} as AuthUser;
const STARTS = new Date('2026-03-16T01:00:00.000Z'); // 08:00 in Hà Nội

/** The state the fakes share, copied at the start of a transaction and restored when it throws (a roll-back). */
interface World {
  minutes: MinutesEntity;
  session: SessionRecord;
  cases: ReceptionCaseEntity[];
  petitions: { id: string; dto: CreatePetitionDto; actorId: string | null }[];
  tasks: { petitionId: string; dto: CreateTaskDto; actorId: string | null }[];
  sessionHeld: { officialId: string; at: Date } | null;
}

const clone = (w: World): World => ({
  minutes: { ...w.minutes },
  session: { ...w.session },
  cases: w.cases.map((c) => ({ ...c })),
  petitions: [...w.petitions],
  tasks: [...w.tasks],
  sessionHeld: w.sessionHeld,
});

function makeCase(id: string, over: Partial<ReceptionCaseEntity>): ReceptionCaseEntity {
  return {
    id,
    minutesId: 'minutes-1',
    sessionId: 'session-1',
    unitId: 'unit-ward',
    seq: 1,
    receivedOn: '2026-03-16',
    bookingCode: null,
    fullName: 'Nguyễn Văn Thử',
    address: 'Số 1 đường Kiểm Thử',
    idNumberEnc: `enc:${id}`,
    idNumberIndex: 'bidx',
    groupSize: 1,
    representativesEnc: null,
    summary: 'Đề nghị sửa đường ngõ 5',
    request: null,
    petitionType: 'recommendation',
    previouslyHandledBy: null,
    handlingRoute: 'guide',
    refusalGround: null,
    refusalReason: null,
    conclusion: 'Giao phòng Kinh tế kiểm tra',
    assigneeUnitId: null,
    dueDate: null,
    note: null,
    petitionId: null,
    createdBy: USER.id,
    createdAt: STARTS,
    ...over,
  } as ReceptionCaseEntity;
}

function world(
  over: { minutes?: Partial<MinutesEntity>; session?: Partial<SessionRecord>; cases?: ReceptionCaseEntity[] } = {},
): World {
  return {
    minutes: {
      id: 'minutes-1',
      sessionId: 'session-1',
      unitId: 'unit-ward',
      status: 'draft',
      chairOfficialId: 'official-chair',
      chairInPerson: true,
      contentHash: null,
      ...over.minutes,
    } as MinutesEntity,
    session: {
      id: 'session-1',
      unitId: 'unit-ward',
      status: 'published',
      startsAt: STARTS,
      timeZone: 'Asia/Ho_Chi_Minh',
      ...over.session,
    } as SessionRecord,
    cases: over.cases ?? [],
    petitions: [],
    tasks: [],
    sessionHeld: null,
  };
}

/** Knobs to make one collaborator refuse. */
interface Faults {
  touchDraftFails?: boolean;
  lockFails?: boolean;
  markHeldFails?: boolean;
  dueDateRefused?: boolean;
}

function setUp(initial: World, faults: Faults = {}, now = '2026-03-16T03:00:00.000Z') {
  const state = { w: initial };
  const emitted: { name: string; payload: unknown }[] = [];
  const surveyLinks: { unitId: string; kind: string; seed: string }[] = [];

  const tx: Pick<TransactionRunner, 'run'> = {
    async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
      const before = clone(state.w);
      try {
        return await work(EM);
      } catch (e) {
        state.w = before;
        throw e;
      }
    },
  } as Pick<TransactionRunner, 'run'>;

  const repo: Pick<MinutesRepository, 'touchDraft' | 'find' | 'cases' | 'lock' | 'setCasePetition'> = {
    async touchDraft(_em, id) {
      return !faults.touchDraftFails && state.w.minutes.id === id && state.w.minutes.status === 'draft';
    },
    async find(id) {
      return state.w.minutes.id === id ? { ...state.w.minutes } : null;
    },
    async cases() {
      return state.w.cases.map((c) => ({ ...c }));
    },
    async lock(_em, id, hash, at, by) {
      if (faults.lockFails || state.w.minutes.id !== id || state.w.minutes.status !== 'draft') return false;
      state.w.minutes = { ...state.w.minutes, status: 'final', contentHash: hash, finalizedAt: at, finalizedBy: by };
      return true;
    },
    async setCasePetition(_em, caseId, petitionId) {
      state.w.cases = state.w.cases.map((c) => (c.id === caseId ? { ...c, petitionId } : c));
    },
  };

  const minutes: Pick<MinutesService, 'minutes' | 'assertDueWithinLegal'> = {
    async minutes(_user, id) {
      if (state.w.minutes.id !== id) throw new Error('not found');
      return { m: { ...state.w.minutes }, session: { ...state.w.session } };
    },
    async assertDueWithinLegal() {
      if (faults.dueDateRefused)
        throw new BadRequestError('DUE_DATE_AFTER_LEGAL_DEADLINE', 'Hạn xử lý vượt quá thời hạn luật định.');
    },
  };
  const views: Pick<MinutesViewsService, 'hashOf'> = { hashOf: (m, cases) => `hash:${m.id}:${cases.length}` };
  const cipher: Pick<CaseCipher, 'idNumber'> = { idNumber: (caseId, enc) => `clear-of-${enc}-for-${caseId}` };
  const petitions: Pick<PetitionsService, 'createWithin'> = {
    async createWithin(em, dto, actorId) {
      expect(em).toBe(EM);
      const id = `petition-${state.w.petitions.length + 1}`;
      state.w.petitions = [...state.w.petitions, { id, dto, actorId }];
      return id;
    },
  };
  const tasks: Pick<TasksService, 'createWithin'> = {
    async createWithin(em, petitionId, dto, actorId) {
      expect(em).toBe(EM);
      state.w.tasks = [...state.w.tasks, { petitionId, dto, actorId }];
      return `task-of-${petitionId}`;
    },
  };
  const clock = new Clock();
  clock.setNow(now);
  // The sessions module owns the held transition and alone announces it (after commit).
  const sessionHeld: Pick<SessionHeldService, 'markHeldWithin' | 'announce'> = {
    async markHeldWithin(_em, r, at) {
      if (faults.markHeldFails || state.w.session.id !== r.sessionId) return false;
      state.w.sessionHeld = { officialId: r.heldByOfficialId, at };
      return true;
    },
    announce(r) {
      emitted.push({ name: SESSION_HELD, payload: { ...r, at: clock.now().toISOString() } });
    },
  };

  const service = new MinutesFinalizeService(
    repo as unknown as MinutesRepository,
    minutes as MinutesService,
    views as MinutesViewsService,
    cipher as CaseCipher,
    petitions as PetitionsService,
    tasks as TasksService,
    tx as TransactionRunner,
    clock,
    sessionHeld as SessionHeldService,
    {
      createDerived: async (_em: unknown, input: { unitId: string; kind: string; seed: string }) => {
        surveyLinks.push(input);
        return { code: 'X', url: 'x', expiresAt: new Date(0), lastDay: '1970-01-01' };
      },
    } as unknown as SurveyInvitationsService,
  );
  return { service, state, emitted, surveyLinks };
}

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

describe('MinutesFinalizeService.finalize', () => {
  it('locks the minutes with their hash, marks the session held by the chair and emits session.held after commit', async () => {
    const { service, state, emitted } = setUp(world({ cases: [makeCase('case-guide', { handlingRoute: 'guide' })] }));
    const out = await service.finalize(USER, 'minutes-1');
    expect(out).toEqual({
      id: 'minutes-1',
      status: 'final',
      contentHash: 'hash:minutes-1:1',
      sessionId: 'session-1',
      petitions: [],
    });
    expect(state.w.minutes).toMatchObject({ status: 'final', contentHash: 'hash:minutes-1:1', finalizedBy: USER.id });
    expect(state.w.sessionHeld).toEqual({ officialId: 'official-chair', at: new Date('2026-03-16T03:00:00.000Z') });
    expect(emitted).toEqual([
      {
        name: SESSION_HELD,
        payload: {
          sessionId: 'session-1',
          heldByOfficialId: 'official-chair',
          inPerson: true,
          at: '2026-03-16T03:00:00.000Z',
        },
      },
    ]);
    expect(state.w.petitions).toEqual([]);
  });

  it('turns every accepted or transferred case into a petition (channel reception) with its task, and no other case', async () => {
    const cases = [
      makeCase('case-accept', {
        handlingRoute: 'accept',
        petitionType: 'complaint',
        request: 'Xem lại diện tích',
        assigneeUnitId: 'unit-economy',
        dueDate: '2026-03-30',
      }),
      makeCase('case-guide', { handlingRoute: 'guide' }),
      makeCase('case-refuse', { handlingRoute: 'refuse', refusalGround: 2 }),
      makeCase('case-transfer', {
        handlingRoute: 'transfer',
        petitionType: 'denunciation',
        assigneeUnitId: 'unit-inspection',
        dueDate: '2026-03-20',
      }),
    ];
    const { service, state, surveyLinks } = setUp(world({ cases }));
    const out = await service.finalize(USER, 'minutes-1');
    expect(out.petitions).toEqual([
      { caseId: 'case-accept', petitionId: 'petition-1' },
      { caseId: 'case-transfer', petitionId: 'petition-2' },
    ]);
    // Cases closed at the desk get a survey link (printed slip); the others get theirs with the answer.
    expect(surveyLinks.map((l) => l.seed)).toEqual(['reception-case:case-guide', 'reception-case:case-refuse']);
    expect(surveyLinks.every((l) => l.kind === 'reception')).toBe(true);
    expect(state.w.petitions[0]!.dto).toEqual({
      type: 'complaint',
      receivedAt: STARTS.toISOString(),
      channel: 'reception',
      unitId: 'unit-ward',
      transferred: false,
      petitioner: {
        fullName: 'Nguyễn Văn Thử',
        idNumber: 'clear-of-enc:case-accept-for-case-accept',
        address: 'Số 1 đường Kiểm Thử',
      },
      content: 'Đề nghị sửa đường ngõ 5\nYêu cầu của công dân: Xem lại diện tích',
    });
    expect(state.w.petitions[1]!.dto).toMatchObject({
      type: 'denunciation',
      transferred: true,
      content: 'Đề nghị sửa đường ngõ 5',
    });
    // The task is due at the end of the case's due date in the session's zone (23:59:59.999 at UTC+7).
    expect(state.w.tasks).toEqual([
      {
        petitionId: 'petition-1',
        dto: {
          assigneeUnitId: 'unit-economy',
          instruction: 'Giao phòng Kinh tế kiểm tra',
          dueAt: '2026-03-30T16:59:59.999Z',
        },
        actorId: USER.id,
      },
      {
        petitionId: 'petition-2',
        dto: {
          assigneeUnitId: 'unit-inspection',
          instruction: 'Giao phòng Kinh tế kiểm tra',
          dueAt: '2026-03-20T16:59:59.999Z',
        },
        actorId: USER.id,
      },
    ]);
    expect(state.w.cases.map((c) => c.petitionId)).toEqual(['petition-1', null, null, 'petition-2']);
  });

  it('refuses minutes already locked (409 MINUTES_FINALIZED) without touching anything', async () => {
    const { service, state, emitted } = setUp(world({ minutes: { status: 'final', contentHash: 'old' } }));
    const e = await refusal(service.finalize(USER, 'minutes-1'));
    expect([e.status, e.code]).toEqual([409, minutesFinalized().code]);
    expect(state.w.minutes.contentHash).toBe('old');
    expect(emitted).toEqual([]);
  });

  it('refuses the minutes of a cancelled session (409 SESSION_CLOSED)', async () => {
    const { service, emitted } = setUp(world({ session: { status: 'cancelled' } }));
    const e = await refusal(service.finalize(USER, 'minutes-1'));
    expect([e.status, e.code]).toEqual([409, 'SESSION_CLOSED']);
    expect(emitted).toEqual([]);
  });

  it('refuses before the session has started (422 SESSION_NOT_STARTED)', async () => {
    const { service, state } = setUp(world(), {}, '2026-03-16T00:59:59.999Z');
    const e = await refusal(service.finalize(USER, 'minutes-1'));
    expect([e.status, e.code]).toEqual([422, 'SESSION_NOT_STARTED']);
    expect(state.w.minutes.status).toBe('draft');
  });

  it('locks at the very start of the session', async () => {
    const { service } = setUp(world(), {}, STARTS.toISOString());
    await expect(service.finalize(USER, 'minutes-1')).resolves.toMatchObject({ status: 'final' });
  });

  it('loses the race to a concurrent edit or lock (the draft gate or the lock finds no draft): MINUTES_FINALIZED', async () => {
    for (const fault of [{ touchDraftFails: true }, { lockFails: true }] satisfies Faults[]) {
      const { service, state, emitted } = setUp(
        world({ cases: [makeCase('c', { handlingRoute: 'accept', assigneeUnitId: 'u', dueDate: '2026-03-30' })] }),
        fault,
      );
      const e = await refusal(service.finalize(USER, 'minutes-1'));
      expect(e.code).toBe('MINUTES_FINALIZED');
      expect(state.w.petitions).toEqual([]);
      expect(emitted).toEqual([]);
    }
  });

  it('rolls everything back when the session was cancelled meanwhile (SESSION_CLOSED): the minutes stay a draft', async () => {
    const { service, state, emitted } = setUp(world(), { markHeldFails: true });
    const e = await refusal(service.finalize(USER, 'minutes-1'));
    expect(e.code).toBe('SESSION_CLOSED');
    expect(state.w.minutes).toMatchObject({ status: 'draft', contentHash: null });
    expect(emitted).toEqual([]);
  });

  it('rolls everything back when a due date now passes the legal deadline: no petition, no task, minutes still a draft', async () => {
    const cases = [
      makeCase('case-1', { handlingRoute: 'accept', assigneeUnitId: 'unit-economy', dueDate: '2026-03-30' }),
    ];
    const { service, state, emitted } = setUp(world({ cases }), { dueDateRefused: true });
    const e = await refusal(service.finalize(USER, 'minutes-1'));
    expect([e.status, e.code]).toEqual([400, 'DUE_DATE_AFTER_LEGAL_DEADLINE']);
    expect(state.w).toMatchObject({ petitions: [], tasks: [], sessionHeld: null });
    expect(state.w.minutes.status).toBe('draft');
    expect(state.w.cases[0]!.petitionId).toBeNull();
    expect(emitted).toEqual([]);
  });
});
