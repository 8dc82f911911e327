import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The database a test file runs on: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export const ON_POSTGRES = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

export interface TestDb {
  /** Environment variables that point the app at this database. */
  env: Record<string, string>;
  /** Runs SQL directly against the database (for checks the API must not offer). `$1`-style parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * The native driver is loaded once per Jest process, so its error classes belong to the first test file's realm and
 * fail `instanceof Error` in later files; rethrow as an Error of this file's realm, keeping message and code.
 */
function sameRealm(e: unknown): Error {
  const err = new Error(
    e instanceof Object && 'message' in e ? String((e as { message: unknown }).message) : String(e),
  );
  (err as Error & { code?: unknown }).code = (e as { code?: unknown })?.code;
  return err;
}

/** A fresh, empty database of its own for one test file (never shared between files). */
export async function createTestDb(): Promise<TestDb> {
  if (!ON_POSTGRES) {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-e2e-'));
    const file = join(dir, 'test.sqlite');
    return {
      env: { DATABASE_PATH: file },
      async query<T>(sql: string, params: unknown[] = []) {
        const db = new Database(file, { timeout: 10_000 });
        try {
          const stmt = db.prepare(sql.replace(/\$\d+/g, '?'));
          return (stmt.reader ? stmt.all(...params) : (stmt.run(...params), [])) as T[];
        } catch (e) {
          throw sameRealm(e);
        } finally {
          db.close();
        }
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = new URL(process.env.DATABASE_URL!);
  const name = `tiepdan_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async query<T>(sql: string, params: unknown[] = []) {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows as T[];
      } catch (e) {
        throw sameRealm(e);
      } finally {
        await c.end();
      }
    },
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
