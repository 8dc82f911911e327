import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { validateEnv } from '../config/env.validation.js';
import { PROJECT_ROOT } from '../config/paths.js';
import { backupSqlite } from './backup.js';

/**
 * `npm run backup -- <file>`: a consistent copy of the database the app uses (DATABASE_URL, else DATABASE_PATH) while
 * the server runs. SQLite: the online backup API, `<file>` plus its note `<file>.json` (schema version, time,
 * SHA-256). PostgreSQL: `pg_dump -Fc` into `<file>` when pg_dump is installed (restore with pg_restore), else how to.
 * Exit 0 done, 1 failed, 2 usage.
 */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) {
    process.stderr.write('usage: npm run backup -- <file>\n');
    return 2;
  }
  const target = resolve(file);
  // Only the database settings are used: secrets are not needed to copy the file.
  const config = validateEnv({ ...process.env, NODE_ENV: 'development' });
  if (config.database.type === 'postgres') {
    const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, config.database.url], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (dump.error) {
      process.stderr.write(
        'PostgreSQL: pg_dump is not installed here. Run pg_dump --format=custom --file=<file> "$DATABASE_URL" where it is, ' +
          'and restore with pg_restore --clean --if-exists --no-owner --dbname=<url> <file> (README, "Backup and restore").\n',
      );
      return 1;
    }
    if (dump.status !== 0) return 1;
    process.stdout.write(`PostgreSQL dump written to ${target} (restore with pg_restore, see the README)\n`);
    return 0;
  }
  const path = config.database.path;
  if (path === ':memory:') {
    process.stderr.write('DATABASE_PATH is :memory:, there is no file to back up\n');
    return 1;
  }
  const source = isAbsolute(path) ? path : join(PROJECT_ROOT, path);
  const started = Date.now();
  const note = await backupSqlite(source, target);
  process.stdout.write(
    `backup written to ${target} (${note.bytes} bytes, schema ${note.lastMigration ?? 'empty'}, ` +
      `${Date.now() - started} ms); note ${target}.json\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`backup failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
