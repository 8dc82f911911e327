/**
 * DialoguesService (the lifecycle of a direct dialogue) with hand-written in-memory fakes of its repositories and
 * collaborators: creation and its checks, announcement under the notice, changes and cancellation, holding and the
 * results, each refusal and the lost races, without a database or a server.
 */
import { describe, expect, it } from '@jest/globals';
import { DateTime } from '../common/time/luxon.js';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth.decorators.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import type { TransactionRunner } from '../database/transaction.runner.js';
import type { OfficialRecord, OrgReader, UnitRecord, VenueRecord } from '../org/org-reader.service.js';
import type { UnitScopeService } from '../org/unit-scope.service.js';
import type { DialogueEntity } from './dialogue.entity.js';
import type { DialogueRulesService } from './dialogue-rules.service.js';
import type { DialoguesRepository } from './dialogues.repository.js';
import { DialoguesService } from './dialogues.service.js';
import type { GoverningRules } from './domain/dialogue-presets.js';
import type { CreateDialogueDto } from './dto/dialogue.dto.js';
import type { DialogueResultMails } from './dialogue-result-mails.js';

const EM = { fake: 'entity-manager' } as unknown as EntityManager;
const ZONE = 'Asia/Ho_Chi_Minh';
const OFFICE = {
  id: 'user-office',
  username: 'office',
  roles: ['office'],
  unitId: 'unit-ward',
  officialId: null,
} as AuthUser;
const OUTSIDER = {
  id: 'user-other',
  username: 'other',
  roles: ['office'],
  unitId: 'unit-other',
  officialId: null,
} as AuthUser;

const UNITS: UnitRecord[] = [
  { id: 'unit-ward', name: 'Phường Hồng Bàng', level: 'commune' } as UnitRecord,
  { id: 'unit-other', name: 'Xã Khác', level: 'commune' } as UnitRecord,
];
const VENUES: VenueRecord[] = [
  { id: 'venue-ward', name: 'Hội trường phường', unitId: 'unit-ward' } as VenueRecord,
  { id: 'venue-other', name: 'Hội trường xã', unitId: 'unit-other' } as VenueRecord,
];
const OFFICIALS: OfficialRecord[] = [
  { id: 'chair-1', fullName: 'Trần Thị Chủ Trì', unitId: 'unit-ward', active: true } as OfficialRecord,
  { id: 'chair-retired', fullName: 'Lê Văn Nghỉ', unitId: 'unit-ward', active: false } as OfficialRecord,
];

interface Faults {
  /** The conditional update finds another status (a concurrent change won). */
  updateRace?: boolean;
  /** Length limits of the governing series (e.g. Hải Phòng's online dialogues: 90–120 minutes). */
  durationMinutes?: { min: number; max: number } | null;
}

/** Rules as the preset would give them: announce at least 7 days before, results within 10 days after. */
function rulesFor(date: string, faults: Faults): GoverningRules {
  const d = DateTime.fromISO(date);
  return {
    publishBy: d.minus({ days: 7 }).toISODate()!,
    resultsBy: d.plus({ days: 10 }).toISODate()!,
    notice: { days: 7, unit: 'calendar_days' },
    results: { days: 10, unit: 'calendar_days' },
    voterRequestPercent: 10,
    durationMinutes: faults.durationMinutes ?? null,
    basis: ['commune-law-2025'],
  } as GoverningRules;
}

