import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { COMMON_ERRORS } from '../errors/common-errors.js';
import { buildProblem } from '../errors/problem-details.js';
import type { Lifecycle } from './lifecycle.js';

/** Seconds a client is asked to wait (Retry-After) while the process starts. */
const STARTING_RETRY_AFTER_S = 2;

/**
 * The first middleware of the HTTP server, installed before the application exists (main.ts):
 * - while starting (opening the database, running migrations) it answers the probes itself — live 200, ready 503 —
 *   and every other request 503 `SERVICE_STARTING` with Retry-After;
 * - it counts the requests in flight, so a shutdown knows when the last one has finished;
 * - while stopping it asks clients to close their kept-alive connections (`Connection: close`).
 */
export class HttpLifecycle {
  private inFlight = 0;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly lifecycle: Lifecycle) {}

  get requestsInFlight(): number {
    return this.inFlight;
  }

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const phase = this.lifecycle.phase;
    if (phase === 'starting') return this.answerWhileStarting(req, res);
    if (phase === 'stopping') res.setHeader('Connection', 'close');
    this.inFlight += 1;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
    res.once('finish', finished);
    res.once('close', finished);
    next();
  };

  /** Resolves true when no request is in flight, false when `timeoutMs` passed first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private answerWhileStarting(req: Request, res: Response): void {
    const path = req.path;
    if (req.method === 'GET' && path === '/api/health/live') {
      res.status(200).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
      return;
    }
    const problem = buildProblem({
      status: 503,
      code: COMMON_ERRORS.SERVICE_STARTING.code,
      detail: COMMON_ERRORS.SERVICE_STARTING.message,
      instance: path,
    });
    res.setHeader('Retry-After', String(STARTING_RETRY_AFTER_S));
    res.status(503).type('application/problem+json').send(JSON.stringify(problem));
  }
}

/**
 * Graceful stop of the HTTP side: no new connections, kept-alive idle connections closed, in-flight requests given
 * `timeoutMs` to finish; those still running then lose their connections. Resolves true when all finished in time.
 */
export async function drainHttp(server: Server, http: HttpLifecycle, timeoutMs: number): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Connections that finish their request while we wait are closed by `Connection: close`; sweep idle ones anyway.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const finished = await http.whenIdle(timeoutMs);
  clearInterval(sweep);
  if (!finished) server.closeAllConnections();
  else server.closeIdleConnections();
  await Promise.race([closed, new Promise((r) => setTimeout(r, 1_000))]);
  return finished;
}
