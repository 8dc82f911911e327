import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { makeOrg, scheduleBody, sessionsOf } from './helpers/sessions-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

const RULES = [
  { rrule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '08:00' },
  { rrule: 'FREQ=MONTHLY;BYMONTHDAY=10,25', startTime: '14:00' },
  { rrule: 'FREQ=MONTHLY;BYDAY=+1MO', startTime: '07:30', holidayPolicy: 'previous_working_day' },
];

/** Creates the same schedules on a server and returns what they produced, without ids. */
async function generate(t: TestServer) {
  await setClock(t, '2025-12-01T03:00:00Z');
  const out: unknown[] = [];
  for (const [i, rule] of RULES.entries()) {
    const org = await makeOrg(t, `Z${i}`);
    const res = await t
      .http()
      .post(api('/schedules'))
      .set(bearer(org.office))
      .send(scheduleBody(org, { validFrom: '2025-12-01', ...rule }));
    expect(res.status).toBe(201);
    const sessions = await sessionsOf(t, org.office, { officialId: org.head });
    const detail = await t
      .http()
      .get(api(`/schedules/${res.body.id}`))
      .set(bearer(org.office));
    out.push({
      generatedUntil: detail.body.generatedUntil,
      skips: detail.body.skips,
      sessions: sessions.map((s) => [s.localDate, s.startsAt, s.endsAt, s.shiftedFrom]),
    });
  }
  return out;
}

describe('generation does not depend on the server process TZ', () => {
  let utc: TestServer;
  let ny: TestServer;
  beforeAll(async () => {
    [utc, ny] = await Promise.all([
      startServer({ env: { TEST_CLOCK: 'true', TZ: 'UTC' } }),
      startServer({ env: { TEST_CLOCK: 'true', TZ: 'America/New_York' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([utc?.close(), ny?.close()]);
  });

  it('gives identical sessions with TZ=UTC and TZ=America/New_York', async () => {
    const a = await generate(utc);
    const b = await generate(ny);
    expect(b).toEqual(a);
    const weekly = (a[0] as { sessions: string[][] }).sessions;
    expect(weekly.length).toBe(52);
    // 08:00 in Hải Phòng is 01:00 UTC, including across the US daylight-saving change of 8 March 2026.
    expect(weekly.every(([, startsAt]) => startsAt.endsWith('T01:00:00.000Z'))).toBe(true);
    expect(weekly.find(([d]) => d === '2026-03-09')).toEqual([
      '2026-03-09',
      '2026-03-09T01:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      null,
    ]);
    // previous_working_day: no first Monday of 2026 is a day off, so nothing moves; every session is at 00:30 UTC.
    expect((a[2] as { sessions: string[][] }).sessions.map(([, s]) => s.slice(11))).toEqual(
      Array(12).fill('00:30:00.000Z'),
    );
  });
});
