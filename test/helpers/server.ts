import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { api } from './client.js';
import { createTestDb, type TestDb } from './test-db.js';

import { ADMIN_PASSWORD, DEMO_PASSWORD } from './credentials.js';

export { ADMIN_PASSWORD, DEMO_PASSWORD } from './credentials.js';
/** The built server; TIEPDAN_MAIN lets parallel work build into its own folder. */
const MAIN_JS = process.env.TIEPDAN_MAIN ?? join(process.cwd(), 'dist', 'main.js');
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

export interface TestServer {
  url: string;
  port: number;
  db: TestDb;
  process: ChildProcess;
  http(): TestAgent;
  /** Bearer token of a user (demo users are named after their role). */
  token(username: string, password?: string): Promise<string>;
  /** Everything the process wrote to stdout and stderr so far (the application log). */
  logs(): string;
  /** Stops the process (SIGTERM by default, SIGKILL to simulate a crash) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Stops the process and drops its database. */
  close(): Promise<void>;
}

export function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TZ', 'LANG', 'NODE_OPTIONS'];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  return {
    ...env,
    NODE_ENV: 'test',
    PORT: '0',
    JWT_SECRET: 'e2e-jwt-secret-that-is-long-enough-0123456789',
    DATA_KEY: '0'.repeat(62) + '01',
    ADMIN_PASSWORD,
    DEMO_PASSWORD,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    THROTTLE_LIMIT: '0',
    LOGIN_THROTTLE_LIMIT: '0',
    JOBS_ENABLED: 'false',
  };
}

/** Starts the built server (`dist/main.js`) as a real process on a database of its own, or on `reuse` to test restarts. */
export async function startServer(
  opts: { env?: Record<string, string>; reuse?: TestDb; timeoutMs?: number } = {},
): Promise<TestServer> {
  const db = opts.reuse ?? (await createTestDb());
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { ...baseEnv(), ...db.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time:\n${output.slice(-3000)}`)),
      opts.timeoutMs ?? 150_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /tiepdan listening on http:\/\/localhost:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => {
      output += c.toString('utf8');
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output.slice(-3000)}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();
  const server: TestServer = {
    url,
    port,
    db,
    process: child,
    http: () => request(url),
    async token(username, password) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await request(url)
        .post(api('/auth/login'))
        .send({ username, password: password ?? (username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD) });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.accessToken);
      return res.body.accessToken as string;
    },
    logs: () => output,
    async stop(signal = 'SIGTERM') {
      if (exitCode !== undefined) return exitCode;
      child.kill(signal);
      return exited;
    },
    async close() {
      await server.stop();
      await db.drop();
    },
  };
  return server;
}

/** Starts several servers together; if any fails to start, the others are stopped before the error is thrown. */
export async function startServers(n: number, opts: Parameters<typeof startServer>[0] = {}): Promise<TestServer[]> {
  const results = await Promise.allSettled(Array.from({ length: n }, () => startServer(opts)));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    for (const r of results) if (r.status === 'fulfilled') await r.value.stop();
    throw (failed as PromiseRejectedResult).reason;
  }
  return results.map((r) => (r as PromiseFulfilledResult<TestServer>).value);
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
