import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from './helpers/server.js';
import { citizen, type MadeSession, sessionMaker } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { runCli } from './helpers/cli.js';
import { ON_POSTGRES } from './helpers/test-db.js';

interface Answered {
  code: string;
  manageToken: string;
  at: number;
}

/** Bookings posted without pause by `workers` loops until `stop()`; every 2xx kept with the time it was answered. */
function storm(url: string, sessions: MadeSession[], workers: number) {
  let running = true;
  let n = 500_000;
  const answered: Answered[] = [];
  const failures: number[] = [];
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const i = n++;
      const s = sessions[i % sessions.length]!;
      const res = await fetch(`${url}${api('/bookings')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId: s.id, slotStartsAt: s.startsAt, waitlist: true, ...citizen(i) }),
      });
      const body = (await res.json()) as { code?: string; manageToken?: string };
      if (res.status === 201 || res.status === 202)
        answered.push({ code: body.code!, manageToken: body.manageToken!, at: Date.now() });
      else failures.push(res.status);
    }
  });
  return {
    answered,
    failures,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** `npm run backup` / `npm run restore` on SQLite (PostgreSQL uses pg_dump/pg_restore, see the README). */
(ON_POSTGRES ? describe.skip : describe)('backup and restore (SQLite)', () => {
  let t: TestServer;
  let dir: string;
  let sessions: MadeSession[];
  let dbPath: string;
  const backup = () => join(dir, 'copy.sqlite');
  let answeredBefore: Answered[] = [];

  beforeAll(async () => {
    t = await startServer();
    dbPath = t.db.env.DATABASE_PATH!;
    dir = mkdtempSync(join(tmpdir(), 'tiepdan-backup-'));
    const make = await sessionMaker(t);
    sessions = [await make({ seats: 200 }), await make({ seats: 200 })];
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database during a booking storm: every booking answered before the backup began is in the copy', async () => {
    const load = storm(t.url, sessions, 16);
    // Until the storm is well under way (this machine is shared: a fixed wait would say nothing).
    for (let waited = 0; load.answered.length < 40 && waited < 60_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    const startedAt = Date.now();
    const run = await runCli('database/backup-main.js', [backup()], { DATABASE_PATH: dbPath });
    const atEnd = load.answered.length;
    for (let waited = 0; load.answered.length < atEnd + 10 && waited < 30_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await load.stop();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(load.failures).toEqual([]);

    const before = load.answered.filter((a) => a.at < startedAt);
    const after = load.answered.filter((a) => a.at > startedAt);
    answeredBefore = before;
    expect(before.length).toBeGreaterThanOrEqual(40);
    expect(after.length).toBeGreaterThan(0); // the server kept answering while the copy was made

    const copy = new Database(backup(), { readonly: true });
    try {
      expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const codes = new Set((copy.prepare('SELECT code FROM bookings').all() as { code: string }[]).map((r) => r.code));
      expect(before.filter((a) => !codes.has(a.code))).toEqual([]);
      // Consistent: every booking in the copy has its attendee row and its seat count.
      const orphans = copy
        .prepare(
          'SELECT COUNT(*) AS n FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM booking_attendees a WHERE a.booking_id = b.id)',
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      const last = copy.prepare('SELECT name FROM migrations ORDER BY id DESC LIMIT 1').get() as { name: string };
      const note = JSON.parse(readFileSync(`${backup()}.json`, 'utf8')) as Record<string, unknown>;
      expect(note).toMatchObject({ format: 'tiepdan-sqlite-backup/1', lastMigration: last.name });
      expect(Date.parse(String(note.createdAt))).toBeGreaterThanOrEqual(startedAt - 1000);
    } finally {
      copy.close();
    }
    // A second backup never overwrites the first.
    const again = await runCli('database/backup-main.js', [backup()], { DATABASE_PATH: dbPath });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 120_000);

  it('restore refuses while the server has the database open, and changes nothing', async () => {
    const sizeBefore = readFileSync(dbPath).length;
    const run = await runCli('database/restore-main.js', [backup()], { DATABASE_PATH: dbPath });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/open by another process/);
    expect(readFileSync(dbPath).length).toBe(sizeBefore);
    expect((await t.http().get('/api/health')).status).toBe(200);
  });

  it('restore refuses a damaged copy: altered after the backup (checksum), or damaged before its note (integrity_check)', async () => {
    const target = join(dir, 'never.sqlite');
    // Bytes changed after the backup: the note's SHA-256 no longer matches.
    const altered = join(dir, 'altered.sqlite');
    copyFileSync(backup(), altered);
    copyFileSync(`${backup()}.json`, `${altered}.json`);
    const fd = openSync(altered, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    closeSync(fd);
    const r1 = await runCli('database/restore-main.js', [altered], { DATABASE_PATH: target });
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/SHA-256/);
    // The same damage with a note that matches it: PRAGMA integrity_check (or SQLite itself) finds it.
    const note = JSON.parse(readFileSync(`${backup()}.json`, 'utf8')) as Record<string, unknown>;
    const { createHash } = await import('node:crypto');
    writeFileSync(
      `${altered}.json`,
      JSON.stringify({ ...note, sha256: createHash('sha256').update(readFileSync(altered)).digest('hex') }),
    );
    const r2 = await runCli('database/restore-main.js', [altered], { DATABASE_PATH: target });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/integrity_check|damaged|malformed/);
    // No note at all.
    const bare = join(dir, 'bare.sqlite');
    copyFileSync(backup(), bare);
    const r3 = await runCli('database/restore-main.js', [bare], { DATABASE_PATH: target });
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/note/);
    expect(existsSync(target)).toBe(false);
  });

  it('restores into a new path, and a server on it serves the bookings answered before the backup', async () => {
    const target = join(dir, 'restored', 'db.sqlite');
    const run = await runCli('database/restore-main.js', [backup()], { DATABASE_PATH: target });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const restored = await startServer({
      reuse: { env: { DATABASE_PATH: target }, query: t.db.query, drop: async () => undefined },
    });
    try {
      for (const one of [answeredBefore[0]!, answeredBefore.at(-1)!]) {
        const res = await restored
          .http()
          .get(api(`/bookings/${one.code}`))
          .set('X-Manage-Token', one.manageToken);
        expect(res.status).toBe(200);
        expect(res.body.code).toBe(one.code);
      }
    } finally {
      await restored.stop();
    }
  }, 120_000);

  it('restore over the stopped server keeps the previous database aside', async () => {
    await t.stop();
    const run = await runCli('database/restore-main.js', [backup()], { DATABASE_PATH: dbPath });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const aside = /kept as (\S+)/.exec(run.stdout)![1]!;
    expect(existsSync(aside)).toBe(true);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });
});
