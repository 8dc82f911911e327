/**
 * PetitionClockService with hand-written in-memory fakes: acceptance, flags, pauses, resumptions and extensions, each
 * refusal and the e-mail of an extension, without a database or a server.
 */
import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import type { TransactionRunner } from '../database/transaction.runner.js';
import type { NotificationsService, OutboxMessage } from '../notifications/notifications.service.js';
import type { PetitionDeadlinePreset } from './domain/deadline-rules.js';
import { preset2026 } from './domain/testing/fixtures.fixture-spec.js';
import type { PetitionerData } from './petition-cipher.js';
import { PetitionClockService } from './petition-clock.service.js';
import type { PetitionDeadlinesService } from './petition-deadlines.service.js';
import type { PetitionEntity, PetitionExtensionEntity, PetitionPauseEntity } from './petition.entity.js';
import type { PetitionsRepository } from './petitions.repository.js';
import type { PetitionsService } from './petitions.service.js';

const EM = { fake: 'entity-manager' } as unknown as EntityManager;
const USER = {
  id: 'user-office',
  username: 'office',
  roles: ['office'],
  unitId: 'unit-ward',
  officialId: null,
} as AuthUser;
const TODAY = '2026-03-10';
const UNIQUE_VIOLATION = Object.assign(new Error('duplicate key'), { code: '23505' });

interface World {
  petition: PetitionEntity;
  pauses: PetitionPauseEntity[];
  extensions: PetitionExtensionEntity[];
  mails: OutboxMessage[];
}

const clone = (w: World): World => ({
  petition: { ...w.petition },
  pauses: w.pauses.map((p) => ({ ...p })),
  extensions: [...w.extensions],
  mails: [...w.mails],
});

function petition(over: Partial<PetitionEntity> = {}): PetitionEntity {
  return {
    id: 'petition-1',
    unitId: 'unit-ward',
    type: 'complaint',
    channel: 'reception',
    status: 'received',
    anonymous: false,
    receivedOn: '2026-03-02',
    acceptedOn: null,
    subject: null,
    content: 'Nội dung',
    remoteArea: false,
    complex: false,
    complexity: 'normal',
    round: 1,
    severalSites: false,
    transferred: false,
    ...over,
  } as PetitionEntity;
}

interface Options {
  who?: PetitionerData | null;
  preset?: PetitionDeadlinePreset | null;
  /** The insert of a pause or an extension hits a unique index (a concurrent request won). */
  uniqueRace?: boolean;
  /** closeOpenPause finds no open pause any more (a concurrent resume won). */
  closeRace?: boolean;
}

