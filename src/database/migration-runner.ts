import type { DataSource } from 'typeorm';

/** Arbitrary but fixed key of the PostgreSQL advisory lock held while migrating. */
export const MIGRATION_LOCK_KEY = 7_240_193_001;

/**
 * Runs pending migrations once. On PostgreSQL a session advisory lock makes instances starting together wait for each
 * other: the first migrates, the others find nothing pending. SQLite is a single-process embedded database.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type !== 'postgres') {
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
