import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { makeOrg, type Org, scheduleBody, sessionsOf } from './helpers/sessions-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import type { Body } from './helpers/api-types.js';

type Row = Body<'get', '/compliance'>[number];

describe('compliance: required sessions from the preset in force vs sessions held', () => {
  let t: TestServer;
  let g: Org;
  let p: Org;
  const report = async (token: string, q: Record<string, string>) => {
    const res = await t.http().get(api('/compliance')).query(q).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body as Body<'get', '/compliance'>;
  };
  const of = (rows: Row[], id: string) =>
    rows
      .filter((r) => r.officialId === id)
      .map((r) => [r.period, r.required, r.heldInPerson, r.heldByDeputy, r.shortfall]);

  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true' } });
    await setClock(t, '2025-12-20T03:00:00Z');
    g = await makeOrg(t, 'G', 'government');
    p = await makeOrg(t, 'P', 'party');
    const s = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(g.office))
      .send(scheduleBody(g, { rrule: 'FREQ=WEEKLY;BYDAY=MO', validFrom: '2026-01-01', validUntil: '2026-03-31' }));
    expect(s.status).toBe(201);
    const sp = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(p.office))
      .send(
        scheduleBody(p, { rrule: 'FREQ=MONTHLY;BYMONTHDAY=10,25', validFrom: '2026-01-01', validUntil: '2026-03-31' }),
      );
    expect(sp.status).toBe(201);
    const sessions = new Map((await sessionsOf(t, g.office, { officialId: g.head })).map((x) => [x.localDate, x.id]));
    expect([...sessions.keys()]).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(
      (
        await t
          .http()
          .patch(api(`/sessions/${sessions.get('2026-02-09')}`))
          .set(bearer(g.office))
          .send({ delegateOfficialId: g.deputy })
      ).status,
    ).toBe(200);
    await setClock(t, '2026-04-01T03:00:00Z');
    const secretary = await t.token('secretary');
    const mark = async (date: string, by: string) => {
      const r = await t
        .http()
        .post(api(`/sessions/${sessions.get(date)}/held`))
        .set(bearer(secretary))
        .send({ heldByOfficialId: by });
      expect(r.status).toBe(200);
    };
    for (const d of [
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
    ])
      await mark(d, g.head);
    await mark('2026-02-09', g.deputy); // delegated
    await mark('2026-03-16', g.deputy); // a deputy standing in without a delegation
    const party = (await sessionsOf(t, p.office, { officialId: p.head })).map((x) => x.id);
    expect(party).toHaveLength(6);
    for (const id of party.slice(0, 5))
      expect(
        (
          await t
            .http()
            .post(api(`/sessions/${id}/held`))
            .set(bearer(secretary))
            .send({ heldByOfficialId: p.head })
        ).status,
      ).toBe(200);
  });
  afterAll(() => t.close());

  it('per month: 1 per week (ISO weeks by their Thursday; the Tết week has no working day and is not required)', async () => {
    const rows = await report(g.office, { unitId: g.unitId, from: '2026-01-01', to: '2026-03-31', period: 'month' });
    expect(of(rows, g.head)).toEqual([
      ['2026-01', 5, 4, 0, 1],
      ['2026-02', 3, 2, 1, 1],
      ['2026-03', 4, 2, 1, 2],
    ]);
    expect(rows.find((r) => r.officialId === g.head)).toMatchObject({
      level: 'commune',
      body: 'government',
      rule: { count: 1, per: 'week' },
    });
    // Only heads are reported: the deputy and the member have no row.
    expect(rows.some((r) => r.officialId === g.deputy || r.officialId === g.member)).toBe(false);
  });

  it('per quarter, half, nine months and year; and one exact range without a period', async () => {
    expect(
      of(await report(g.office, { unitId: g.unitId, from: '2026-01-01', to: '2026-03-31', period: 'quarter' }), g.head),
    ).toEqual([['2026-Q1', 12, 8, 2, 4]]);
    const party = await report(p.office, { unitId: p.unitId, from: '2026-01-01', to: '2026-12-31', period: 'quarter' });
    expect(of(party, p.head)).toEqual([
      ['2026-Q1', 6, 5, 0, 1],
      ['2026-Q2', 6, 0, 0, 6],
      ['2026-Q3', 6, 0, 0, 6],
      ['2026-Q4', 6, 0, 0, 6],
    ]);
    expect(of(await report(p.office, { from: '2026-01-01', to: '2026-12-31', period: 'half' }), p.head)).toEqual([
      ['2026-H1', 12, 5, 0, 7],
      ['2026-H2', 12, 0, 0, 12],
    ]);
    expect(of(await report(p.office, { from: '2026-01-01', to: '2026-12-31', period: 'nine_months' }), p.head)).toEqual(
      [['2026-9M', 18, 5, 0, 13]],
    );
    expect(of(await report(p.office, { from: '2026-01-01', to: '2026-12-31', period: 'year' }), p.head)).toEqual([
      ['2026', 24, 5, 0, 19],
    ]);
    expect(of(await report(g.office, { from: '2026-02-01', to: '2026-02-28' }), g.head)).toEqual([
      ['2026-02-01/2026-02-28', 3, 2, 1, 1],
    ]);
  });

  it('uses the level of the unit: the city chairman needs 1 a month', async () => {
    const units = (await t.http().get(api('/units')).set(bearer(g.admin))).body as Body<'get', '/units'>;
    const city = units.find((u) => u.code === 'HP')!;
    const rows = await report(g.admin, { unitId: city.id, from: '2026-01-01', to: '2026-12-31', period: 'year' });
    expect(rows.length).toBeGreaterThanOrEqual(2); // chairman (government) and secretary (party) of the demo city
    for (const r of rows) expect(r).toMatchObject({ level: 'city', required: 12, rule: { count: 1, per: 'month' } });
    expectProblem(await t.http().get(api('/compliance')).query({ unitId: city.id }).set(bearer(g.office)), 404);
    expectProblem(
      await t.http().get(api('/compliance')).query({ from: '2026-03-01', to: '2026-01-01' }).set(bearer(g.office)),
      400,
      'INVALID_PERIOD',
    );
  });

  it('splits a period at a rule change: each part keeps the rule in force then', async () => {
    const admin = g.admin;
    const current = await t.http().get(api('/rule-presets/reception-frequency')).set(bearer(admin));
    const doc = current.body.document;
    const series = doc.series.find(
      (s: { level: string; body: string }) => s.level === 'commune' && s.body === 'government',
    );
    series.versions[series.versions.length - 1].effectiveTo = '2026-05-01';
    series.versions.push({
      effectiveFrom: '2026-05-01',
      count: 2,
      per: 'month',
      source: 'Văn bản giả định cho kiểm thử',
    });
    expect(
      (await t.http().put(api('/rule-presets/reception-frequency')).set(bearer(admin)).send({ document: doc })).status,
    ).toBe(200);
    // April under the weekly rule (Thursdays 2, 9, 16, 23, 30 → 5), May and June under 2 a month (4).
    const rows = await report(g.office, { unitId: g.unitId, from: '2026-04-01', to: '2026-06-30' });
    expect(of(rows, g.head)).toEqual([['2026-04-01/2026-06-30', 9, 0, 0, 9]]);
    // The past quarter keeps the old rule.
    expect(
      of(await report(g.office, { unitId: g.unitId, from: '2026-01-01', to: '2026-03-31', period: 'quarter' }), g.head),
    ).toEqual([['2026-Q1', 12, 8, 2, 4]]);
  });
});
