import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { createTestDb, ON_POSTGRES, type TestDb } from './helpers/test-db.js';
import { api } from './helpers/client.js';
import type { Body } from './helpers/api-types.js';

/**
 * The least-privilege set-up of the README on PostgreSQL: a role owning the schema runs the migrations
 * (DATABASE_MIGRATION_URL), the application connects as a role with data rights only and cannot truncate, rewrite or
 * switch off the triggers of the audit log.
 */
(ON_POSTGRES ? describe : describe.skip)('PostgreSQL least-privilege roles', () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `tiepdan_owner_${suffix}`;
  const appRole = `tiepdan_app_${suffix}`;
  let db: TestDb;
  let t: TestServer;
  let dbName: string;
  const urlAs = (role: string) => {
    const u = new URL(db.env.DATABASE_URL!);
    u.username = role;
    return u.toString();
  };
  const asApp = async (sql: string) => {
    const c = new pg.Client({ connectionString: urlAs(appRole) });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const superuser = async (sql: string) => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDb();
    dbName = new URL(db.env.DATABASE_URL!).pathname.slice(1);
    // The README's one-time set-up, as a superuser.
    await superuser(`CREATE ROLE ${owner} LOGIN`);
    await superuser(`CREATE ROLE ${appRole} LOGIN`);
    await superuser(`ALTER DATABASE ${dbName} OWNER TO ${owner}`);
    for (const sql of [
      `REVOKE ALL ON SCHEMA public FROM PUBLIC`,
      `GRANT USAGE, CREATE ON SCHEMA public TO ${owner}`,
      `GRANT USAGE ON SCHEMA public TO ${appRole}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole}`,
    ])
      await db.query(sql);
    t = await startServer({ reuse: db, env: { DATABASE_URL: urlAs(appRole), DATABASE_MIGRATION_URL: urlAs(owner) } });
    // After the first migration: the audit log is append-only for the application's role.
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${appRole}`);
  });
  afterAll(async () => {
    await t?.close();
    for (const role of [appRole, owner]) await superuser(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  });

  it('migrates as the owner and serves as the application role, auditing its writes', async () => {
    const tables = await db.query<{ tableowner: string }>(
      "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'",
    );
    expect(tables[0]!.tableowner).toBe(owner);
    const office = await t.token('office');
    const units = (await t.http().get(api('/units')).set(bearer(office))).body as Body<'get', '/units'>;
    const res = await t
      .http()
      .post(api('/venues'))
      .set(bearer(office))
      .send({ name: 'Phòng tiếp dân', address: 'Số 2 Hoàng Diệu', unitId: units.find((u) => u.code === '11311')!.id });
    expect(res.status).toBe(201);
    expect(await db.query('SELECT id FROM audit_log WHERE entity_id = $1', [res.body.id])).toHaveLength(1);
  });

  it('gives the application role no way to truncate, rewrite or unprotect the audit log', async () => {
    await expect(asApp('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
    await expect(asApp("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/permission denied/);
    await expect(asApp('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(asApp('ALTER TABLE audit_log DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
    await expect(asApp('DROP TRIGGER audit_log_chain ON audit_log')).rejects.toThrow(/must be owner/);
    await expect(asApp('CREATE TABLE scratch (id integer)')).rejects.toThrow(/permission denied/);
  });
});
