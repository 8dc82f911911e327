import { createRequire } from 'node:module';
import type pg from 'pg';

type PgClientConfig = string | (pg.ClientConfig & { connectTimeoutMs?: number });
export type ResettingPgClientClass = new (config?: PgClientConfig) => pg.Client;

let loaded: ResettingPgClientClass | undefined;

/**
 * The ResettingPgClient class (below). pg (with pg-pool and pg-types, a few MB once loaded) is required on the first call,
 * i.e. only with PostgreSQL (DATABASE_URL): a SQLite server never loads it. Synchronous, because TypeORM's options are
 * built synchronously (data-source.options.ts); pg is a CommonJS package.
 */
export function resettingPgClient(): ResettingPgClientClass {
  if (loaded) return loaded;
  const { Client } = createRequire(import.meta.url)('pg') as typeof pg;

  /**
   * A pg client that drops its connection when a query gets no answer in time (`query_timeout`, "Query read timeout").
   *
   * pg gives up waiting but keeps the connection, with the unanswered query still in flight: every later query on that
   * pooled connection would queue behind it and time out too, even after the server came back. Destroying the socket
   * makes the client fail with a connection error, TypeORM releases it with that error and the pool replaces it with a
   * fresh connection.
   */
  class ResettingPgClient extends Client {
    /**
     * `connectTimeoutMs` (ours) bounds opening this connection; pg's `connectionTimeoutMillis`, which pg-pool also uses
     * for the wait for a free connection, is left to the pool: a storm of requests may queue longer than a connection
     * takes to open.
     */
    constructor(config?: PgClientConfig) {
      super(
        typeof config === 'object' && config.connectTimeoutMs !== undefined
          ? { ...config, connectionTimeoutMillis: config.connectTimeoutMs }
          : config,
      );
    }

    override query(...args: unknown[]): never {
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          if (error instanceof Error && error.message === 'Query read timeout') this.dropConnection();
          throw error;
        }) as never;
      }
      return result as never;
    }

    private dropConnection(): void {
      const stream = (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream;
      stream?.destroy();
    }
  }

  loaded = ResettingPgClient;
  return loaded;
}
