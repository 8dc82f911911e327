import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs one SQL statement with `:name` and `:...list` parameters on either database (the driver turns them into `?`
 * or `$n` and converts dates and booleans). For read-only aggregation queries (GROUP BY) of the reader services.
 */
export async function namedQuery<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const ds = 'driver' in db ? db : (db as EntityManager).connection;
  const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return (await db.query(query, values)) as T[];
}

/** A COUNT/SUM value from a raw row (PostgreSQL returns bigint sums as strings, SQLite numbers; NULL → 0). */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
