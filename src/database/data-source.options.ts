import { isAbsolute, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { PROJECT_ROOT } from '../config/paths.js';
import { ALL_ENTITIES } from './entities.js';
import { ALL_MIGRATIONS } from './migrations/index.js';

/** Every driver detail lives here: SQLite (better-sqlite3, WAL, synchronous FULL, foreign keys, busy timeout) or PostgreSQL (pg). */
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
      // FULL: every commit is on disk (fsync of the WAL) before it is answered, so not even a power cut loses a
      // confirmed booking. Bookings share commits by group commit, so the fsync is paid once per group.
      raw.pragma('synchronous = FULL');
    },
  };
}
