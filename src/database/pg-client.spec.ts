import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { resettingPgClient } from './pg-client.js';

const ResettingPgClient = resettingPgClient();

/**
 * A PostgreSQL server that lets clients in (trust authentication) and then never answers a query: a hung backend.
 * Resolves the port; `closed` counts the client connections that were closed.
 */
function silentServer(): Promise<{ server: Server; port: number; closed: () => number }> {
  let closed = 0;
  const server = createServer((socket: Socket) => {
    socket.once('data', () => {
      // AuthenticationOk, then ReadyForQuery (idle): the client is connected; every query after that goes unanswered.
      socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]));
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed += 1;
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port, closed: () => closed }),
    ),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ResettingPgClient', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function unansweredQuery(
    ClientClass: new (config: pg.ClientConfig) => pg.Client,
  ): Promise<{ error: unknown; closed: number }> {
    const s = await silentServer();
    server = s.server;
    const client = new ClientClass({ host: '127.0.0.1', port: s.port, user: 'u', database: 'd', query_timeout: 100 });
    client.on('error', () => undefined);
    await client.connect();
    const error = await client.query('SELECT 1').then(
      () => null,
      (e: unknown) => e,
    );
    await sleep(100);
    const closed = s.closed();
    await client.end().catch(() => undefined);
    return { error, closed };
  }

  it('closes the connection when a query got no answer in time, so the pool replaces it', async () => {
    const { error, closed } = await unansweredQuery(ResettingPgClient);
    expect((error as Error).message).toBe('Query read timeout');
    expect(closed).toBe(1);
  });

  it("pg's own client keeps the stuck connection open (why the subclass exists)", async () => {
    const { error, closed } = await unansweredQuery(pg.Client);
    expect((error as Error).message).toBe('Query read timeout');
    expect(closed).toBe(0);
  });

  it("gives up opening a connection after connectTimeoutMs, whatever the pool's wait limit", async () => {
    const sockets: Socket[] = [];
    server = createServer((socket) => {
      sockets.push(socket);
      socket.on('error', () => undefined);
    }); // accepts, never answers
    const port = await new Promise<number>((resolve) =>
      server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
    );
    const client = new ResettingPgClient({
      host: '127.0.0.1',
      port,
      user: 'u',
      database: 'd',
      connectionTimeoutMillis: 0,
      connectTimeoutMs: 200,
    });
    client.on('error', () => undefined);
    const started = Date.now();
    await expect(client.connect()).rejects.toThrow(/timeout/);
    expect(Date.now() - started).toBeLessThan(2000);
    for (const socket of sockets) socket.destroy();
  });
});
