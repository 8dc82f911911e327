import { isAbsolute, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { PROJECT_ROOT } from '../config/paths.js';
import { ALL_ENTITIES } from './entities.js';
import { ALL_MIGRATIONS } from './migrations/index.js';

/** Every driver detail lives here: SQLite (better-sqlite3, WAL, foreign keys, busy timeout) or PostgreSQL (pg). */
export function buildDataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (db.type === 'postgres') {
    return { ...common, type: 'postgres', url: db.url, poolSize: 10, migrationsTransactionMode: 'each' };
  }
  const path = db.path === ':memory:' || isAbsolute(db.path) ? db.path : join(PROJECT_ROOT, db.path);
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    timeout: 10_000,
    migrationsTransactionMode: 'each',
    prepareDatabase: (raw: { pragma(sql: string): unknown }) => {
      raw.pragma('foreign_keys = ON');
      raw.pragma('busy_timeout = 10000');
      // NORMAL (default): in WAL mode a commit is in the WAL before it is answered, so a crash of the process loses
      // nothing (the SIGKILL tests); a power cut may lose the last moments. FULL adds an fsync to every commit, made on
      // the event loop: on this project's VM it cost no throughput on average but, in one bench run of four, stalled every
      // request for up to 1.6 s on a slow fsync. Choose FULL (SQLITE_SYNCHRONOUS) where fsync is fast and steady.
      raw.pragma(`synchronous = ${db.synchronous ?? 'NORMAL'}`);
    },
  };
}