function setUp(initial: World, opts: Options = {}) {
  const state = { w: initial };
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
  const repo: Pick<
    PetitionsRepository,
    'find' | 'save' | 'pauses' | 'insertPause' | 'closeOpenPause' | 'setPaused' | 'extensions' | 'insertExtension'
  > = {
    async find(id) {
      return state.w.petition.id === id ? { ...state.w.petition } : null;
    },
    async save(_em, p) {
      state.w.petition = { ...p };
      return p;
    },
    async pauses() {
      return state.w.pauses.map((p) => ({ ...p }));
    },
    async insertPause(_em, p) {
      if (opts.uniqueRace) throw UNIQUE_VIOLATION;
      state.w.pauses = [...state.w.pauses, p];
    },
    async closeOpenPause(_em, _id, toOn, by, at) {
      if (opts.closeRace) return false;
      const open = state.w.pauses.find((p) => p.toOn === null);
      if (!open) return false;
      state.w.pauses = state.w.pauses.map((p) => (p === open ? { ...p, toOn, resumedBy: by, resumedAt: at } : p));
      return true;
    },
    async setPaused(_em, _id, paused) {
      state.w.petition = { ...state.w.petition, paused };
    },
    async extensions() {
      return [...state.w.extensions];
    },
    async insertExtension(_em, e) {
      if (opts.uniqueRace) throw UNIQUE_VIOLATION;
      state.w.extensions = [...state.w.extensions, e];
    },
  };
  const petitions: Pick<PetitionsService, 'requireInScope' | 'scrubberFor' | 'get' | 'petitionerOf' | 'agencyOf'> = {
    async requireInScope(_user, id) {
      if (state.w.petition.id !== id)
        throw new DomainError('NOT_FOUND', 404, 'Đơn không tồn tại hoặc bạn không có quyền xem.');
      return { ...state.w.petition };
    },
    // The fake scrubber removes the petitioner's name, so the specs can see that free text is scrubbed.
    async scrubberFor() {
      return (text: string) => text.replaceAll('Nguyễn Văn Thử', '[…]');
    },
    async get() {
      return { ...state.w.petition } as unknown as Awaited<ReturnType<PetitionsService['get']>>;
    },
    async agencyOf() {
      return 'Ủy ban nhân dân phường Hồng Bàng';
    },
    async petitionerOf() {
      return opts.who === undefined
        ? ({ fullName: 'Nguyễn Văn Thử', email: 'thu@example.vn' } as PetitionerData)
        : opts.who;
    },
  };
  const deadlines: Pick<PetitionDeadlinesService, 'presetOn'> = {
    presetOn: async () => (opts.preset === undefined ? preset2026() : opts.preset),
  };
  const calendar: Pick<CalendarService, 'today'> = { today: () => TODAY };
  const notifications: Pick<NotificationsService, 'enqueue'> = {
    async enqueue(em, msg) {
      expect(em).toBe(EM);
      state.w.mails = [...state.w.mails, msg];
      return true;
    },
  };
  const clock = new Clock();
  clock.setNow('2026-03-10T03:00:00.000Z');
  const service = new PetitionClockService(
    petitions as PetitionsService,
    repo as PetitionsRepository,
    deadlines as PetitionDeadlinesService,
    calendar as CalendarService,
    notifications as NotificationsService,
    tx as TransactionRunner,
    clock,
  );
  return { service, state };
}

const world = (over: Partial<PetitionEntity> = {}, rest: Partial<Omit<World, 'petition'>> = {}): World => ({
  petition: petition(over),
  pauses: [],
  extensions: [],
  mails: [],
  ...rest,
});

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

const pause = (over: Partial<PetitionPauseEntity>): PetitionPauseEntity =>
  ({
    id: 'pause-1',
    petitionId: 'petition-1',
    fromOn: '2026-03-04',
    toOn: null,
    reason: 'Chờ bổ sung',
    createdBy: 'u',
    createdAt: new Date(0),
    resumedBy: null,
    resumedAt: null,
    ...over,
  }) as PetitionPauseEntity;

describe('PetitionClockService.accept', () => {
  it('records the acceptance day (today by default) and moves the petition to accepted', async () => {
    const { service, state } = setUp(world());
    await service.accept(USER, 'petition-1', {});
    expect(state.w.petition).toMatchObject({ status: 'accepted', acceptedOn: TODAY });
  });

  it('takes an earlier acceptance day, but not one before receipt or in the future (400 naming acceptedOn)', async () => {
    const { service, state } = setUp(world());
    for (const acceptedOn of ['2026-03-01', '2026-03-11']) {
      const e = await refusal(service.accept(USER, 'petition-1', { acceptedOn }));
      expect([e.status, e.code, e.errors?.[0]?.field]).toEqual([400, 'VALIDATION_FAILED', 'acceptedOn']);
    }
    await service.accept(USER, 'petition-1', { acceptedOn: '2026-03-02' });
    expect(state.w.petition.acceptedOn).toBe('2026-03-02');
  });

  it('refuses an anonymous denunciation (422 ANONYMOUS_NOT_PROCESSED) and a petition no longer received (409)', async () => {
    const anonymous = setUp(world({ type: 'denunciation', anonymous: true }));
    expect((await refusal(anonymous.service.accept(USER, 'petition-1', {}))).code).toBe('ANONYMOUS_NOT_PROCESSED');
    const accepted = setUp(world({ status: 'accepted', acceptedOn: '2026-03-03' }));
    const e = await refusal(accepted.service.accept(USER, 'petition-1', {}));
    expect([e.status, e.code]).toEqual([409, 'PETITION_NOT_RECEIVED']);
    expect(accepted.state.w.petition.acceptedOn).toBe('2026-03-03');
  });
});