function setUp(now: string, faults: Faults = {}, existing: DialogueEntity[] = []) {
  const dialogues = new Map(existing.map((d) => [d.id, { ...d }]));
  const chairs = new Map<string, string[]>(existing.map((d) => [d.id, ['chair-1']]));
  const calls: string[] = [];
  const clock = new Clock();
  clock.setNow(now);

  const repo: Pick<
    DialoguesRepository,
    'find' | 'chairsOf' | 'insert' | 'updateIfStatus' | 'replaceChairs' | 'bumpSequence'
  > = {
    async find(id) {
      const d = dialogues.get(id);
      return d ? { ...d } : null;
    },
    async chairsOf(ids) {
      return new Map(ids.map((id) => [id, chairs.get(id) ?? []]));
    },
    async insert(em, d, chairIds) {
      expect(em).toBe(EM);
      dialogues.set(d.id, { ...d });
      chairs.set(d.id, chairIds);
    },
    async updateIfStatus(_em, id, expected, changes) {
      const d = dialogues.get(id);
      if (faults.updateRace || !d || !expected.includes(d.status)) return false;
      dialogues.set(id, { ...d, ...changes });
      return true;
    },
    async replaceChairs(_em, id, chairIds) {
      calls.push(`replaceChairs:${chairIds.join(',')}`);
      chairs.set(id, chairIds);
    },
    async bumpSequence(_em, id) {
      const d = dialogues.get(id)!;
      dialogues.set(id, { ...d, sequence: d.sequence + 1 });
    },
  };
  const org: Pick<OrgReader, 'findUnit' | 'findVenue' | 'officialsByIds'> = {
    findUnit: async (id) => UNITS.find((u) => u.id === id) ?? null,
    findVenue: async (id) => VENUES.find((v) => v.id === id) ?? null,
    officialsByIds: async (ids) => OFFICIALS.filter((o) => ids.includes(o.id)),
  };
  // Scope: a user sees its own unit only.
  const scope: Pick<UnitScopeService, 'inScope' | 'assertInScope'> = {
    inScope: async (user, unitId) => unitId !== null && user.unitId === unitId,
    async assertInScope(user, unitId, what) {
      if (user.unitId !== unitId) throw new NotFoundError(what);
    },
  };
  const rules: Pick<DialogueRulesService, 'rulesFor' | 'today' | 'localDate'> = {
    rulesFor: async ({ date }) => rulesFor(date, faults),
    today: (zone) =>
      DateTime.fromJSDate(clock.now())
        .setZone(zone ?? ZONE)
        .toISODate()!,
    localDate: (at, zone) => DateTime.fromJSDate(at).setZone(zone).toISODate()!,
  };
  const tx: Pick<TransactionRunner, 'run'> = { run: <T>(work: (em: EntityManager) => Promise<T>) => work(EM) } as Pick<
    TransactionRunner,
    'run'
  >;
  const service = new DialoguesService(
    repo as DialoguesRepository,
    org as OrgReader,
    scope as UnitScopeService,
    rules as DialogueRulesService,
    tx as TransactionRunner,
    clock,
    // No question in these worlds left an e-mail address: the results mail sends nothing.
    { enqueue: async () => 0 } as unknown as DialogueResultMails,
  );
  return { service, dialogues, chairs, calls, clock };
}

/** An in-person dialogue on Friday 20/03/2026, 08:00–10:00 in Hải Phòng. */
const dto = (over: Partial<CreateDialogueDto> = {}): CreateDialogueDto => ({
  unitId: 'unit-ward',
  topic: '  Chỉnh trang đô thị  ',
  startsAt: '2026-03-20T01:00:00.000Z',
  endsAt: '2026-03-20T03:00:00.000Z',
  mode: 'in_person',
  venueId: 'venue-ward',
  chairOfficialIds: ['chair-1'],
  coOrganizers: [' Ủy ban MTTQ phường '],
  trigger: 'periodic',
  ...over,
});

function stored(over: Partial<DialogueEntity> = {}): DialogueEntity {
  return {
    id: 'dialogue-1',
    unitId: 'unit-ward',
    topic: 'Chỉnh trang đô thị',
    content: null,
    startsAt: new Date('2026-03-20T01:00:00.000Z'),
    endsAt: new Date('2026-03-20T03:00:00.000Z'),
    timeZone: ZONE,
    localDate: '2026-03-20',
    mode: 'in_person',
    venueId: 'venue-ward',
    onlineUrl: null,
    coOrganizers: [],
    trigger: 'periodic',
    voterShareBp: null,
    status: 'draft',
    publishBy: null,
    resultsBy: null,
    publishedAt: null,
    heldAt: null,
    resultsSummary: null,
    resultsPublishedAt: null,
    resultsPublishedOn: null,
    changeReason: null,
    sequence: 0,
    createdBy: 'user-office',
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...over,
  } as DialogueEntity;
}

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

const MARCH_2 = '2026-03-02T01:00:00.000Z';

