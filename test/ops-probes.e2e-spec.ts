import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import request from 'supertest';
import { citizen, sessionMaker, type MadeSession } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { createTestDb, ON_POSTGRES, type TestDb } from './helpers/test-db.js';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.js';

/** Starting a server takes seconds, far more on a loaded machine. */
const STARTUP_MS = 240_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TOKEN = 'e2e-metrics-token-abcdefghijklmnop';

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** Prometheus text format 0.0.4: comments, or `name{label="value",...} number`. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)( -?\d+)?$/;
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*$/;

/** The value of one sample (0 when absent). */
function sample(text: string, name: string, labels: string): number {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{${labels}} `) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics: GET /metrics, protected by a token on the main port, open on the loopback METRICS_PORT', () => {
  let t: TestServer;
  let metricsPort: number;
  let session: MadeSession;
  beforeAll(async () => {
    metricsPort = await freePort();
    t = await startServer({ timeoutMs: STARTUP_MS, env: { METRICS_TOKEN: TOKEN, METRICS_PORT: String(metricsPort) } });
    session = await (await sessionMaker(t))({ seats: 5 });
  }, STARTUP_MS);
  afterAll(async () => {
    await t?.close();
  });

  const scrape = () => t.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}`);

  it('refuses a missing or wrong token (401) and answers the right one in the Prometheus text format', async () => {
    expect((await t.http().get('/metrics')).status).toBe(401);
    expect((await t.http().get('/metrics').set('Authorization', `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await t.http().get('/metrics').set('Authorization', `Basic ${TOKEN}`)).status).toBe(401);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const lines = res.text.split('\n').filter((l) => l !== '');
    const bad = lines.filter((l) => !SAMPLE.test(l) && !COMMENT.test(l));
    expect(bad).toEqual([]);
    for (const name of [
      'tiepdan_http_requests_total',
      'tiepdan_http_request_duration_seconds',
      'tiepdan_bookings_total',
      'tiepdan_outbox_messages',
      'tiepdan_job_runs_total',
      ON_POSTGRES ? 'tiepdan_db_pool_connections' : 'tiepdan_sqlite_wal_frames_not_checkpointed',
    ])
      expect(res.text).toContain(`# TYPE ${name} `);
    expect(res.text).toMatch(/^tiepdan_outbox_messages\{channel="email",state="pending"\} \d+$/m);
    expect(res.text).toMatch(/^tiepdan_outbox_messages\{channel="sms",state="pending"\} \d+$/m);
  });

  it('serves the loopback METRICS_PORT listener without a token, and nothing else there', async () => {
    expect(t.logs()).toContain(`tiepdan metrics on http://127.0.0.1:${metricsPort}/metrics`);
    const local = request(`http://127.0.0.1:${metricsPort}`);
    const res = await local.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('# TYPE tiepdan_http_requests_total counter');
    expect((await local.get('/api/health')).status).toBe(404);
  });

  it('moves the counters after requests, labelled by route pattern: never a booking code or manage token', async () => {
    const before = await scrape();
    const booked = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: session.id, slotStartsAt: session.startsAt, ...citizen(701) });
    expect(booked.status).toBe(201);
    const { code, manageToken } = booked.body as { code: string; manageToken: string };
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${code}`))
          .set('X-Manage-Token', manageToken)
      ).status,
    ).toBe(200);
    expect(
      (
        await t
          .http()
          .get(api(`/bookings/${code}`))
          .set('X-Manage-Token', 'sai')
      ).status,
    ).toBeGreaterThanOrEqual(400);
    const dup = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: session.id, slotStartsAt: session.startsAt, ...citizen(701) });
    expectProblem(dup, 409, 'DUPLICATE_BOOKING');
    const after = await scrape();
    expect(sample(after.text, 'tiepdan_bookings_total', 'outcome="confirmed"')).toBe(
      sample(before.text, 'tiepdan_bookings_total', 'outcome="confirmed"') + 1,
    );
    expect(sample(after.text, 'tiepdan_bookings_total', 'outcome="duplicate_booking"')).toBe(
      sample(before.text, 'tiepdan_bookings_total', 'outcome="duplicate_booking"') + 1,
    );
    const route = 'method="POST",route="/api/v1/bookings",status="201"';
    expect(sample(after.text, 'tiepdan_http_requests_total', route)).toBe(
      sample(before.text, 'tiepdan_http_requests_total', route) + 1,
    );
    expect(after.text).toContain('route="/api/v1/bookings/:code"');
    expect(
      sample(after.text, 'tiepdan_http_request_duration_seconds_count', 'method="POST",route="/api/v1/bookings"'),
    ).toBeGreaterThanOrEqual(2);
    expect(after.text).not.toContain(code);
    expect(after.text).not.toContain(manageToken);
    expect(after.text).not.toContain(TOKEN);
    expect(after.text).not.toContain(citizen(701).idNumber);
  });

  it('answers the probes: live and ready 200, /api/health unchanged', async () => {
    const live = await t.http().get('/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    expect((await t.http().get('/api/health/ready')).body).toEqual({ status: 'ready' });
    expect((await t.http().get('/api/health')).body).toEqual({ status: 'ok' });
  });
});

describe('metrics without METRICS_TOKEN or METRICS_PORT are not served', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startServer({ timeoutMs: STARTUP_MS });
  }, STARTUP_MS);
  afterAll(async () => {
    await t?.close();
  });

  it('answers 404 on the main port', async () => {
    expect((await t.http().get('/metrics')).status).toBe(404);
  });
});

/** PostgreSQL behind a TCP proxy the test silences: readiness goes 503, liveness stays 200. */
(ON_POSTGRES ? describe : describe.skip)('readiness while the database is unreachable', () => {
  let db: TestDb;
  let proxy: TcpProxy;
  let t: TestServer;
  beforeAll(async () => {
    db = await createTestDb();
    const url = new URL(db.env.DATABASE_URL!);
    proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    t = await startServer({
      timeoutMs: STARTUP_MS,
      reuse: { ...db, env: { DATABASE_URL: url.toString() } },
      env: { DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1500', DB_QUERY_TIMEOUT_MS: '2500' },
    });
  }, STARTUP_MS);
  afterAll(async () => {
    await t?.stop('SIGKILL');
    await proxy?.stop();
    await db?.drop();
  });

  it('ready 503 (problem+json, Retry-After) while the database is down, 200 again after', async () => {
    expect((await t.http().get('/api/health/ready')).status).toBe(200);
    proxy.silence();
    const started = Date.now();
    const ready = await t.http().get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toContain('application/problem+json');
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(7_000);
    expect((await t.http().get('/api/health/live')).status).toBe(200);
    proxy.forward();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && (status = (await t.http().get('/api/health/ready')).status) !== 200)
      await sleep(300);
    expect(status).toBe(200);
  });
});

describe('graceful shutdown: SIGTERM during a booking storm', () => {
  const GRACE_MS = 5_000;
  const TIMEOUT_MS = 5_000;
  let t: TestServer;
  let sessions: MadeSession[];
  beforeAll(async () => {
    t = await startServer({
      timeoutMs: STARTUP_MS,
      env: { SHUTDOWN_GRACE_MS: String(GRACE_MS), SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS), THROTTLE_LIMIT: '0' },
    });
    const make = await sessionMaker(t);
    sessions = [await make({ seats: 50, minutes: 240 }), await make({ seats: 50, minutes: 240 })];
  }, STARTUP_MS);
  afterAll(async () => {
    await t?.close();
  });

  it(
    'answers every accepted booking, no 5xx, readiness 503 while stopping, exits 0 within the bound; bookings survive',
    async () => {
      const answered: { code: string; sessionId: string }[] = [];
      const statuses: number[] = [];
      let refused = 0;
      let stop = false;
      let n = 10_000;
      const worker = async () => {
        while (!stop) {
          const i = n++;
          const s = sessions[i % 2]!;
          try {
            const res = await t
              .http()
              .post(api('/bookings'))
              .set('X-Forwarded-For', `10.90.${Math.floor(i / 250) % 250}.${i % 250}`)
              .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(i) });
            statuses.push(res.status);
            if (res.status === 201) answered.push({ code: res.body.code, sessionId: s.id });
          } catch {
            refused += 1; // connection refused or closed before a request was sent: the instance is gone
            await sleep(20);
          }
        }
      };
      const storm = Array.from({ length: 6 }, () => worker());
      await sleep(1_500);
      const booked = answered.length;
      const respondedBefore = statuses.length;
      const signalled = Date.now();
      // Wait for the exit without signalling again (a second SIGTERM makes the server exit at once, with 1).
      const exited = new Promise<number | null>((resolve) => t.process.once('exit', (c) => resolve(c)));
      t.process.kill('SIGTERM');
      // During the grace period: not ready (the load balancer stops sending), still alive, still serving.
      let ready = await t.http().get('/api/health/ready');
      while (ready.status === 200 && Date.now() - signalled < GRACE_MS / 2) {
        await sleep(50);
        ready = await t.http().get('/api/health/ready');
      }
      expectProblem(ready, 503, 'SERVICE_STOPPING');
      expect((await t.http().get('/api/health/live')).status).toBe(200);
      const code = await exited;
      const took = Date.now() - signalled;
      stop = true;
      await Promise.all(storm);
      expect(code).toBe(0);
      expect(took).toBeLessThan(GRACE_MS + TIMEOUT_MS + 5_000);
      expect(booked).toBeGreaterThan(0);
      // Requests kept being answered during the grace period (201, or 409 once the seats are gone).
      expect(statuses.length).toBeGreaterThan(respondedBefore);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      // The first slot of each session fills up during the storm: later attempts are refused (409), never failed.
      expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
      expect(t.logs()).toMatch(/tiepdan stopped after \d+ ms \(all requests finished\)/);

      // Restart on the same database: every booking that was answered 201 is there.
      const again = await startServer({ timeoutMs: STARTUP_MS, reuse: t.db });
      try {
        const office = await again.token('office');
        const codes = new Set<string>();
        for (const s of sessions) {
          const list = await again
            .http()
            .get(api(`/sessions/${s.id}/bookings`))
            .set(bearer(office));
          expect(list.status).toBe(200);
          for (const b of list.body as { code: string }[]) codes.add(b.code);
        }
        expect(answered.filter((b) => !codes.has(b.code))).toEqual([]);
        expect(codes.size).toBe(answered.length);
        void refused;
      } finally {
        await again.stop();
      }
    },
    STARTUP_MS,
  );
});
