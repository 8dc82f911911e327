import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';

describe('calendar: holidays and rule presets', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer();
  });
  afterAll(() => t.close());

  it('serves the published 2026 days off publicly, including Tết and the swapped Saturday', async () => {
    const res = await t.http().get(api('/holidays?year=2026'));
    expect(res.status).toBe(200);
    const byDate = new Map(res.body.map((e: { date: string; kind: string }) => [e.date, e.kind]));
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(byDate.get(d)).toMatch(/holiday|day_off/);
    expect(byDate.get('2026-01-10')).toBe('working_day');
    expect(byDate.get('2026-04-27')).toBe('day_off');
  });

  it('computes a default for a year without a published list (Tết 2030 from the Vietnamese lunar calendar)', async () => {
    const res = await t.http().get(api('/holidays/2030'));
    expect(res.body.computed).toBe(true);
    expect(res.body.entries.some((e: { date: string }) => e.date === '2030-02-02')).toBe(true);
    expectProblem(await t.http().get(api('/holidays?year=abc')), 400, 'VALIDATION_FAILED');
  });

  it('lets an administrator replace a year, validating the whole list first', async () => {
    const admin = await t.token('admin');
    expectProblem(
      await t
        .http()
        .put(api('/holidays/2031'))
        .set(bearer(await t.token('office')))
        .send([]),
      403,
    );
    const bad = await t
      .http()
      .put(api('/holidays/2031'))
      .set(bearer(admin))
      .send([{ date: '2030-12-31', name: 'Sai năm', kind: 'holiday' }]);
    expectProblem(bad, 400, 'INVALID_HOLIDAY_LIST');
    expect(bad.body.errors[0].field).toMatch(/^entries\[0\]/);
    const badShape = await t
      .http()
      .put(api('/holidays/2031'))
      .set(bearer(admin))
      .send([{ date: '2031-01-01', name: 'Tết Dương lịch', kind: 'party' }]);
    expectProblem(badShape, 400, 'VALIDATION_FAILED');
    expect((await t.http().get(api('/holidays/2031'))).body.computed).toBe(true);
    const list = [
      { date: '2031-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      { date: '2031-01-02', name: 'Nghỉ thêm', kind: 'day_off' },
    ];
    expect((await t.http().put(api('/holidays/2031')).set(bearer(admin)).send(list)).status).toBe(200);
    const after = await t.http().get(api('/holidays/2031'));
    expect(after.body.computed).toBe(false);
    expect(after.body.entries).toEqual(list);
  });

  it('keeps rule presets as versioned data: add a version, never rewrite one in force', async () => {
    const admin = await t.token('admin');
    const current = await t.http().get(api('/rule-presets/reception-frequency')).set(bearer(admin));
    expect(current.status).toBe(200);
    const doc = current.body.document;
    const commune = doc.series.find(
      (s: { level: string; body: string }) => s.level === 'commune' && s.body === 'government',
    );
    const original = JSON.parse(JSON.stringify(doc));

    commune.versions[0].count = 5;
    const rewrite = await t
      .http()
      .put(api('/rule-presets/reception-frequency'))
      .set(bearer(admin))
      .send({ document: doc });
    expectProblem(rewrite, 422, 'PRESET_HISTORY_CHANGED');

    const next = JSON.parse(JSON.stringify(original));
    const series = next.series.find(
      (s: { level: string; body: string }) => s.level === 'commune' && s.body === 'government',
    );
    const last = series.versions[series.versions.length - 1];
    last.effectiveTo = '2027-07-01';
    series.versions.push({
      effectiveFrom: '2027-07-01',
      count: 2,
      per: 'month',
      source: 'Văn bản giả định cho kiểm thử',
    });
    const ok = await t
      .http()
      .put(api('/rule-presets/reception-frequency'))
      .set(bearer(admin))
      .send({ document: next, expectedRevision: current.body.revision });
    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(current.body.revision + 1);
    const revisions = await t.http().get(api('/rule-presets/reception-frequency/revisions')).set(bearer(admin));
    expect(revisions.body.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);

    const invalid = await t
      .http()
      .put(api('/rule-presets/reception-frequency'))
      .set(bearer(admin))
      .send({ document: { series: 'nope' } });
    expectProblem(invalid, 400, 'INVALID_RULE_PRESET');
    expectProblem(
      await t
        .http()
        .put(api('/rule-presets/notice'))
        .set(bearer(await t.token('office')))
        .send({ document: {} }),
      403,
    );
  });
});
