import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { CHECKPOINT_INTERVAL_MS, SqliteCheckpointer } from './sqlite-checkpointer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records when the thread would start instead of starting it (the worker script is built JavaScript, not in src). */
class ObservedCheckpointer extends SqliteCheckpointer {
  started: string[] = [];
  protected override startWorker(path: string): void {
    this.started.push(path);
  }
}

/** A WAL-mode SQLite file with one table, and a DataSource stand-in on its own connection. */
function database(dir: string) {
  const path = join(dir, 'db.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (n INTEGER)');
  db.pragma('wal_checkpoint(TRUNCATE)'); // as after a clean stop: the WAL is empty
  const ds = {
    options: { type: 'better-sqlite3', database: path },
    query: (sql: string) => Promise.resolve(db.pragma(sql.replace(/^PRAGMA /, ''))),
  } as unknown as DataSource;
  return { path, db, ds };
}

describe('SqliteCheckpointer', () => {
  const dirs: string[] = [];
  const open: { db: Database.Database; c: SqliteCheckpointer }[] = [];
  afterEach(async () => {
    for (const { db, c } of open.splice(0)) {
      await c.beforeApplicationShutdown();
      db.close();
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-ckpt-'));
    dirs.push(dir);
    const d = database(dir);
    const c = new ObservedCheckpointer(d.ds);
    open.push({ db: d.db, c });
    return { ...d, c };
  }

  it('does not start the thread while the WAL is empty, and starts it once a write reaches the WAL', async () => {
    const { path, db, c } = setup();
    await c.onApplicationBootstrap();
    await sleep(CHECKPOINT_INTERVAL_MS * 3);
    expect(c.started).toEqual([]);
    expect(c.checkpointLag()).toEqual({ frames: 0, seconds: expect.any(Number) });
    expect(c.checkpointLag()!.seconds).toBeLessThan(5);

    db.prepare('INSERT INTO t (n) VALUES (1)').run();
    for (let i = 0; i < 20 && c.started.length === 0; i++) await sleep(CHECKPOINT_INTERVAL_MS);
    expect(c.started).toEqual([path]);
    await sleep(CHECKPOINT_INTERVAL_MS * 2);
    expect(c.started).toHaveLength(1); // started once, the watch stopped
  });

  it('starts the thread at once when the WAL holds frames at start-up', async () => {
    const { path, db, c } = setup();
    db.prepare('INSERT INTO t (n) VALUES (1)').run();
    await c.onApplicationBootstrap();
    expect(c.started).toEqual([path]);
  });

  it('sets the safety-net pragmas on the main connection', async () => {
    const { db, c } = setup();
    await c.onApplicationBootstrap();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(20_000);
  });

  it('does nothing for an in-memory database', async () => {
    const c = new ObservedCheckpointer({ options: { type: 'better-sqlite3', database: ':memory:' } } as DataSource);
    await c.onApplicationBootstrap();
    await sleep(CHECKPOINT_INTERVAL_MS * 2);
    expect(c.started).toEqual([]);
    expect(c.checkpointLag()).toBeNull();
  });
});
