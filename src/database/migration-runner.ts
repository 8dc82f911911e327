import { DataSource, type DataSourceOptions } from 'typeorm';

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

/**
 * Runs pending migrations over a connection of their own (PostgreSQL `DATABASE_MIGRATION_URL`: the role that owns the
 * schema), so the application's role needs no DDL rights. The application's connection then finds nothing pending.
 */
export async function runMigrationsVia(options: DataSourceOptions, migrationUrl: string): Promise<string[]> {
  const ds = await new DataSource({ ...options, url: migrationUrl, poolSize: 2 } as DataSourceOptions).initialize();
  try {
    return await runMigrationsOnce(ds);
  } finally {
    await ds.destroy();
  }
}
