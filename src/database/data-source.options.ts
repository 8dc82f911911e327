import { isAbsolute, join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { PROJECT_ROOT } from '../config/paths.js';
import { ALL_ENTITIES } from './entities.js';
import { ALL_MIGRATIONS } from './migrations/index.js';
import { resettingPgClient } from './pg-client.js';

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
    // Time limits: without them a server that is down, or accepts connections and never answers, hangs every request.
    // `connectTimeoutMs` bounds opening a connection; `statement_timeout` makes the server cancel a statement (also one
    // waiting for a lock); `query_timeout` makes the client give up on a server that does not answer at all (and then
    // drop the connection, see pg-client.ts). The wait for a free connection of the pool is bounded by the time a
    // connection can take to open and answer (a storm of bookings queues for seconds). Each failure answers 503.
    const connectTimeoutMs = db.connectTimeoutMs ?? 5_000;
    const answerMs = db.queryTimeoutMs || db.statementTimeoutMs || 0;
    const extra: Record<string, unknown> = { Client: resettingPgClient(), connectTimeoutMs };
    if (db.statementTimeoutMs) extra.statement_timeout = db.statementTimeoutMs;
    if (db.queryTimeoutMs) extra.query_timeout = db.queryTimeoutMs;
    return {
      ...common,
      type: 'postgres',
      url: db.url,
      poolSize: 10,
      // pg-pool: the wait for a free connection (0: no limit); pg itself would also use it to open one, see above.
      connectTimeoutMS: answerMs ? connectTimeoutMs + answerMs : 0,
      extra,
      migrationsTransactionMode: 'each',
    };
  }
  const busyTimeoutMs = db.busyTimeoutMs ?? 2_000;
  const path = db.path === ':memory:' || isAbsolute(db.path) ? db.path : join(PROJECT_ROOT, db.path);
  return {
    ...common,
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    // While another process holds the file's write lock each statement waits up to this long, and with it the whole
    // process (better-sqlite3 is synchronous); then the request answers 503 (SQLITE_BUSY). TransactionRunner makes the
    // requests queued behind it fail at once rather than wait in turn.
    timeout: busyTimeoutMs,
    migrationsTransactionMode: 'each',
    prepareDatabase: (raw: { pragma(sql: string): unknown }) => {
      raw.pragma('foreign_keys = ON');
      raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
      // NORMAL (default): in WAL mode a commit is in the WAL before it is answered, so a crash of the process loses
      // nothing (the SIGKILL tests); a power cut may lose the last moments. FULL adds an fsync to every commit, made on
      // the event loop: on this project's VM it cost no throughput on average but, in one bench run of four, stalled every
      // request for up to 1.6 s on a slow fsync. Choose FULL (SQLITE_SYNCHRONOUS) where fsync is fast and steady.
      raw.pragma(`synchronous = ${db.synchronous ?? 'NORMAL'}`);
    },
  };
}
