import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runVerify } from './helpers/audit-fixtures.js';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/**
 * The hash chain stays linear under concurrent writes: on PostgreSQL from two server processes on one database (the
 * advisory lock), on SQLite from one process whose bookings share group-committed transactions.
 */
describe(`audit chain under concurrent writes (${ON_POSTGRES ? 'two instances on one database' : 'group commit'})`, () => {
  let servers: TestServer[] = [];
  beforeAll(async () => {
    const first = await startServer();
    servers = [first];
    if (ON_POSTGRES) servers.push(await startServer({ reuse: first.db }));
  });
  afterAll(async () => {
    for (const s of servers.slice(1)) await s.stop();
    await servers[0]?.close();
  });

  it('keeps one gap-free chain and gives each row the id of its own request', async () => {
    const [t] = servers;
    const session = await (await sessionMaker(t!))({ seats: 30, slotMinutes: 120 });
    const before = Number((await t!.db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM audit_log'))[0]!.n);
    const units = (
      await t!
        .http()
        .get(api('/units'))
        .set(bearer(await t!.token('office')))
    ).body as Body<'get', '/units'>;
    const wardId = units.find((u) => u.code === '11311')!.id;

    const bookings = Array.from({ length: 24 }, (_, i) =>
      (async () => {
        const s = servers[i % servers.length]!;
        const res = await fetch(`${s.url}${api('/bookings')}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId: session.id, slotStartsAt: session.startsAt, ...citizen(7000 + i) }),
        });
        return { status: res.status, requestId: res.headers.get('x-request-id') };
      })(),
    );
    const venues = Array.from({ length: 16 }, async (_, i) => {
      const s = servers[i % servers.length]!;
      const res = await s
        .http()
        .post(api('/venues'))
        .set(bearer(await s.token('office')))
        .send({ name: `Điểm tiếp dân số ${i + 1}`, address: 'Số 1 Hoàng Diệu', unitId: wardId });
      return { status: res.status, requestId: res.headers['x-request-id'] as string };
    });
    const done = await Promise.all([...bookings, ...venues]);
    expect(done.every((r) => r.status === 201)).toBe(true);

    const rows = await t!.db.query<{ seq: number | string; request_id: string | null; entity_type: string }>(
      'SELECT seq, request_id, entity_type FROM audit_log ORDER BY seq',
    );
    expect(rows.length).toBe(before + done.length);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    const fresh = rows.slice(before);
    expect(fresh.map((r) => r.request_id).sort()).toEqual(done.map((r) => r.requestId).sort());
    expect(fresh.filter((r) => r.entity_type === 'booking')).toHaveLength(24);
    const verified = runVerify(t!);
    expect(verified.out).toContain(`audit log intact: ${rows.length} rows`);
    expect(verified.code).toBe(0);
  });
});