describe('DialoguesService.create', () => {
  it('stores a draft with its local date, trimmed topic, co-organisers and chairs; the view shows the deadlines to come', async () => {
    const { service, dialogues, chairs } = setUp(MARCH_2);
    const view = await service.create(OFFICE, dto());
    const d = [...dialogues.values()][0]!;
    expect(d).toMatchObject({
      status: 'draft',
      topic: 'Chỉnh trang đô thị',
      localDate: '2026-03-20',
      timeZone: ZONE,
      venueId: 'venue-ward',
      onlineUrl: null,
      sequence: 0,
      createdBy: OFFICE.id,
    });
    expect(d.coOrganizers).toEqual([{ name: 'Ủy ban MTTQ phường', role: 'co_organizer' }]);
    expect(chairs.get(d.id)).toEqual(['chair-1']);
    expect(view).toMatchObject({ id: d.id, status: 'draft', publishBy: '2026-03-13' });
  });

  it('refuses a time range that ends before it starts or lasts more than 24 hours (400 INVALID_TIME_RANGE on endsAt)', async () => {
    const { service } = setUp(MARCH_2);
    for (const endsAt of ['2026-03-20T01:00:00.000Z', '2026-03-21T01:00:01.000Z']) {
      const e = await refusal(service.create(OFFICE, dto({ endsAt })));
      expect([e.status, e.code, e.errors?.[0]?.field]).toEqual([400, 'INVALID_TIME_RANGE', 'endsAt']);
    }
  });

  it('needs a venue in person, a link online, a venue in scope and active chairs (400 naming the field)', async () => {
    const { service } = setUp(MARCH_2);
    const cases: [Partial<CreateDialogueDto>, string, string][] = [
      [{ venueId: undefined }, 'VENUE_REQUIRED', 'venueId'],
      [{ mode: 'online', venueId: undefined }, 'ONLINE_URL_REQUIRED', 'onlineUrl'],
      [{ mode: 'hybrid', onlineUrl: undefined }, 'ONLINE_URL_REQUIRED', 'onlineUrl'],
      [{ venueId: 'venue-other' }, 'VENUE_NOT_FOUND', 'venueId'],
      [{ chairOfficialIds: ['chair-1', 'chair-retired'] }, 'CHAIR_NOT_FOUND', 'chairOfficialIds[1]'],
    ];
    for (const [over, code, field] of cases) {
      const e = await refusal(service.create(OFFICE, dto(over)));
      expect([e.status, e.code, e.errors?.[0]?.field]).toEqual([400, code, field]);
    }
  });

  it('drops the venue of an online dialogue and the link of an in-person one', async () => {
    const { service, dialogues } = setUp(MARCH_2);
    await service.create(
      OFFICE,
      dto({ mode: 'online', venueId: 'venue-ward', onlineUrl: 'https://meet.example.vn/doi-thoai' }),
    );
    await service.create(OFFICE, dto({ onlineUrl: 'https://meet.example.vn/x' }));
    const [online, inPerson] = [...dialogues.values()];
    expect([online!.venueId, online!.onlineUrl]).toEqual([null, 'https://meet.example.vn/doi-thoai']);
    expect([inPerson!.venueId, inPerson!.onlineUrl]).toEqual(['venue-ward', null]);
  });

  it("checks the voters' share of a voter request against the preset (10%), and refuses a share on other triggers", async () => {
    const { service, dialogues } = setUp(MARCH_2);
    const missing = await refusal(service.create(OFFICE, dto({ trigger: 'voter_request' })));
    expect([missing.status, missing.code]).toEqual([400, 'VOTER_SHARE_REQUIRED']);
    const low = await refusal(service.create(OFFICE, dto({ trigger: 'voter_request', voterRequestShare: 9.99 })));
    expect([low.status, low.code]).toEqual([422, 'DIALOGUE_VOTER_SHARE_TOO_LOW']);
    const stray = await refusal(service.create(OFFICE, dto({ voterRequestShare: 12 })));
    expect([stray.status, stray.code]).toEqual([400, 'VOTER_SHARE_NOT_APPLICABLE']);
    await service.create(OFFICE, dto({ trigger: 'voter_request', voterRequestShare: 10 }));
    expect([...dialogues.values()][0]!.voterShareBp).toBe(1000);
  });

  it("refuses a length outside the series' limits (422 DIALOGUE_DURATION_OUT_OF_RANGE)", async () => {
    const { service } = setUp(MARCH_2, { durationMinutes: { min: 90, max: 120 } });
    const e = await refusal(service.create(OFFICE, dto({ endsAt: '2026-03-20T03:01:00.000Z' })));
    expect([e.status, e.code]).toEqual([422, 'DIALOGUE_DURATION_OUT_OF_RANGE']);
  });

  it("answers 404 for a unit outside the user's scope", async () => {
    const e = await refusal(setUp(MARCH_2).service.create(OUTSIDER, dto()));
    expect(e.status).toBe(404);
  });
});

