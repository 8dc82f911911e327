import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, bearer, DEMO_PASSWORD, startServer, startServers } from './helpers/server.js';
import { createTestDb, ON_POSTGRES, type TestDb } from './helpers/test-db.js';
import { api } from './helpers/client.js';

const count = async (db: TestDb, table: string) =>
  Number((await db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

describe('process lifecycle: start, restart, configuration', () => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('keeps all data across a restart and never re-seeds reference or demo data', async () => {
    const db = await createTestDb();
    dbs.push(db);
    const first = await startServer({ reuse: db });
    expect((await first.http().get('/api/health')).status).toBe(200);
    const admin = await first.token('admin');
    const unit = await first
      .http()
      .post(api('/units'))
      .set(bearer(admin))
      .send({ name: 'Phòng Tiếp dân thử nghiệm', level: 'department' });
    expect(unit.status).toBe(201);
    const counts = {
      units: await count(db, 'units'),
      officials: await count(db, 'officials'),
      users: await count(db, 'users'),
      seeds: await count(db, 'seed_log'),
    };
    expect(await first.stop('SIGTERM')).toBe(0);

    const second = await startServer({ reuse: db });
    try {
      expect((await second.http().get('/api/health')).status).toBe(200);
      expect({
        units: await count(db, 'units'),
        officials: await count(db, 'officials'),
        users: await count(db, 'users'),
        seeds: await count(db, 'seed_log'),
      }).toEqual(counts);
      const again = await second
        .http()
        .get(api(`/units/${unit.body.id}`))
        .set(bearer(await second.token('admin')));
      expect(again.body.name).toBe('Phòng Tiếp dân thử nghiệm');
      expect(second.logs()).not.toContain('Loaded demo data');
    } finally {
      await second.stop();
    }
  });

  it('writes a random admin password to its file when ADMIN_PASSWORD is unset (stdout is not a terminal), and never logs passwords', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tiepdan-lifecycle-')), 'admin-password.txt');
    const server = await startServer({ env: { ADMIN_PASSWORD: '', ADMIN_PASSWORD_FILE: file } });
    try {
      const password = (await readFile(file, 'utf8')).trim();
      expect(password.length).toBeGreaterThanOrEqual(12);
      expect((await server.http().post(api('/auth/login')).send({ username: 'admin', password })).status).toBe(200);
      const bad = await server
        .http()
        .post(api('/auth/login'))
        .send({ username: 'office', password: 'sai-mat-khau-bi-mat' });
      expect(bad.status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
      const logs = server.logs();
      expect(logs).toContain('Failed login');
      expect(logs).not.toContain('sai-mat-khau-bi-mat');
      // The demo password is shown once, in the start-up banner of the fictional demo users; never in a log line.
      expect(logs.split(DEMO_PASSWORD).length - 1).toBe(1);
      expect(logs).toMatch(new RegExp(`Demo users \\(fictional data\\), password "${DEMO_PASSWORD}"`));
      expect(logs).not.toContain(password); // only the file holds it
      expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT
    } finally {
      await server.close();
    }
  });

  it('stops with one clear line naming a wrong variable', () => {
    for (const [name, value] of [
      ['PORT', 'abc'],
      ['LOG_LEVEL', 'loud'],
      ['DATABASE_URL', 'mysql://x'],
    ] as const) {
      const r = spawnSync(process.execPath, [process.env.TIEPDAN_MAIN ?? join(process.cwd(), 'dist', 'main.js')], {
        env: { ...baseEnv(), [name]: value },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(name);
    }
  });

  it('rate-limits login per client', async () => {
    const server = await startServer({ env: { LOGIN_THROTTLE_LIMIT: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await server.http().post(api('/auth/login')).send({ username: 'office', password: 'wrong-password' }))
            .status,
        );
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const res = await server.http().post(api('/auth/login')).send({ username: 'office', password: DEMO_PASSWORD });
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await server.close();
    }
  });

  it('survives 50 concurrent writes: every answer a 2xx or 4xx, none a 5xx', async () => {
    const server = await startServer();
    try {
      const office = await server.token('office');
      const units = await server.http().get(api('/units')).set(bearer(office));
      const wardId = units.body[0].id;
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          server
            .http()
            .post(api('/venues'))
            .set(bearer(office))
            .send(
              i % 10 === 9
                ? { name: '', address: 'x', unitId: wardId }
                : { name: `Điểm tiếp dân số ${i}`, address: `Tổ dân phố ${i}`, unitId: wardId },
            ),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.filter((s) => s === 201)).toHaveLength(45);
      expect(statuses.filter((s) => s === 400)).toHaveLength(5);
      const venues = await server
        .http()
        .get(api(`/venues?unitId=${wardId}`))
        .set(bearer(office));
      expect(venues.body.filter((v: { name: string }) => v.name.startsWith('Điểm tiếp dân số'))).toHaveLength(45);
    } finally {
      await server.close();
    }
  });

  (ON_POSTGRES ? it : it.skip)(
    'starts two instances together on one PostgreSQL database: both come up, migrations ran once',
    async () => {
      const db = await createTestDb();
      dbs.push(db);
      const [a, b] = await startServers(2, { reuse: db });
      try {
        expect((await a.http().get('/api/health')).status).toBe(200);
        expect((await b.http().get('/api/health')).status).toBe(200);
        const migrations = await db.query<{ name: string }>('SELECT name FROM migrations');
        expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
        expect(await count(db, 'units')).toBe(115 + 2);
        expect(await count(db, 'users')).toBe(7);
        const applied = [a.logs(), b.logs()].filter((l) => l.includes('Applied migrations'));
        expect(applied).toHaveLength(1);
      } finally {
        await a.stop();
        await b.stop();
      }
    },
  );
});
