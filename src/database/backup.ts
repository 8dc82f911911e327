import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { ALL_MIGRATIONS } from './migrations/index.js';

/**
 * Backup and restore of the SQLite database (`npm run backup` / `npm run restore`, see the README, "Backup and
 * restore"). A backup is two files: the copy `<file>` (a self-contained SQLite file, rollback journal) and its note
 * `<file>.json` (`BackupNote`: the schema version, i.e. the last migration applied, the time, size and SHA-256).
 */

export const BACKUP_FORMAT = 'tiepdan-sqlite-backup/1';

export interface BackupNote {
  format: typeof BACKUP_FORMAT;
  /** When the copy was taken (ISO 8601, UTC). */
  createdAt: string;
  /** Name of the last migration applied in the copy (the schema version), null for an empty database. */
  lastMigration: string | null;
  migrationCount: number;
  bytes: number;
  sha256: string;
  sqliteVersion: string;
}

export const noteFileOf = (file: string): string => `${file}.json`;

/** Names of the migrations this build knows, in order. */
export function knownMigrations(): string[] {
  return ALL_MIGRATIONS.map((M) => new M().name ?? M.name);
}

/** SHA-256 of a file read in 8 MiB chunks (a whole-file read fails above 2 GiB, and would hold it all in memory). */
export function sha256Of(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The migrations applied in a SQLite file, in order (none when the table is missing). */
function appliedMigrations(db: Database.Database): string[] {
  const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
  if (!table) return [];
  return (db.prepare('SELECT name FROM migrations ORDER BY id').all() as { name: string }[]).map((r) => r.name);
}

/** `PRAGMA integrity_check`: 'ok' or the problems it lists (at most 20). */
function integrityOf(db: Database.Database): string[] {
  return (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
}

/**
 * Online copy of the SQLite database at `source` into `target` while the server keeps writing, with the SQLite online
 * backup API (better-sqlite3 `backup`) from this process's own connection. The first step copies 100 pages, every
 * later step all the rest at once: that step holds a read transaction of the WAL for its whole length, so the copy
 * is one consistent snapshot (a write by the server between steps makes SQLite restart the copy within that step).
 * The copy is checked (`PRAGMA integrity_check`), switched to a rollback journal so it is one self-contained file, and
 * only then renamed into place with its note.
 */
export async function backupSqlite(source: string, target: string, now = new Date()): Promise<BackupNote> {
  if (existsSync(target) || existsSync(noteFileOf(target))) throw new Error(`${target} already exists`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const copy = new Database(partial, { timeout: 10_000 });
  let note: Omit<BackupNote, 'bytes' | 'sha256'>;
  try {
    const problems = integrityOf(copy);
    if (problems.join() !== 'ok') throw new Error(`the copy failed PRAGMA integrity_check: ${problems.join('; ')}`);
    copy.pragma('journal_mode = DELETE');
    const applied = appliedMigrations(copy);
    note = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      lastMigration: applied.at(-1) ?? null,
      migrationCount: applied.length,
      sqliteVersion: (copy.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    };
  } finally {
    copy.close();
  }
  fsyncPath(partial);
  const full: BackupNote = { ...note, bytes: statSync(partial).size, sha256: sha256Of(partial) };
  renameSync(partial, target);
  writeFileSync(noteFileOf(target), `${JSON.stringify(full, null, 2)}\n`, { mode: 0o600 });
  fsyncPath(noteFileOf(target));
  fsyncPath(dirname(target));
  return full;
}

/** Why a backup cannot be restored (message for the operator), or the note when it can. */
export function checkBackup(file: string, known = knownMigrations()): BackupNote {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const noteFile = noteFileOf(file);
  if (!existsSync(noteFile)) throw new Error(`the note ${noteFile} written by npm run backup is missing`);
  let note: BackupNote;
  try {
    note = JSON.parse(readFileSync(noteFile, 'utf8')) as BackupNote;
  } catch {
    throw new Error(`the note ${noteFile} is not valid JSON`);
  }
  if (note.format !== BACKUP_FORMAT) throw new Error(`the note ${noteFile} is not a ${BACKUP_FORMAT} note`);
  if (statSync(file).size !== note.bytes || sha256Of(file) !== note.sha256) {
    throw new Error('the copy is not the file the backup wrote (size or SHA-256 differs from its note)');
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new Error(`the copy cannot be opened as a SQLite database: ${(e as Error).message}`);
  }
  try {
    let problems: string[];
    let applied: string[];
    try {
      problems = integrityOf(db);
      applied = appliedMigrations(db);
    } catch (e) {
      throw new Error(`the copy is damaged: ${(e as Error).message}`);
    }
    if (problems.join() !== 'ok') throw new Error(`the copy failed PRAGMA integrity_check: ${problems.join('; ')}`);
    if ((applied.at(-1) ?? null) !== note.lastMigration || applied.length !== note.migrationCount) {
      throw new Error(`the copy's migrations do not match its note (last: ${applied.at(-1) ?? 'none'})`);
    }
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new Error(
        `the copy's schema is not one this version knows (migration ${unknown[0]}): restore it with the version that wrote it`,
      );
    }
    return note;
  } finally {
    db.close();
  }
}

/**
 * Whether another process has the SQLite database open (a running server, a backup, a key rotation): an exclusive lock
 * is tried without waiting. SQLite's locks are the operating system's, released when a process ends, so a crashed
 * server never leaves a stale lock (unlike a pid file). Returns a release function when no one holds the file; the
 * WAL is checkpointed into the main file first so the file is complete on its own.
 */
export function lockIdleDatabase(path: string): { release(): void } | null {
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY' || (e as { code?: string }).code === 'SQLITE_LOCKED')
      return null;
    throw e;
  }
  return { release: () => db.close() };
}

/**
 * Replaces the database at `target` by the checked copy `file`: the copy is written next to the target and renamed
 * over it (atomic on one file system); the previous database and any -wal/-shm are moved aside to
 * `<target>.before-restore-<time>` (returned), never deleted.
 */
export function replaceDatabase(file: string, target: string, now = new Date()): string | null {
  const incoming = `${target}.restoring`;
  copyFileSync(file, incoming);
  fsyncPath(incoming);
  let aside: string | null = null;
  if (existsSync(target)) {
    aside = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, aside);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(target + suffix)) {
      if (aside) renameSync(target + suffix, aside + suffix);
      else rmSync(target + suffix);
    }
  }
  renameSync(incoming, target);
  fsyncPath(dirname(target));
  return aside;
}