describe('DialoguesService.publish', () => {
  it('announces a draft on or before the last day of the notice and stores the deadlines', async () => {
    const { service, dialogues } = setUp('2026-03-13T16:59:00.000Z', {}, [stored()]); // 23:59 on 13/03 in Hải Phòng
    await service.publish(OFFICE, 'dialogue-1');
    expect(dialogues.get('dialogue-1')).toMatchObject({
      status: 'published',
      publishBy: '2026-03-13',
      resultsBy: '2026-03-30',
      publishedAt: new Date('2026-03-13T16:59:00.000Z'),
    });
  });

  it('refuses after the last day of the notice, with no override (422 DIALOGUE_NOTICE_TOO_SHORT)', async () => {
    const { service, dialogues } = setUp('2026-03-13T17:00:00.000Z', {}, [stored()]); // 00:00 on 14/03
    const e = await refusal(service.publish(OFFICE, 'dialogue-1'));
    expect([e.status, e.code]).toEqual([422, 'DIALOGUE_NOTICE_TOO_SHORT']);
    expect(e.message).toContain('13/03/2026');
    expect(dialogues.get('dialogue-1')!.status).toBe('draft');
  });

  it('refuses to announce twice (422 DIALOGUE_INVALID_STATE), and loses a race with 409 DIALOGUE_CHANGED', async () => {
    const again = await refusal(
      setUp(MARCH_2, {}, [stored({ status: 'published' })]).service.publish(OFFICE, 'dialogue-1'),
    );
    expect([again.status, again.code]).toEqual([422, 'DIALOGUE_INVALID_STATE']);
    const race = await refusal(setUp(MARCH_2, { updateRace: true }, [stored()]).service.publish(OFFICE, 'dialogue-1'));
    expect([race.status, race.code]).toEqual([409, 'DIALOGUE_CHANGED']);
  });

  it("hides another unit's dialogue (404)", async () => {
    expect((await refusal(setUp(MARCH_2, {}, [stored()]).service.publish(OUTSIDER, 'dialogue-1'))).status).toBe(404);
    expect((await refusal(setUp(MARCH_2).service.publish(OFFICE, 'missing'))).status).toBe(404);
  });
});

