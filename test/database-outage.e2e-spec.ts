import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import pg from 'pg';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { createTestDb, ON_POSTGRES, type TestDb } from './helpers/test-db.js';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.js';
import { api } from './helpers/client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a request and measures how long it took. */
async function timed<T>(work: () => PromiseLike<T>): Promise<{ res: T; ms: number }> {
  const started = Date.now();
  const res = await work();
  return { res, ms: Date.now() - started };
}

/** A database 503: problem+json, a stable code, a Vietnamese message, a Retry-After. */
function expectDatabase503(
  res: { status: number; body: { code?: string; detail?: string }; headers: Record<string, string> },
  code: string,
): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status: 503, code });
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body.detail).toMatch(/cơ sở dữ liệu|bận/i);
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(200);
  }
}

/** PostgreSQL behind a TCP proxy the test turns into an outage: server silent, then down. */
(ON_POSTGRES ? describe : describe.skip)('PostgreSQL outages answer 503 fast', () => {
  let db: TestDb;
  let proxy: TcpProxy;
  let t: TestServer;
  let office: string;

  beforeAll(async () => {
    db = await createTestDb();
    const url = new URL(db.env.DATABASE_URL!);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    t = await startServer({
      reuse: { ...db, env: { DATABASE_URL: url.toString() } },
      env: { DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1500', DB_QUERY_TIMEOUT_MS: '2500' },
    });
    office = await t.token('office');
  });

  afterAll(async () => {
    await t?.stop('SIGKILL');
    await proxy?.stop();
    await db?.drop();
  });

  it("a statement stuck behind another connection's lock ends at the statement time-out with 503", async () => {
    const locker = new pg.Client({ connectionString: db.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
      const { res, ms } = await timed(() => t.http().get(api('/sessions')).set(bearer(office)));
      expectDatabase503(res, 'DATABASE_TIMEOUT');
      expect(ms).toBeLessThan(4000);
      const health = await t.http().get('/api/health');
      expect(health.status).toBe(200); // the server itself answers
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await t.http().get(api('/sessions')).set(bearer(office))).status).toBe(200);
  });

  it('a server that accepts connections and never answers: requests and health answer 503 within the time-outs, then recover', async () => {
    proxy.silence();
    const health = await timed(() => t.http().get('/api/health'));
    expect(health.ms).toBeLessThan(6000);
    expectDatabase503(
      health.res,
      health.res.body.code === 'DATABASE_TIMEOUT' ? 'DATABASE_TIMEOUT' : 'DATABASE_UNAVAILABLE',
    );
    const results = await Promise.all([
      timed(() => t.http().get(api('/sessions')).set(bearer(office))),
      timed(() => t.http().get(api('/sessions')).set(bearer(office))),
      timed(() =>
        t
          .http()
          .post(api('/bookings'))
          .send({
            sessionId: '00000000-0000-7000-8000-000000000000',
            slotStartsAt: '2030-01-07T01:00:00.000Z',
            ...citizen(1),
          }),
      ),
    ]);
    for (const { res, ms } of results) {
      expectDatabase503(res, 'DATABASE_UNAVAILABLE');
      expect(ms).toBeLessThan(8000);
    }
    proxy.forward();
    await until(async () => (await t.http().get('/api/health')).status === 200, 15_000);
    await until(async () => (await t.http().get(api('/sessions')).set(bearer(office))).status === 200, 15_000);
  });

  it('a server that is down (connection refused): every route answers 503 DATABASE_UNAVAILABLE, then recovers', async () => {
    await proxy.stop();
    for (const req of [
      () => t.http().get('/api/health'),
      () => t.http().get(api('/sessions')).set(bearer(office)),
      () => t.http().post(api('/auth/login')).send({ username: 'office', password: 'whatever-password' }),
    ]) {
      const { res, ms } = await timed(req);
      expectDatabase503(res, 'DATABASE_UNAVAILABLE');
      expect(ms).toBeLessThan(3000);
    }
    await proxy.restart();
    await until(async () => (await t.http().get('/api/health')).status === 200, 15_000);
    expect((await t.http().get(api('/sessions')).set(bearer(office))).status).toBe(200);
  });
});

/** SQLite with another process holding the file's write lock (BEGIN EXCLUSIVE). */
(ON_POSTGRES ? describe.skip : describe)('SQLite locked by another process answers 503 fast', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer({ env: { SQLITE_BUSY_TIMEOUT_MS: '500' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes answer 503 DATABASE_BUSY without each waiting the busy time-out, reads go on, writes resume once the lock is gone', async () => {
    const make = await sessionMaker(t);
    const s = await make({ seats: 50 });
    const other = new Database(t.db.env.DATABASE_PATH!);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const started = Date.now();
      // Ten writes in their own transactions (session creation) and a burst of bookings (group commit).
      const writes = await Promise.all([
        ...Array.from({ length: 10 }, () =>
          make({ publish: false }).then(
            () => 201,
            (e: Error) => e.message,
          ),
        ),
        ...Array.from({ length: 5 }, (_, i) =>
          t
            .http()
            .post(api('/bookings'))
            .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(700 + i) }),
        ),
      ]);
      const elapsed = Date.now() - started;
      for (const w of writes.slice(0, 10)) expect(String(w)).toMatch(/^POST \/sessions: 503 .*"code":"DATABASE_BUSY"/);
      for (const w of writes.slice(10)) expectDatabase503(w as never, 'DATABASE_BUSY');
      // Without the zero-wait probe every queued transaction waits 500 ms in turn (the whole process frozen): > 5 s.
      expect(elapsed).toBeLessThan(3000);
      const read = await timed(() => t.http().get(api(`/sessions/${s.id}/slots`)));
      expect(read.res.status).toBe(200);
      expect(read.ms).toBeLessThan(500);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await expect(make({ publish: false })).resolves.toMatchObject({ id: expect.any(String) });
    const booked = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(800) });
    expect(booked.status).toBe(201);
  });
});
