import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { citizen, sessionMaker, type MadeSession } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { expectProblem } from './helpers/problem.js';
import { DEMO_PASSWORD, startServer, type TestServer } from './helpers/server.js';

/** Starting a server takes seconds, far more on a loaded machine. */
const STARTUP_MS = 240_000;

/** The machine's Redis (no persistence); every test run uses keys of its own prefix and deletes them. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 4;

const limitsEnv = (extra: Record<string, string> = {}) => ({
  LOGIN_THROTTLE_LIMIT: String(LIMIT),
  BOOKING_ID_LIMIT: String(LIMIT),
  ...extra,
});

function login(t: TestServer, username: string, password: string, ip: string) {
  return t.http().post(api('/auth/login')).set('X-Forwarded-For', ip).send({ username, password });
}

/** Starts two instances on one database (the second reuses the first's). */
async function pair(env: Record<string, string>): Promise<[TestServer, TestServer]> {
  const a = await startServer({ timeoutMs: STARTUP_MS, env });
  try {
    return [a, await startServer({ timeoutMs: STARTUP_MS, env, reuse: a.db })];
  } catch (e) {
    await a.close();
    throw e;
  }
}

describe('limits shared across two instances through Redis (REDIS_URL)', () => {
  const prefix = `tiepdan-e2e-${randomBytes(4).toString('hex')}:`;
  const redis = new Redis(REDIS_URL);
  let a: TestServer;
  let b: TestServer;
  let session: MadeSession;

  beforeAll(async () => {
    [a, b] = await pair(limitsEnv({ REDIS_URL, REDIS_PREFIX: prefix }));
    session = await (await sessionMaker(a))();
  }, STARTUP_MS);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('the per-IP login limit counts the attempts of both instances once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const t = i % 2 === 0 ? a : b;
      statuses.push((await login(t, `khong-co-${i}`, 'mat-khau-sai-123', '10.77.0.1')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await login(b, 'khong-co-x', 'mat-khau-sai-123', '10.77.0.1');
    expectProblem(limited, 429, 'TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another client address has its own allowance.
    expect((await login(a, 'khong-co-y', 'mat-khau-sai-123', '10.77.0.2')).status).toBe(401);
    // The counters are in Redis, under the configured prefix only.
    expect((await redis.keys(`${prefix}throttle:login:*`)).length).toBeGreaterThan(0);
  });

  it('an account locked by failures on one instance is locked on the other, even for the right password', async () => {
    const before = new Set(await redis.keys(`${prefix}login:*`));
    for (let i = 1; i <= 5; i++) {
      const t = i % 2 === 0 ? a : b;
      expectProblem(await login(t, 'viewer', `sai-mat-khau-${i}`, `10.78.0.${i}`), 401, 'INVALID_CREDENTIALS');
    }
    expectProblem(await login(a, 'viewer', DEMO_PASSWORD, '10.78.0.10'), 429, 'ACCOUNT_LOCKED');
    expectProblem(await login(b, 'viewer', DEMO_PASSWORD, '10.78.0.11'), 429, 'ACCOUNT_LOCKED');
    // Keys hold a keyed hash of the username, never the name.
    const keys = (await redis.keys(`${prefix}login:*`)).filter((k) => !before.has(k));
    expect(keys.length).toBe(1);
    expect(keys[0]).not.toContain('viewer');
    // After the lock (1 s) a success on one instance clears the record for both.
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await login(b, 'viewer', DEMO_PASSWORD, '10.78.0.12')).status).toBe(200);
    expect(await redis.exists(keys[0]!)).toBe(0);
  });

  it('the per-citizen-ID booking limit holds across both instances', async () => {
    const wrongSlot = new Date(Date.parse(session.startsAt) + 60_000).toISOString();
    const attempt = (t: TestServer, ip: string) =>
      t
        .http()
        .post(api('/bookings'))
        .set('X-Forwarded-For', ip)
        .send({ sessionId: session.id, slotStartsAt: wrongSlot, ...citizen(501) });
    for (let i = 0; i < LIMIT; i++)
      expectProblem(await attempt(i % 2 === 0 ? a : b, `10.79.0.${i}`), 400, 'SLOT_NOT_FOUND');
    expectProblem(await attempt(a, '10.79.1.1'), 429, 'TOO_MANY_REQUESTS');
    expectProblem(await attempt(b, '10.79.1.2'), 429, 'TOO_MANY_REQUESTS');
    // Another citizen is not affected, on either instance.
    const other = await b
      .http()
      .post(api('/bookings'))
      .send({ sessionId: session.id, slotStartsAt: session.startsAt, ...citizen(502) });
    expect(other.status).toBe(201);
  });
});

describe('without REDIS_URL each instance keeps its own limits (unchanged)', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    [a, b] = await pair(limitsEnv());
  }, STARTUP_MS);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('gives the per-IP login allowance once per instance', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT + 2; i++) {
      const t = i % 2 === 0 ? a : b;
      statuses.push((await login(t, `khong-co-${i}`, 'mat-khau-sai-123', '10.80.0.1')).status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(2 * LIMIT);
    expect(statuses.slice(2 * LIMIT)).toEqual([429, 429]);
  });
});

describe('Redis unreachable: the limits fall back to the instance memory', () => {
  let t: TestServer;
  const token = 'e2e-metrics-token-0123456789';
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    t = await startServer({
      timeoutMs: STARTUP_MS,
      env: limitsEnv({ REDIS_URL: 'redis://127.0.0.1:1', METRICS_TOKEN: token }),
    });
  }, STARTUP_MS);
  afterAll(async () => {
    await t?.close();
  });

  it('still limits per instance, logs a warning and counts the fallbacks', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++)
      statuses.push((await login(t, `khong-co-${i}`, 'mat-khau-sai-123', '10.81.0.1')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const metrics = await t.http().get('/metrics').set('Authorization', `Bearer ${token}`);
    expect(metrics.status).toBe(200);
    const m = /^tiepdan_limit_store_errors_total\{limit="throttle_login"\} (\d+)$/m.exec(metrics.text);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(LIMIT + 1);
    expect(t.logs()).toContain('Redis unreachable');
    expect(t.logs()).not.toContain('redis://');
  });
});
