import pg from 'pg';

/**
 * A pg client that drops its connection when a query gets no answer in time (`query_timeout`, "Query read timeout").
 *
 * pg gives up waiting but keeps the connection, with the unanswered query still in flight: every later query on that
 * pooled connection would queue behind it and time out too, even after the server came back. Destroying the socket
 * makes the client fail with a connection error, TypeORM releases it with that error and the pool replaces it with a
 * fresh connection.
 */
export class ResettingPgClient extends pg.Client {
  /**
   * `connectTimeoutMs` (ours) bounds opening this connection; pg's `connectionTimeoutMillis`, which pg-pool also uses
   * for the wait for a free connection, is left to the pool: a storm of requests may queue longer than a connection
   * takes to open.
   */
  constructor(config?: string | (pg.ClientConfig & { connectTimeoutMs?: number })) {
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
