import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type TestServer } from './helpers/server.js';
import { citizen, type MadeSession, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';

/** POST /bookings with fetch (many concurrent sockets, no supertest overhead). */
async function post(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${api('/bookings')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function tally(results: { status: number; body: Record<string, unknown> }[]) {
  const by = new Map<string, number>();
  for (const r of results) {
    const key = `${r.status}${r.status >= 400 ? ` ${String(r.body.code)}` : ''}`;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  return Object.fromEntries([...by.entries()].sort());
}

describe('bookings under concurrency: never overbooked, durable across a crash', () => {
  let t: TestServer;
  let make: Awaited<ReturnType<typeof sessionMaker>>;
  beforeAll(async () => {
    t = await startServer();
    make = await sessionMaker(t);
  });
  afterAll(() => t.close());

  const fire = (s: MadeSession, from: number, n: number, extra: Record<string, unknown> = {}) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        post(t.url, { sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(from + i), ...extra }),
      ),
    );

  it('200 concurrent bookings at a slot with 5 seats: exactly 5 confirmed, all others SLOT_FULL, remaining 0', async () => {
    const s = await make({ seats: 5 });
    const results = await fire(s, 1000, 200);
    expect(tally(results)).toEqual({ '201': 5, '409 SLOT_FULL': 195 });
    const slots = (await fetch(`${t.url}${api(`/sessions/${s.id}/slots`)}`).then((r) => r.json())) as {
      remaining: number;
    }[];
    expect(slots[0]!.remaining).toBe(0);
    const [row] = await t.db.query<{ taken: number; seats: number }>(
      'SELECT taken, seats FROM booking_slots WHERE session_id = $1',
      [s.id],
    );
    expect(Number(row!.taken)).toBe(5);
    const [count] = await t.db.query<{ n: number }>(
      "SELECT COUNT(*) AS n FROM bookings WHERE session_id = $1 AND status = 'confirmed'",
      [s.id],
    );
    expect(Number(count!.n)).toBe(5);
  });

  it('200 concurrent bookings with waitlist: 5 confirmed and 195 waitlisted with distinct positions', async () => {
    const s = await make({ seats: 5 });
    const results = await fire(s, 2000, 200, { waitlist: true });
    expect(tally(results)).toEqual({ '201': 5, '202': 195 });
    const positions = results
      .filter((r) => r.status === 202)
      .map((r) => Number(r.body.position))
      .sort((a, b) => a - b);
    expect(new Set(positions).size).toBe(195);
    expect(Math.max(...positions)).toBe(195);
  });

  it('concurrent groups never overfill a slot either; groups that do not fit the last seat are told NOT_ENOUGH_SEATS', async () => {
    const s = await make({ seats: 7 });
    const results = await fire(s, 3000, 60, { groupSize: 3 });
    expect(tally(results)).toEqual({ '201': 2, '409 NOT_ENOUGH_SEATS': 58 });
    expect(results.find((r) => r.status === 409)!.body).toMatchObject({ remainingSeats: 1, requestedSeats: 3 });
    const [row] = await t.db.query<{ taken: number }>('SELECT taken FROM booking_slots WHERE session_id = $1', [s.id]);
    expect(Number(row!.taken)).toBe(6);
  });

  it('a SIGKILL while bookings pour in loses no answered booking and overfills no slot', async () => {
    const s = await make({ seats: 30, slotMinutes: 30, minutes: 120 });
    const slotStarts = [0, 1, 2, 3].map((i) => new Date(Date.parse(s.startsAt) + i * 30 * 60_000).toISOString());
    const answered: { code: string; manageToken: string }[] = [];
    let next = 5000;
    let stop = false;
    let errors = 0;
    const worker = async () => {
      while (!stop) {
        const n = next++;
        try {
          const r = await post(t.url, {
            sessionId: s.id,
            slotStartsAt: slotStarts[n % 4],
            ...citizen(n),
            waitlist: n % 3 === 0,
          });
          if (r.status === 201) answered.push({ code: String(r.body.code), manageToken: String(r.body.manageToken) });
          else if (r.status >= 500) throw new Error(`5xx: ${JSON.stringify(r.body)}`);
        } catch (e) {
          if ((e as Error).message.startsWith('5xx')) throw e;
          errors += 1; // the connection died with the server
          return;
        }
      }
    };
    const workers = Array.from({ length: 25 }, () => worker());
    while (answered.length < 40) await new Promise((r) => setTimeout(r, 5));
    await t.stop('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(errors).toBeGreaterThan(0); // requests were in flight when the process died

    t = await startServer({ reuse: t.db });
    for (const b of answered) {
      const res = await fetch(`${t.url}${api(`/bookings/${b.code}`)}`, {
        headers: { 'X-Manage-Token': b.manageToken },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe('confirmed');
    }
    const slots = await t.db.query<{ slot_index: number; taken: number; seats: number }>(
      'SELECT slot_index, taken, seats FROM booking_slots WHERE session_id = $1',
      [s.id],
    );
    const confirmed = await t.db.query<{ slot_index: number; n: number }>(
      "SELECT slot_index, SUM(seats) AS n FROM bookings WHERE session_id = $1 AND status = 'confirmed' GROUP BY slot_index",
      [s.id],
    );
    for (const slot of slots) {
      expect(Number(slot.taken)).toBeLessThanOrEqual(Number(slot.seats));
      expect(Number(slot.taken)).toBe(
        Number(confirmed.find((c) => Number(c.slot_index) === Number(slot.slot_index))?.n ?? 0),
      );
    }
    // The restarted server keeps taking bookings on the same grid.
    const after = await post(t.url, {
      sessionId: s.id,
      slotStartsAt: slotStarts[0],
      ...citizen(999_999),
      waitlist: true,
    });
    expect([201, 202]).toContain(after.status);
  });
});