describe('PetitionClockService.update', () => {
  it('changes only the flags given, scrubs the subject and derives `complex` from the complexity', async () => {
    const { service, state } = setUp(world());
    await service.update(USER, 'petition-1', {
      remoteArea: true,
      complexity: 'especially_complex',
      subject: '  Đơn của Nguyễn Văn Thử  ',
    });
    expect(state.w.petition).toMatchObject({
      remoteArea: true,
      complexity: 'especially_complex',
      complex: true,
      round: 1,
      subject: 'Đơn của […]',
    });
    await service.update(USER, 'petition-1', { subject: '   ' });
    expect(state.w.petition.subject).toBeNull();
  });
});

describe('PetitionClockService.pause and resume', () => {
  it('opens a pause with a scrubbed reason, then closes it', async () => {
    const { service, state } = setUp(world());
    await service.pause(USER, 'petition-1', { from: '2026-03-05', reason: 'Chờ ông Nguyễn Văn Thử bổ sung' });
    expect(state.w.pauses).toHaveLength(1);
    expect(state.w.pauses[0]).toMatchObject({
      fromOn: '2026-03-05',
      toOn: null,
      reason: 'Chờ ông […] bổ sung',
      createdBy: USER.id,
    });
    expect(state.w.petition.paused).toBe(true); // the stored timeliness: the clock is stopped
    await service.resume(USER, 'petition-1', {});
    expect(state.w.pauses[0]).toMatchObject({ toOn: TODAY, resumedBy: USER.id });
    expect(state.w.petition.paused).toBe(false);
  });

  it('refuses a second open pause (409 PETITION_ALREADY_PAUSED), also when a concurrent insert wins the unique index', async () => {
    const open = setUp(world({}, { pauses: [pause({})] }));
    expect((await refusal(open.service.pause(USER, 'petition-1', { reason: 'Lần nữa' }))).code).toBe(
      'PETITION_ALREADY_PAUSED',
    );
    const race = setUp(world(), { uniqueRace: true });
    const e = await refusal(race.service.pause(USER, 'petition-1', { reason: 'Chờ bổ sung' }));
    expect([e.status, e.code]).toEqual([409, 'PETITION_ALREADY_PAUSED']);
  });

  it('refuses a pause overlapping the previous one, or dated before receipt (400)', async () => {
    const { service } = setUp(world({}, { pauses: [pause({ toOn: '2026-03-06' })] }));
    const overlap = await refusal(service.pause(USER, 'petition-1', { from: '2026-03-05', reason: 'Chờ' }));
    expect([overlap.status, overlap.errors?.[0]?.field]).toEqual([400, 'from']);
    const early = await refusal(service.pause(USER, 'petition-1', { from: '2026-03-01', reason: 'Chờ' }));
    expect([early.status, early.errors?.[0]?.field]).toEqual([400, 'from']);
  });

  it('refuses to resume without an open pause, or before the pause began, or after a concurrent resume', async () => {
    expect((await refusal(setUp(world()).service.resume(USER, 'petition-1', {}))).code).toBe('PETITION_NOT_PAUSED');
    const before = await refusal(
      setUp(world({}, { pauses: [pause({ fromOn: '2026-03-08' })] })).service.resume(USER, 'petition-1', {
        to: '2026-03-07',
      }),
    );
    expect([before.status, before.errors?.[0]?.field]).toEqual([400, 'to']);
    const race = await refusal(
      setUp(world({}, { pauses: [pause({})] }), { closeRace: true }).service.resume(USER, 'petition-1', {}),
    );
    expect([race.status, race.code]).toEqual([409, 'PETITION_NOT_PAUSED']);
  });
});

