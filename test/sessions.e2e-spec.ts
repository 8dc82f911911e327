import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { makeOrg, type Org, scheduleBody, type SessionRow, sessionsOf } from './helpers/sessions-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

describe('session lifecycle: ad hoc, publish with notice, move, delegate, cancel, held', () => {
  let t: TestServer;
  let o: Org;
  /** A deputy of another unit (the city). */
  let otherDeputy: string;
  const byDate = new Map<string, SessionRow>();
  const get = async (id: string) =>
    (
      await t
        .http()
        .get(api(`/sessions/${id}`))
        .set(bearer(o.office))
    ).body as Body<'get', '/sessions/{id}'>;
  const patch = (id: string, body: Record<string, unknown>) =>
    t
      .http()
      .patch(api(`/sessions/${id}`))
      .set(bearer(o.office))
      .send(body);
  const publish = (id: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(api(`/sessions/${id}/publish`))
      .set(bearer(o.office))
      .send(body);
  const held = async (id: string, heldByOfficialId: string, user = 'secretary') =>
    t
      .http()
      .post(api(`/sessions/${id}/held`))
      .set(bearer(await t.token(user)))
      .send({ heldByOfficialId });

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2026-02-10T02:00:00Z'); // Tuesday 10 February 2026, 09:00 in Hải Phòng
    o = await makeOrg(t, 'S');
    const units = (await t.http().get(api('/units')).set(bearer(o.admin))).body as Body<'get', '/units'>;
    const city = units.find((u) => u.code === 'HP')!;
    const d = await t.http().post(api('/officials')).set(bearer(o.admin)).send({
      fullName: 'Phó Thành Phố',
      title: 'Phó Chủ tịch',
      unitId: city.id,
      position: 'deputy',
      body: 'government',
    });
    expect(d.status).toBe(201);
    otherDeputy = d.body.id;
  });
  afterAll(() => t.close());

  it('creates an ad-hoc session with its legal trigger; one per official and day', async () => {
    const body = {
      officialId: o.head,
      venueId: o.venueId,
      startsAt: '2026-02-23T01:00:00.000Z',
      endsAt: '2026-02-23T04:00:00.000Z',
      adHocReason: 'complex_case',
      note: 'Vụ việc đông người về giải phóng mặt bằng',
    };
    const res = await t.http().post(api('/sessions')).set(bearer(o.office)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      adHoc: true,
      adHocReason: 'complex_case',
      scheduleId: null,
      status: 'planned',
      localDate: '2026-02-23',
      timeZone: 'Asia/Ho_Chi_Minh',
      sequence: 0,
    });
    byDate.set('adhoc', res.body);
    const again = await t
      .http()
      .post(api('/sessions'))
      .set(bearer(o.office))
      .send({
        ...body,
        startsAt: '2026-02-23T07:00:00.000Z',
        endsAt: '2026-02-23T09:00:00.000Z',
        adHocReason: 'serious_risk',
      });
    expectProblem(again, 409, 'SESSION_DAY_TAKEN');
    const boredom = await t
      .http()
      .post(api('/sessions'))
      .set(bearer(o.office))
      .send({ ...body, adHocReason: 'boredom' });
    expectProblem(boredom, 400, 'VALIDATION_FAILED');
    expect(boredom.body.errors).toEqual([
      { field: 'adHocReason', message: expect.stringMatching(/^Phải là một trong: \w+(, \w+)+\.$/) },
    ]);
    expectProblem(
      await t
        .http()
        .post(api('/sessions'))
        .set(bearer(o.office))
        .send({ ...body, endsAt: '2026-02-23T00:00:00.000Z' }),
      400,
      'INVALID_SESSION_TIME',
    );
    expectProblem(
      await t
        .http()
        .post(api('/sessions'))
        .set(bearer(await t.token('secretary')))
        .send(body),
      403,
    );
  });

  it('refuses to publish under 5 working days of notice (Tết counts as no working day), unless overridden with a reason', async () => {
    const id = byDate.get('adhoc')!.id;
    // 23/2 is 13 calendar days away but only 4 working days (10–13/2): the deadline was 9/2.
    const late = await publish(id);
    expectProblem(late, 422, 'PUBLISH_NOTICE_TOO_SHORT');
    expect(late.body).toMatchObject({ deadline: '2026-02-09', sessionDate: '2026-02-23' });
    expect(late.body.detail).toContain('09/02/2026');
    // The person reads what to do, in Vietnamese; the fields to send are named in errors[] (for programs).
    expect(late.body.detail).toContain('hãy xác nhận công bố muộn và nêu lý do');
    expect(late.body.detail).not.toMatch(/override|reason|true/);
    expect(late.body.errors.map((e: { field: string }) => e.field)).toEqual(['override', 'reason']);
    const noReason = await publish(id, { override: true });
    expectProblem(noReason, 400, 'REASON_REQUIRED');
    expect(noReason.body.errors[0].field).toBe('reason');
    const forced = await publish(id, { override: true, reason: 'Vụ việc phức tạp, cần tiếp ngay sau Tết' });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({
      status: 'published',
      publishOverrideReason: 'Vụ việc phức tạp, cần tiếp ngay sau Tết',
      sequence: 0,
    });
    expect(forced.body.publishedAt).toBe('2026-02-10T02:00:00.000Z');
    expect((await publish(id)).status).toBe(200); // already published: idempotent
  });

  it('publishes a periodic session in time without recording an override', async () => {
    await setClock(t, '2026-02-25T03:00:00Z');
    const s = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(o.office))
      .send(scheduleBody(o, { rrule: 'FREQ=WEEKLY;BYDAY=MO', validFrom: '2026-03-01', validUntil: '2026-04-30' }));
    expect(s.status).toBe(201);
    for (const row of await sessionsOf(t, o.office, { officialId: o.head, from: '2026-03-01' }))
      byDate.set(row.localDate, row);
    expect([...byDate.keys()].filter((k) => k.startsWith('2026-03'))).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    // 2/3: deadline 23/2 passed. 9/3: deadline 2/3, fine.
    expectProblem(await publish(byDate.get('2026-03-02')!.id), 422, 'PUBLISH_NOTICE_TOO_SHORT');
    const ok = await publish(byDate.get('2026-03-09')!.id, { override: true, reason: 'không cần' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'published', publishOverrideReason: null, sequence: 0 });
  });

  it('moves a published session only with a reason, bumping SEQUENCE, and never onto a taken day', async () => {
    const id = byDate.get('2026-03-09')!.id;
    const noReason = await patch(id, { startsAt: '2026-03-10T01:00:00.000Z' });
    expectProblem(noReason, 400, 'REASON_REQUIRED');
    expect(noReason.body.errors[0].field).toBe('reason');
    const moved = await patch(id, { startsAt: '2026-03-10T01:00:00.000Z', reason: 'Lãnh đạo họp đột xuất' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      localDate: '2026-03-10',
      startsAt: '2026-03-10T01:00:00.000Z',
      endsAt: '2026-03-10T04:00:00.000Z',
      sequence: 1,
      modified: true,
      changeReason: 'Lãnh đạo họp đột xuất',
      status: 'published',
    });
    expectProblem(
      await patch(id, { startsAt: '2026-03-16T07:00:00.000Z', reason: 'Dời tiếp' }),
      409,
      'SESSION_DAY_TAKEN',
    );
    expect(await get(id)).toMatchObject({ localDate: '2026-03-10', sequence: 1 });
    const venue = await t
      .http()
      .post(api('/venues'))
      .set(bearer(o.office))
      .send({ name: 'Hội trường S', address: 'Số 2 đường Kiểm Thử', unitId: o.unitId });
    const revenue = await patch(id, { venueId: venue.body.id, reason: 'Đông người, chuyển hội trường' });
    expect(revenue.body).toMatchObject({ venueId: venue.body.id, sequence: 2 });
    // A patch that changes nothing changes nothing.
    expect((await patch(id, { venueId: venue.body.id })).body.sequence).toBe(2);
  });

  it('delegates only to a deputy or member of the same unit', async () => {
    const id = byDate.get('2026-03-16')!.id;
    expectProblem(await patch(id, { delegateOfficialId: otherDeputy }), 400, 'INVALID_DELEGATE');
    expectProblem(await patch(id, { delegateOfficialId: o.head }), 400, 'INVALID_DELEGATE');
    const d = await patch(id, { delegateOfficialId: o.deputy });
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ delegateOfficialId: o.deputy, sequence: 1, modified: true });
  });

  it('moves a published session under the notice period only with the same recorded override as publishing', async () => {
    const id = byDate.get('2026-03-30')!.id;
    expect((await publish(id)).status).toBe(200); // 25/2: the deadline for 30/3 is 23/3
    // Friday 27/2 is two days away: its deadline (13/2, before Tết) has passed. A reason alone is not enough.
    const late = await patch(id, { startsAt: '2026-02-27T01:00:00.000Z', reason: 'Lãnh đạo bận ngày 30/3' });
    expectProblem(late, 422, 'PUBLISH_NOTICE_TOO_SHORT');
    expect(late.body).toMatchObject({ deadline: '2026-02-13', sessionDate: '2026-02-27' }); // Tết: 16–20/2 are no working days
    expect(await get(id)).toMatchObject({ localDate: '2026-03-30', sequence: 0, publishOverrideReason: null });
    const noReason = await patch(id, { startsAt: '2026-02-27T01:00:00.000Z', override: true });
    expectProblem(noReason, 400, 'REASON_REQUIRED');
    const forced = await patch(id, {
      startsAt: '2026-02-27T01:00:00.000Z',
      override: true,
      reason: 'Vụ việc cần tiếp sớm',
    });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({
      localDate: '2026-02-27',
      status: 'published',
      sequence: 1,
      publishOverrideReason: 'Vụ việc cần tiếp sớm',
      changeReason: 'Vụ việc cần tiếp sớm',
    });
    // Back to a date with enough notice: a reason suffices, as before.
    const back = await patch(id, { startsAt: '2026-03-30T01:00:00.000Z', reason: 'Trả lại lịch cũ' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ localDate: '2026-03-30', sequence: 2 });
  });

  it('cancels with a reason once published; the day is free again; a cancelled session is closed', async () => {
    const id = byDate.get('2026-03-23')!.id;
    expect((await publish(id)).status).toBe(200);
    expectProblem(await patch(id, { status: 'cancelled' }), 400, 'REASON_REQUIRED');
    const c = await patch(id, { status: 'cancelled', reason: 'Lãnh đạo đi công tác' });
    expect(c.body).toMatchObject({ status: 'cancelled', sequence: 1, changeReason: 'Lãnh đạo đi công tác' });
    expectProblem(
      await patch(id, { venueId: o.venueId, startsAt: '2026-03-23T02:00:00.000Z', reason: 'x' }),
      409,
      'SESSION_CLOSED',
    );
    const adhoc = await t.http().post(api('/sessions')).set(bearer(o.office)).send({
      officialId: o.head,
      venueId: o.venueId,
      startsAt: '2026-03-23T07:00:00.000Z',
      endsAt: '2026-03-23T09:00:00.000Z',
      adHocReason: 'serious_risk',
      note: 'Nguy cơ mất an ninh trật tự',
    });
    expect(adhoc.status).toBe(201);
    expect((await sessionsOf(t, o.office, { officialId: o.head, status: 'cancelled' })).map((s) => s.id)).toEqual([id]);
  });

  it('records held sessions: in person, by the delegate or a deputy; not before they start; not twice', async () => {
    const s2 = byDate.get('2026-03-02')!.id;
    expectProblem(await held(s2, o.head), 422, 'SESSION_NOT_STARTED');
    await setClock(t, '2026-03-17T10:00:00Z');
    expectProblem(await held(s2, o.head, 'viewer'), 403);
    const inPerson = await held(s2, o.head);
    expect(inPerson.status).toBe(200);
    expect(inPerson.body).toMatchObject({
      status: 'held',
      heldByOfficialId: o.head,
      heldAt: '2026-03-17T10:00:00.000Z',
    });
    expectProblem(await held(s2, o.head), 409, 'SESSION_CLOSED');
    const s16 = byDate.get('2026-03-16')!.id;
    expect((await held(s16, o.deputy, 'office')).body).toMatchObject({ status: 'held', heldByOfficialId: o.deputy });
    const s10 = byDate.get('2026-03-09')!.id;
    const wrong = await held(s10, o.member);
    expectProblem(wrong, 400, 'INVALID_HELD_BY');
    expect(wrong.body.errors[0].field).toBe('heldByOfficialId');
    expectProblem(await held(s10, otherDeputy), 400, 'INVALID_HELD_BY');
    expectProblem(await patch(s2, { status: 'cancelled', reason: 'x' }), 409, 'SESSION_CLOSED');
  });

  it('audits every change under entity type "session"', async () => {
    const id = byDate.get('2026-03-09')!.id;
    const res = await t.http().get(api('/audit')).query({ entityType: 'session', entityId: id }).set(bearer(o.admin));
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: { action: string }) => r.action).sort()).toEqual([
      'action:publish',
      'update',
      'update',
      'update',
    ]);
    const created = await t
      .http()
      .get(api('/audit'))
      .query({ entityType: 'session', entityId: byDate.get('adhoc')!.id })
      .set(bearer(o.admin));
    expect(created.body.items.map((r: { action: string }) => r.action).sort()).toEqual([
      'action:publish',
      'action:publish',
      'create',
    ]);
  });
});
