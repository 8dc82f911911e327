import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from '../src/common/time/luxon.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { makeOrg, type Org, scheduleBody, sessionsOf } from './helpers/sessions-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

/** Every Monday from `from` to `to` (inclusive). */
function mondays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from); d.toISODate()! <= to; d = d.plus({ weeks: 1 })) out.push(d.toISODate()!);
  return out;
}

describe('schedules → sessions (Tết 2026, make-up day off, year boundary)', () => {
  let t: TestServer;
  let a: Org;
  let b: Org;
  let c: Org;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    // Monday 1 December 2025, 10:00 in Hải Phòng: sessions are generated to 1 December 2026.
    await setClock(t, '2025-12-01T03:00:00Z');
    [a, b, c] = [await makeOrg(t, 'A'), await makeOrg(t, 'B'), await makeOrg(t, 'C')];
  });
  afterAll(() => t.close());

  it('seeds the demo schedules once: the ward chairman every Monday 08:00–11:00 at the ward venue', async () => {
    const officials = (await t.http().get(api('/officials')).set(bearer(a.office))).body as Body<'get', '/officials'>;
    const an = officials.find((o) => o.fullName === 'Nguyễn Văn An')!;
    const schedules = (await t.http().get(api('/schedules')).query({ officialId: an.id }).set(bearer(a.office))).body;
    expect(schedules).toHaveLength(1);
    expect(schedules[0]).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      startTime: '08:00',
      durationMinutes: 180,
      active: true,
    });
    const sessions = await sessionsOf(t, a.office, { officialId: an.id });
    expect(sessions.length).toBeGreaterThanOrEqual(50);
    expect(sessions.every((s) => s.shiftedFrom !== null || DateTime.fromISO(s.localDate).weekday === 1)).toBe(true);
    expect(t.logs()).toMatch(/Loaded 3 demo schedules/);
  });

  it('weekly on Monday: Tết Monday gives way to the next Monday, the make-up day off and the swapped 31/8 move forward', async () => {
    const res = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(a.office))
      .send(scheduleBody(a, { rrule: 'FREQ=WEEKLY;BYDAY=MO', validFrom: '2025-12-01' }));
    expect(res.status).toBe(201);
    ids.a = res.body.id;
    expect(res.body).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      timeZone: 'Asia/Ho_Chi_Minh',
      generatedUntil: '2026-12-01',
      active: true,
    });
    const sessions = await sessionsOf(t, a.office, { officialId: a.head });
    const moved: Record<string, string> = { '2026-04-27': '2026-04-28', '2026-08-31': '2026-09-03' };
    const expected = mondays('2025-12-01', '2026-12-01')
      .filter((d) => d !== '2026-02-16')
      .map((d) => moved[d] ?? d);
    expect(sessions.map((s) => s.localDate)).toEqual(expected);
    expect(sessions.length).toBe(52);
    const byDate = new Map(sessions.map((s) => [s.localDate, s]));
    expect(byDate.get('2026-04-28')).toMatchObject({
      shiftedFrom: '2026-04-27',
      startsAt: '2026-04-28T01:00:00.000Z',
      endsAt: '2026-04-28T04:00:00.000Z',
    });
    expect(byDate.get('2026-09-03')?.shiftedFrom).toBe('2026-08-31');
    // Year boundary: the last Monday of 2025 and the first of 2026 (1–2 January are days off, Monday 5th is not).
    expect(byDate.get('2025-12-29')).toMatchObject({
      shiftedFrom: null,
      status: 'planned',
      startsAt: '2025-12-29T01:00:00.000Z',
      sequence: 0,
      adHoc: false,
      scheduleId: ids.a,
    });
    expect(byDate.get('2026-01-05')?.shiftedFrom).toBeNull();
    const detail = await t
      .http()
      .get(api(`/schedules/${ids.a}`))
      .set(bearer(a.office));
    expect(detail.body.skips).toEqual([
      { occurrenceDate: '2026-02-16', reason: 'duplicate', wouldMoveTo: '2026-02-23' },
    ]);
  });

  it('twice a month (10th and 25th): the worked Saturday 10/1 stays, weekend and holiday dates move', async () => {
    const res = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(b.office))
      .send(
        scheduleBody(b, {
          rrule: 'FREQ=MONTHLY;BYMONTHDAY=10,25',
          validFrom: '2025-12-01',
          startTime: '14:00',
          durationMinutes: 120,
        }),
      );
    expect(res.status).toBe(201);
    ids.b = res.body.id;
    const sessions = await sessionsOf(t, b.office, { officialId: b.head });
    expect(sessions.map((s) => (s.shiftedFrom ? `${s.shiftedFrom}>${s.localDate}` : s.localDate))).toEqual([
      '2025-12-10',
      '2025-12-25',
      '2026-01-10',
      '2026-01-25>2026-01-26',
      '2026-02-10',
      '2026-02-25',
      '2026-03-10',
      '2026-03-25',
      '2026-04-10',
      '2026-04-25>2026-04-28',
      '2026-05-10>2026-05-11',
      '2026-05-25',
      '2026-06-10',
      '2026-06-25',
      '2026-07-10',
      '2026-07-25>2026-07-27',
      '2026-08-10',
      '2026-08-25',
      '2026-09-10',
      '2026-09-25',
      '2026-10-10>2026-10-12',
      '2026-10-25>2026-10-26',
      '2026-11-10',
      '2026-11-25',
    ]);
    expect(sessions[0]).toMatchObject({ startsAt: '2025-12-10T07:00:00.000Z', endsAt: '2025-12-10T09:00:00.000Z' });
  });

  it('monthly by weekday: first Monday; third Monday with the skip policy records Tết; never two sessions on one day', async () => {
    const first = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(c.office))
      .send(scheduleBody(c, { rrule: 'FREQ=MONTHLY;BYDAY=+1MO', validFrom: '2025-12-01' }));
    expect(first.status).toBe(201);
    const third = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(c.office))
      .send(
        scheduleBody(c, { rrule: 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3', validFrom: '2025-12-01', holidayPolicy: 'skip' }),
      );
    expect(third.status).toBe(201);
    expect(third.body.generation.skipped).toEqual([{ occurrenceDate: '2026-02-16', reason: 'holiday' }]);
    const sessions = await sessionsOf(t, c.office, { officialId: c.head });
    const byRule = (id: string) => sessions.filter((s) => s.scheduleId === id).map((s) => s.localDate);
    expect(byRule(first.body.id)).toEqual([
      '2025-12-01',
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
      '2026-05-04',
      '2026-06-01',
      '2026-07-06',
      '2026-08-03',
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
    ]);
    expect(byRule(third.body.id)).toEqual([
      '2025-12-15',
      '2026-01-19',
      '2026-03-16',
      '2026-04-20',
      '2026-05-18',
      '2026-06-15',
      '2026-07-20',
      '2026-08-17',
      '2026-09-21',
      '2026-10-19',
      '2026-11-16',
    ]);

    // The first-Monday rule for official A, who already receives every Monday: every occurrence is a taken day.
    const clash = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(a.office))
      .send(scheduleBody(a, { rrule: 'FREQ=MONTHLY;BYDAY=+1MO', validFrom: '2026-01-01' }));
    expect(clash.status).toBe(201);
    expect(clash.body.generation.created).toBe(0);
    expect(clash.body.generation.skipped.map((k: { reason: string }) => k.reason)).toEqual(
      Array(11).fill('date_taken'),
    );
    const days = (await sessionsOf(t, a.office, { officialId: a.head })).map((s) => s.localDate);
    expect(new Set(days).size).toBe(days.length);
    ids.clash = clash.body.id;
  });

  it('refuses a bad RRULE with 400 naming the field', async () => {
    for (const rrule of ['FREQ=HOURLY', 'FREQ=WEEKLY;BYDAY=XX', 'BYDAY=MO', 'FREQ=WEEKLY;BYHOUR=8']) {
      const res = await t
        .http()
        .post(api('/schedules'))
        .set(bearer(a.office))
        .send(scheduleBody(a, { rrule, validFrom: '2026-01-01' }));
      expectProblem(res, 400, 'INVALID_RRULE');
      expect(res.body.errors[0].field).toBe('rrule');
    }
    const until = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(a.office))
      .send(scheduleBody(a, { rrule: 'FREQ=WEEKLY;BYDAY=TU', validFrom: '2026-01-01', validUntil: '2025-12-01' }));
    expectProblem(until, 400, 'INVALID_VALIDITY');
    expectProblem(
      await t
        .http()
        .post(api('/schedules'))
        .set(bearer(await t.token('viewer')))
        .send(scheduleBody(a, { rrule: 'FREQ=WEEKLY;BYDAY=TU', validFrom: '2026-01-01' })),
      403,
    );
  });

  it('an edit regenerates future untouched planned sessions and reports published or modified ones as conflicts', async () => {
    const before = await sessionsOf(t, a.office, { officialId: a.head, from: '2025-12-08', to: '2025-12-22' });
    const [s8, s15, s22] = before;
    // 8/12: deadline for publishing is 5 working days before, i.e. today (1/12).
    expect(
      (
        await t
          .http()
          .post(api(`/sessions/${s8.id}/publish`))
          .set(bearer(a.office))
          .send({})
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .patch(api(`/sessions/${s15.id}`))
          .set(bearer(a.office))
          .send({ startsAt: '2025-12-15T02:00:00.000Z' })
      ).status,
    ).toBe(200);

    const edit = await t
      .http()
      .patch(api(`/schedules/${ids.a}`))
      .set(bearer(a.office))
      .send({ startTime: '09:30' });
    expect(edit.status).toBe(200);
    expect(edit.body.startTime).toBe('09:30');
    expect(edit.body.generation.conflicts).toEqual([
      {
        sessionId: s8.id,
        localDate: '2025-12-08',
        status: 'published',
        reason: 'published',
        expected: { startsAt: '2025-12-08T02:30:00.000Z', endsAt: '2025-12-08T05:30:00.000Z', venueId: a.venueId },
      },
      {
        sessionId: s15.id,
        localDate: '2025-12-15',
        status: 'planned',
        reason: 'modified',
        expected: { startsAt: '2025-12-15T02:30:00.000Z', endsAt: '2025-12-15T05:30:00.000Z', venueId: a.venueId },
      },
    ]);
    expect(edit.body.generation.created).toBe(0);
    const after = new Map((await sessionsOf(t, a.office, { officialId: a.head })).map((s) => [s.id, s]));
    expect(after.get(s8.id)).toMatchObject({ startsAt: '2025-12-08T01:00:00.000Z', status: 'published', sequence: 0 });
    expect(after.get(s15.id)).toMatchObject({ startsAt: '2025-12-15T02:00:00.000Z', modified: true });
    // Same row, new time, SEQUENCE bumped (a token-feed subscriber sees the change).
    expect(after.get(s22.id)).toMatchObject({ startsAt: '2025-12-22T02:30:00.000Z', sequence: 1, modified: false });

    // A new weekday: planned Mondays go, Tuesdays come, the two kept Mondays stay and are reported.
    const tuesday = await t
      .http()
      .patch(api(`/schedules/${ids.a}`))
      .set(bearer(a.office))
      .send({ rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    expect(tuesday.status).toBe(200);
    expect(
      tuesday.body.generation.conflicts.map((x: { sessionId: string; expected: unknown }) => [x.sessionId, x.expected]),
    ).toEqual([
      [s8.id, null],
      [s15.id, null],
    ]);
    const list = await sessionsOf(t, a.office, { officialId: a.head, from: '2025-12-01', to: '2025-12-31' });
    expect(list.map((s) => s.localDate)).toEqual([
      '2025-12-01',
      '2025-12-02',
      '2025-12-08',
      '2025-12-09',
      '2025-12-15',
      '2025-12-16',
      '2025-12-23',
      '2025-12-30',
    ]);

    // Deactivating removes every untouched future planned session, keeps the published and modified ones.
    const off = await t
      .http()
      .patch(api(`/schedules/${ids.a}`))
      .set(bearer(a.office))
      .send({ active: false });
    expect(off.body.active).toBe(false);
    const left = await sessionsOf(t, a.office, { officialId: a.head, from: '2025-12-02' });
    expect(left.map((s) => s.id).sort()).toEqual([s8.id, s15.id].sort());

    const audit = await t
      .http()
      .get(api('/audit'))
      .query({ entityType: 'schedule', entityId: ids.a })
      .set(bearer(a.admin));
    expect(audit.body.items.map((r: { action: string }) => r.action).sort()).toEqual([
      'create',
      'update',
      'update',
      'update',
    ]);
  });

  it('the daily extension keeps every active schedule 12 months ahead, and is idempotent', async () => {
    await setClock(t, '2026-02-01T03:00:00Z');
    expectProblem(await t.http().post(api('/schedules/extend')).set(bearer(b.office)), 403);
    const run = await t.http().post(api('/schedules/extend')).set(bearer(b.admin));
    expect(run.status).toBe(200);
    expect(run.body.failed).toBe(0);
    expect(run.body.created).toBeGreaterThanOrEqual(4);
    const late = await sessionsOf(t, b.office, { officialId: b.head, from: '2026-12-01' });
    // 10/1/2027 is a Sunday → Monday 11th.
    expect(late.map((s) => (s.shiftedFrom ? `${s.shiftedFrom}>${s.localDate}` : s.localDate))).toEqual([
      '2026-12-10',
      '2026-12-25',
      '2027-01-10>2027-01-11',
      '2027-01-25',
    ]);
    expect(
      (
        await t
          .http()
          .get(api(`/schedules/${ids.b}`))
          .set(bearer(b.office))
      ).body.generatedUntil,
    ).toBe('2027-02-01');
    const again = await t.http().post(api('/schedules/extend')).set(bearer(b.admin));
    expect(again.body).toMatchObject({ created: 0, failed: 0 });
    expect(await sessionsOf(t, b.office, { officialId: b.head, from: '2026-12-01' })).toHaveLength(4);
  });

  it("answers 404 for another unit's schedule and sessions, and lists only the user's scope", async () => {
    const admin = a.admin;
    const units = (await t.http().get(api('/units')).set(bearer(admin))).body as Body<'get', '/units'>;
    const other = units.find((u) => u.code === 'HP')!;
    const o = await t
      .http()
      .post(api('/officials'))
      .set(bearer(admin))
      .send({ fullName: 'Lãnh đạo Khác', title: 'Giám đốc', unitId: other.id, position: 'head', body: 'government' });
    const v = await t
      .http()
      .post(api('/venues'))
      .set(bearer(admin))
      .send({ name: 'Trụ sở khác', address: 'Số 9 phố Khác', unitId: other.id });
    const s = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(admin))
      .send(
        scheduleBody(
          { head: o.body.id, venueId: v.body.id },
          { rrule: 'FREQ=WEEKLY;BYDAY=WE', validFrom: '2026-03-01' },
        ),
      );
    expect(s.status).toBe(201);
    const theirs = await sessionsOf(t, admin, { officialId: o.body.id });
    expect(theirs.length).toBeGreaterThan(40);
    expectProblem(
      await t
        .http()
        .get(api(`/schedules/${s.body.id}`))
        .set(bearer(a.office)),
      404,
    );
    expectProblem(
      await t
        .http()
        .get(api(`/sessions/${theirs[0].id}`))
        .set(bearer(a.office)),
      404,
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/sessions/${theirs[0].id}`))
        .set(bearer(a.office))
        .send({ status: 'cancelled' }),
      404,
    );
    expectProblem(
      await t
        .http()
        .patch(api(`/schedules/${s.body.id}`))
        .set(bearer(a.office))
        .send({ active: false }),
      404,
    );
    expect(await sessionsOf(t, a.office, { officialId: o.body.id })).toEqual([]);
    const mine = (await t.http().get(api('/schedules')).set(bearer(a.office))).body as Body<'get', '/schedules'>;
    expect(mine.some((x) => x.id === s.body.id)).toBe(false);
    expect(mine.some((x) => x.id === ids.b)).toBe(true);
    // An office cannot plan for an official outside its scope either.
    expectProblem(
      await t
        .http()
        .post(api('/schedules'))
        .set(bearer(a.office))
        .send(
          scheduleBody(
            { head: o.body.id, venueId: a.venueId },
            { rrule: 'FREQ=WEEKLY;BYDAY=WE', validFrom: '2026-03-01' },
          ),
        ),
      404,
    );
  });
});
