import 'reflect-metadata';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { validateEnv } from '../config/env.validation.js';
import { PROJECT_ROOT } from '../config/paths.js';
import { checkBackup, lockIdleDatabase, replaceDatabase } from './backup.js';

/**
 * `npm run restore -- <file>`: puts a copy made by `npm run backup` in place of the SQLite database the app uses
 * (DATABASE_PATH). In order: the copy is checked (its note, SHA-256, `PRAGMA integrity_check`, its migrations known to
 * this version); the current database must not be open by any process (an exclusive SQLite lock, tried without
 * waiting: a running server holds its file open); then the copy replaces it atomically, the previous file kept aside.
 * Exit 0 restored, 1 refused or failed, 2 usage. PostgreSQL: pg_restore (README).
 */
function main(): number {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    process.stderr.write('usage: npm run restore -- <file>\n');
    return 2;
  }
  const config = validateEnv({ ...process.env, NODE_ENV: 'development' });
  if (config.database.type === 'postgres') {
    process.stderr.write(
      'PostgreSQL: stop the servers, then pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" <file> ' +
        '(README, "Backup and restore")\n',
    );
    return 1;
  }
  const path = config.database.path;
  if (path === ':memory:') {
    process.stderr.write('DATABASE_PATH is :memory:, there is no file to restore into\n');
    return 1;
  }
  const target = isAbsolute(path) ? path : join(PROJECT_ROOT, path);
  const source = resolve(file);
  let note;
  try {
    note = checkBackup(source);
  } catch (e) {
    process.stderr.write(`restore refused: ${(e as Error).message}; nothing was changed\n`);
    return 1;
  }
  let lock: { release(): void } | null = null;
  if (existsSync(target)) {
    lock = lockIdleDatabase(target);
    if (!lock) {
      process.stderr.write(
        `restore refused: ${target} is open by another process (a running server?); stop every server first; ` +
          'nothing was changed\n',
      );
      return 1;
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  // The WAL is checkpointed into the file and the lock given back just before the swap: the file set aside is whole.
  lock?.release();
  const aside = replaceDatabase(source, target);
  process.stdout.write(
    `restored ${source} (taken ${note.createdAt}, schema ${note.lastMigration ?? 'empty'}) into ${target}` +
      (aside ? `; the previous database is kept as ${aside}` : '') +
      '\n',
  );
  return 0;
}

try {
  process.exit(main());
} catch (err) {
  process.stderr.write(`restore failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
