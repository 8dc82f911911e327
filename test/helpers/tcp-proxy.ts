import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'silent';

/**
 * A TCP proxy in front of a database server that a test can turn into an outage: `silent` accepts connections and
 * swallows every byte without answering (a hung server or a black-holed network), `stop()` closes the port and every
 * connection (server down: connection refused).
 */
export interface TcpProxy {
  port: number;
  mode: ProxyMode;
  /** Back to forwarding; connections made while silent stay silent. */
  forward(): void;
  silence(): void;
  /** Closes the listening port and every connection. */
  stop(): Promise<void>;
  /** Listens again on the same port, forwarding. */
  restart(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server;
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  };
  const proxy: TcpProxy = {
    port: 0,
    mode: 'forward',
    forward() {
      proxy.mode = 'forward';
    },
    silence() {
      proxy.mode = 'silent';
      // Connections already open stop forwarding too: what the client sends is swallowed, nothing comes back.
      for (const s of sockets) s.unpipe();
      for (const s of sockets) s.removeAllListeners('data');
      for (const s of sockets) {
        s.pause();
        s.on('data', () => undefined);
        s.resume();
      }
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    async restart() {
      proxy.mode = 'forward';
      await listen(proxy.port);
    },
  };
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        track(client);
        if (proxy.mode === 'silent') {
          client.on('data', () => undefined);
          return;
        }
        const upstream = createConnection(targetPort, targetHost);
        track(upstream);
        client.pipe(upstream);
        upstream.pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        proxy.port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  await listen(0);
  return proxy;
}