describe('DialoguesService.update', () => {
  const announced = () =>
    stored({ status: 'published', publishBy: '2026-03-13', resultsBy: '2026-03-30', sequence: 2 });

  it('edits a draft without a reason and without touching SEQUENCE; replaces the chairs when given', async () => {
    const { service, dialogues, calls } = setUp(MARCH_2, {}, [stored()]);
    await service.update(OFFICE, 'dialogue-1', { topic: ' Giao thông ', chairOfficialIds: ['chair-1'] });
    expect(dialogues.get('dialogue-1')).toMatchObject({ topic: 'Giao thông', sequence: 0, status: 'draft' });
    expect(calls).toEqual(['replaceChairs:chair-1']);
  });

  it('needs a reason once announced (400 REASON_REQUIRED)', async () => {
    const e = await refusal(setUp(MARCH_2, {}, [announced()]).service.update(OFFICE, 'dialogue-1', { topic: 'Khác' }));
    expect([e.status, e.code, e.errors?.[0]?.field]).toEqual([400, 'REASON_REQUIRED', 'reason']);
  });

  it('moves an announced dialogue within the notice: new date and deadlines, SEQUENCE + 1', async () => {
    const { service, dialogues } = setUp(MARCH_2, {}, [announced()]);
    await service.update(OFFICE, 'dialogue-1', {
      startsAt: '2026-03-27T01:00:00.000Z',
      endsAt: '2026-03-27T03:00:00.000Z',
      reason: 'Trùng lịch họp',
    });
    expect(dialogues.get('dialogue-1')).toMatchObject({
      localDate: '2026-03-27',
      publishBy: '2026-03-20',
      resultsBy: '2026-04-06',
      sequence: 3,
      changeReason: 'Trùng lịch họp',
    });
  });

  it('refuses to move an announced dialogue to a date whose notice has passed (422)', async () => {
    const { service, dialogues } = setUp(MARCH_2, {}, [announced()]);
    const e = await refusal(
      service.update(OFFICE, 'dialogue-1', {
        startsAt: '2026-03-05T01:00:00.000Z',
        endsAt: '2026-03-05T03:00:00.000Z',
        reason: 'Sớm hơn',
      }),
    );
    expect([e.status, e.code]).toEqual([422, 'DIALOGUE_NOTICE_TOO_SHORT']);
    expect(dialogues.get('dialogue-1')!.localDate).toBe('2026-03-20');
  });

  it('cancels an announced dialogue with its reason (SEQUENCE + 1); a held one cannot be cancelled', async () => {
    const { service, dialogues } = setUp(MARCH_2, {}, [announced()]);
    await service.update(OFFICE, 'dialogue-1', { status: 'cancelled', reason: 'Thiên tai' });
    expect(dialogues.get('dialogue-1')).toMatchObject({ status: 'cancelled', changeReason: 'Thiên tai', sequence: 3 });
    const held = await refusal(
      setUp(MARCH_2, {}, [stored({ status: 'held' })]).service.update(OFFICE, 'dialogue-1', {
        status: 'cancelled',
        reason: 'x',
      }),
    );
    expect([held.status, held.code]).toEqual([422, 'DIALOGUE_INVALID_STATE']);
  });

  it('loses a race with 409 DIALOGUE_CHANGED', async () => {
    const e = await refusal(
      setUp(MARCH_2, { updateRace: true }, [stored()]).service.update(OFFICE, 'dialogue-1', { topic: 'Khác' }),
    );
    expect([e.status, e.code]).toEqual([409, 'DIALOGUE_CHANGED']);
  });
});

describe('DialoguesService.held and publishResults', () => {
  it('records the dialogue held only once it has started (422 DIALOGUE_NOT_STARTED before)', async () => {
    const early = await refusal(
      setUp('2026-03-20T00:59:59.000Z', {}, [stored({ status: 'published' })]).service.held(OFFICE, 'dialogue-1'),
    );
    expect([early.status, early.code]).toEqual([422, 'DIALOGUE_NOT_STARTED']);
    const { service, dialogues } = setUp('2026-03-20T01:00:00.000Z', {}, [stored({ status: 'published' })]);
    await service.held(OFFICE, 'dialogue-1');
    expect(dialogues.get('dialogue-1')).toMatchObject({ status: 'held', heldAt: new Date('2026-03-20T01:00:00.000Z') });
  });

  it('refuses to hold a draft (422 DIALOGUE_INVALID_STATE)', async () => {
    const e = await refusal(setUp('2026-03-21T01:00:00.000Z', {}, [stored()]).service.held(OFFICE, 'dialogue-1'));
    expect(e.code).toBe('DIALOGUE_INVALID_STATE');
  });

  it('publishes the results of a held dialogue with the local day of publication; not before it was held', async () => {
    const { service, dialogues } = setUp('2026-03-25T02:00:00.000Z', {}, [
      stored({ status: 'held', resultsBy: '2026-03-30' }),
    ]);
    await service.publishResults(OFFICE, 'dialogue-1', { summary: '  Đã trả lời 12 ý kiến  ' });
    expect(dialogues.get('dialogue-1')).toMatchObject({
      status: 'results_published',
      resultsSummary: 'Đã trả lời 12 ý kiến',
      resultsPublishedOn: '2026-03-25',
    });
    const early = await refusal(
      setUp(MARCH_2, {}, [stored({ status: 'published' })]).service.publishResults(OFFICE, 'dialogue-1', {
        summary: 'x',
      }),
    );
    expect(early.code).toBe('DIALOGUE_INVALID_STATE');
  });
});
