import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES, type TestDb } from './helpers/test-db.js';
import { api } from './helpers/client.js';

/**
 * SQLite on a disk that fills up, for real: the database lives on a tmpfs of a few megabytes the test mounts (the tests
 * run as root), a filler file takes the free space, writes pour in, the filler is removed, more writes, then SIGKILL and
 * restart. Every write answered 2xx must be in the database after the restart; while the disk is full writes answer
 * 503 problem+json with Retry-After and the health check says so.
 */
(ON_POSTGRES ? describe.skip : describe)('SQLite when the disk fills up', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'tiepdan-full-'));
  const file = join(mountPoint, 'test.sqlite');
  const filler = join(mountPoint, 'filler');
  let t: TestServer;
  let mounted = false;

  const db: TestDb = {
    env: { DATABASE_PATH: file },
    async query<T>(sql: string, params: unknown[] = []) {
      const conn = new Database(file, { readonly: true });
      try {
        return conn.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as T[];
      } finally {
        conn.close();
      }
    },
    drop: async () => undefined,
  };

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint]);
    mounted = true;
    t = await startServer({ reuse: db, env: { SQLITE_BUSY_TIMEOUT_MS: '2000' } });
  });

  afterAll(async () => {
    await t?.stop('SIGKILL');
    if (mounted) execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  /** Takes every free byte of the filesystem. */
  function fillDisk(): void {
    const fd = openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    }
    try {
      for (;;) writeSync(fd, chunk, 0, 512); // the last partial blocks
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    } finally {
      closeSync(fd);
    }
    const s = statfsSync(mountPoint);
    expect(s.bavail * s.bsize).toBeLessThan(64 * 1024);
  }

  it('never answers 2xx for a write that is not durable, answers 503 while the disk is full, and recovers once space is back', async () => {
    const office = await t.token('office');
    const make = await sessionMaker(t);
    const s = await make({ seats: 200, slotMinutes: 30, minutes: 240 });
    const slots = Array.from({ length: 8 }, (_, i) => new Date(Date.parse(s.startsAt) + i * 30 * 60_000).toISOString());
    const booked: string[] = []; // codes of bookings answered 201 (group commit path)
    const madeSessions: string[] = []; // sessions answered 201 (plain transaction path)
    const refusals: { status: number; code: string; retryAfter?: string; type: string }[] = [];
    let n = 10_000;

    /** A burst of concurrent bookings (they share group commits) and one session creation. */
    async function burst(): Promise<void> {
      const bookings = Array.from({ length: 12 }, () =>
        t
          .http()
          .post(api('/bookings'))
          .send({ sessionId: s.id, slotStartsAt: slots[n % 8], ...citizen(n++) }),
      );
      const session = make({ publish: false }).then(
        (m) => {
          madeSessions.push(m.id);
        },
        (e: Error) => {
          const m = /^POST \/sessions: (\d+) (.*)$/s.exec(e.message);
          if (!m) throw e;
          const body = JSON.parse(m[2]!) as { status: number; code: string };
          refusals.push({ status: Number(m[1]), code: body.code, type: 'application/problem+json' });
        },
      );
      for (const res of await Promise.all(bookings)) {
        if (res.status === 201) booked.push(String(res.body.code));
        else
          refusals.push({
            status: res.status,
            code: String(res.body.code),
            retryAfter: res.headers['retry-after'],
            type: String(res.headers['content-type']),
          });
      }
      await session;
    }

    for (let i = 0; i < 3; i++) await burst();
    expect(booked.length).toBeGreaterThan(0);

    fillDisk();
    const bookedBefore = booked.length;
    for (let i = 0; i < 20 && refusals.length < 10; i++) await burst();
    // The disk is full: writes were refused, each with a 503 problem+json saying so and when to retry.
    expect(refusals.length).toBeGreaterThan(0);
    for (const r of refusals) {
      expect(r.status).toBe(503);
      expect(['DATABASE_STORAGE_FULL', 'DATABASE_UNAVAILABLE']).toContain(r.code);
      expect(r.type).toContain('application/problem+json');
    }
    const withHeader = refusals.filter((r) => r.retryAfter !== undefined);
    expect(withHeader.length).toBeGreaterThan(0);
    for (const r of withHeader) expect(Number(r.retryAfter)).toBeGreaterThan(0);
    expect(refusals.some((r) => r.code === 'DATABASE_STORAGE_FULL')).toBe(true);

    const sick = await t.http().get('/api/health');
    expect(sick.status).toBe(503);
    expect(sick.body.code).toBe('DATABASE_STORAGE_FULL');
    expect(sick.body.detail).toMatch(/đầy/);
    expect(Number(sick.headers['retry-after'])).toBeGreaterThan(0);

    // Space is back: health says so and writes succeed again (and must be durable, checked after the restart).
    rmSync(filler);
    const healthy = await t.http().get('/api/health');
    expect(healthy.status).toBe(200);
    const refusedWhileFull = refusals.length;
    const bookedWhileFull = booked.length - bookedBefore;
    for (let i = 0; i < 3; i++) await burst();
    expect(refusals.length).toBe(refusedWhileFull);
    expect(booked.length).toBeGreaterThan(bookedBefore + bookedWhileFull);

    // A crash, then a restart on the same file: every write answered 2xx is there.
    await t.stop('SIGKILL');
    t = await startServer({ reuse: db });
    const codes = new Set(
      (await db.query<{ code: string }>('SELECT code FROM bookings WHERE session_id = $1', [s.id])).map((r) => r.code),
    );
    const missing = booked.filter((c) => !codes.has(c));
    expect(missing).toEqual([]);
    const sessions = new Set((await db.query<{ id: string }>('SELECT id FROM sessions')).map((r) => r.id));
    expect(madeSessions.filter((id) => !sessions.has(id))).toEqual([]);
    const res = await t.http().get(api('/sessions')).set(bearer(office));
    expect(res.status).toBe(200);
  });
});
