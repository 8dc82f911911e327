import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citizen, sessionMaker } from './helpers/bookings-fixtures.js';
import { startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';
import { api } from './helpers/client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SQLite only: the WAL is checkpointed by a background thread, not inside a request's commit. */
(ON_POSTGRES ? describe.skip : describe)('SQLite WAL checkpoints in a background thread', () => {
  let t: TestServer;
  const scratch = mkdtempSync(join(tmpdir(), 'tiepdan-wal-'));
  beforeAll(async () => {
    t = await startServer();
  });
  afterAll(async () => {
    await t.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('moves committed bookings into the database file while the server runs', async () => {
    for (let i = 0; i < 40 && !t.logs().includes('WAL checkpoints run in a background thread'); i++) await sleep(50);
    expect(t.logs()).toContain('WAL checkpoints run in a background thread');
    const make = await sessionMaker(t);
    const s = await make({ seats: 200, slotMinutes: 60, minutes: 60 });
    for (let n = 0; n < 150; n++) {
      const res = await t
        .http()
        .post(api('/bookings'))
        .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(5000 + n) });
      expect(res.status).toBe(201);
    }
    // The main connection would checkpoint by itself only past 20,000 WAL pages; the thread does it within 200 ms.
    await sleep(1000);
    const copy = join(scratch, 'main-file-only.sqlite');
    copyFileSync(t.db.env.DATABASE_PATH!, copy); // the database file alone, without its -wal file
    const db = new Database(copy, { readonly: false });
    try {
      const row = db.prepare('SELECT COUNT(*) AS n FROM bookings WHERE session_id = ?').get(s.id) as { n: number };
      expect(row.n).toBe(150);
    } finally {
      db.close();
    }
  });
});
