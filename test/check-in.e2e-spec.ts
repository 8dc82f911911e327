import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';

describe('check-in: only on the session day, from CHECKIN_OPENS_MINUTES_BEFORE before the start to the end of the day', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer({ env: { TEST_CLOCK: 'true', CHECKIN_OPENS_MINUTES_BEFORE: '60' } });
    await setClock(t, '2026-03-02T01:00:00Z');
  });
  afterAll(() => t.close());

  it('refuses days before, opens an hour before the start, refuses the next day', async () => {
    const make = await sessionMaker(t, '2026-03-02T01:00:00Z');
    const s = await make({ date: '2026-03-16' }); // Monday 08:00 in Hải Phòng = 01:00Z
    const book = async (n: number) => {
      const res = await t
        .http()
        .post(api('/bookings'))
        .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(n) });
      expect(res.status).toBe(201);
      return res.body.code as string;
    };
    const early = await book(1);
    const late = await book(2);
    const sec = bearer(await t.token('secretary'));
    const checkIn = (code: string) =>
      t
        .http()
        .post(api(`/bookings/${code}/check-in`))
        .set(sec);

    const tooEarly = await checkIn(early); // two weeks before
    expectProblem(tooEarly, 422, 'CHECK_IN_NOT_OPEN');
    expect(tooEarly.body.detail).toContain('07:00 ngày 16/03/2026');
    expect(tooEarly.body).toMatchObject({ opensAt: '2026-03-16T00:00:00.000Z', closesAt: '2026-03-16T17:00:00.000Z' });
    await setClock(t, '2026-03-15T23:59:00Z'); // 06:59 local
    expectProblem(await checkIn(early), 422, 'CHECK_IN_NOT_OPEN');
    await setClock(t, '2026-03-16T00:00:00Z'); // 07:00 local
    const ok = await checkIn(early);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('checked_in');
    expectProblem(await checkIn(early), 409, 'BOOKING_NOT_CONFIRMED');
    await setClock(t, '2026-03-16T17:00:00Z'); // midnight: the session's day is over
    const tooLate = await checkIn(late);
    expectProblem(tooLate, 422, 'CHECK_IN_CLOSED');
    expect(tooLate.body.detail).toContain('16/03/2026');
  });
});