describe('PetitionClockService.extend (Law on Denunciation 2018, Art. 30)', () => {
  const complexDenunciation = {
    type: 'denunciation',
    complexity: 'complex',
    complex: true,
    status: 'accepted',
    acceptedOn: '2026-03-03',
  } as const;

  it('records an extension of a complex denunciation and e-mails the denouncer, sealed, once per extension', async () => {
    const { service, state } = setUp(world(complexDenunciation));
    await service.extend(USER, 'petition-1', { days: 30, reason: 'Cần xác minh thêm lời khai của Nguyễn Văn Thử' });
    expect(state.w.extensions).toHaveLength(1);
    expect(state.w.extensions[0]).toMatchObject({
      seq: 1,
      days: 30,
      complexity: 'complex',
      decidedOn: TODAY,
      reason: 'Cần xác minh thêm lời khai của […]',
    });
    expect(state.w.mails).toHaveLength(1);
    expect(state.w.mails[0]).toMatchObject({
      kind: 'petition.extension',
      to: 'thu@example.vn',
      identitySealed: true,
      dedupeKey: 'petition-extension:petition-1:1',
    });
    const lines = state.w.mails[0]!.text.split('\n');
    // A denouncer's identity is sealed: the outbox text greets without the name.
    expect(lines[0]).toBe('Kính gửi công dân,');
    expect(state.w.mails[0]!.text).not.toContain('Nguyễn Văn Thử');
    expect(lines).toContain(
      `Ủy ban nhân dân phường Hồng Bàng đã quyết định gia hạn thời hạn giải quyết đơn của công dân thêm 30 ngày (quyết định ngày ${TODAY.split('-').reverse().join('/')}).`,
    );
    expect(lines.slice(-3, -1)).toEqual(['Trân trọng.', 'Ủy ban nhân dân phường Hồng Bàng']);
  });

  it('refuses a second extension of a complex case and one longer than 30 days (422), a non-positive length (400 naming days)', async () => {
    const full = setUp(world(complexDenunciation, { extensions: [{ seq: 1, days: 30 } as PetitionExtensionEntity] }));
    expect((await refusal(full.service.extend(USER, 'petition-1', { days: 10, reason: 'Lần hai' }))).code).toBe(
      'EXTENSION_LIMIT_REACHED',
    );
    const long = await refusal(
      setUp(world(complexDenunciation)).service.extend(USER, 'petition-1', { days: 31, reason: 'Dài' }),
    );
    expect([long.status, long.code]).toEqual([422, 'EXTENSION_TOO_LONG']);
    const zero = await refusal(
      setUp(world(complexDenunciation)).service.extend(USER, 'petition-1', { days: 0, reason: 'Không' }),
    );
    expect([zero.status, zero.code, zero.errors?.[0]?.field]).toEqual([400, 'EXTENSION_INVALID_DAYS', 'days']);
  });

  it('refuses extensions of complaints, of normal denunciations, of anonymous ones and without a preset (422 EXTENSION_NOT_ALLOWED)', async () => {
    const cases = [
      setUp(world({ type: 'complaint', complexity: 'complex' })),
      setUp(world({ type: 'denunciation', complexity: 'normal' })),
      setUp(world({ ...complexDenunciation, anonymous: true })),
      setUp(world(complexDenunciation), { preset: null }),
    ];
    for (const { service, state } of cases) {
      const e = await refusal(service.extend(USER, 'petition-1', { days: 10, reason: 'Thử' }));
      expect([e.status, e.code]).toEqual([422, 'EXTENSION_NOT_ALLOWED']);
      expect(state.w.extensions).toEqual([]);
    }
  });

  it('raises the complexity given with the decision, and sends no e-mail without an address', async () => {
    const { service, state } = setUp(world({ type: 'denunciation', complexity: 'normal', status: 'accepted' }), {
      who: { fullName: 'Nguyễn Văn Thử', email: null } as PetitionerData,
    });
    await service.extend(USER, 'petition-1', { days: 20, reason: 'Phức tạp', complexity: 'especially_complex' });
    expect(state.w.petition).toMatchObject({ complexity: 'especially_complex', complex: true });
    expect(state.w.mails).toEqual([]);
  });

  it('turns a concurrent extension (unique index on the sequence) into 409 EXTENSION_CONFLICT and keeps nothing', async () => {
    const { service, state } = setUp(world(complexDenunciation), { uniqueRace: true });
    const e = await refusal(service.extend(USER, 'petition-1', { days: 30, reason: 'Đồng thời' }));
    expect([e.status, e.code]).toEqual([409, 'EXTENSION_CONFLICT']);
    expect(state.w).toMatchObject({ extensions: [], mails: [] });
  });
});
