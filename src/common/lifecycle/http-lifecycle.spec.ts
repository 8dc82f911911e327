import { describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express, Request, Response } from 'express';
import { HttpLifecycle, drainHttp } from './http-lifecycle.js';
import { Lifecycle } from './lifecycle.js';

async function serve(handlerMs = 0): Promise<{ server: Server; url: string; http: HttpLifecycle; life: Lifecycle }> {
  const life = new Lifecycle();
  const http = new HttpLifecycle(life);
  const app = new ExpressAdapter().getInstance<Express>();
  app.use(http.middleware);
  app.get('/slow', (_req: Request, res: Response) => void setTimeout(() => res.json({ done: true }), handlerMs));
  app.get('/api/health/ready', (_req: Request, res: Response) => void res.json({ status: 'ready' }));
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}`, http, life };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('Lifecycle', () => {
  it('goes starting → ready → stopping, tells stop listeners once, never back', () => {
    const life = new Lifecycle();
    const heard: string[] = [];
    life.onStopping(() => heard.push('a'));
    expect(life.phase).toBe('starting');
    life.markReady();
    expect(life.phase).toBe('ready');
    life.markStopping();
    life.markStopping();
    life.markReady();
    expect(life.phase).toBe('stopping');
    life.onStopping(() => heard.push('late'));
    expect(heard).toEqual(['a', 'late']);
  });
});

describe('HttpLifecycle', () => {
  it('while starting answers live 200 and everything else 503 SERVICE_STARTING with Retry-After', async () => {
    const { server, url, life } = await serve();
    try {
      const live = await fetch(`${url}/api/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${url}/api/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toContain('application/problem+json');
      expect(ready.headers.get('retry-after')).toBe('2');
      expect(((await ready.json()) as { code: string }).code).toBe('SERVICE_STARTING');
      expect((await fetch(`${url}/slow`)).status).toBe(503);
      life.markReady();
      expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('drains: an in-flight request finishes, new connections are refused, Connection: close while stopping', async () => {
    const { server, url, http, life } = await serve(1_000);
    life.markReady();
    const inFlight = fetch(`${url}/slow`);
    await until(() => http.requestsInFlight === 1);
    life.markStopping();
    const drained = drainHttp(server, http, 2_000);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await drained).toBe(true);
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
  });

  it('gives up after the timeout and closes the connections still running', async () => {
    const { server, url, http, life } = await serve(5_000);
    life.markReady();
    const inFlight = fetch(`${url}/slow`).then(
      (r) => r.status,
      () => 'closed',
    );
    await until(() => http.requestsInFlight === 1);
    life.markStopping();
    const started = Date.now();
    expect(await drainHttp(server, http, 200)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await inFlight).toBe('closed');
  });
});
