// SMS outbox throughput: a real SMPP server (the smpp package's server side, answering every submit_sm at once) and a
// server of its own (NODE_ENV=test with TEST_HOOKS, SQLite, SMS_SMPP_URL pointing at it). Queues N SMS through the test
// hook (BENCH_SMS_N, default 2000; GSM-7, one part each), then one admin flush; measures from the flush until every
// message was acknowledged by the SMSC (submit_sm_resp) and marked sent. Target: >= 200 messages per second.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const smpp = require('smpp');

function smsc() {
  let received = 0;
  let seq = 0;
  const server = smpp.createServer({}, (session) => {
    session.on('error', () => undefined);
    session.on('bind_transceiver', (pdu) => session.send(pdu.response()));
    session.on('enquire_link', (pdu) => session.send(pdu.response()));
    session.on('unbind', (pdu) => session.send(pdu.response()));
    session.on('submit_sm', (pdu) => {
      received++;
      session.send(pdu.response({ message_id: `b${++seq}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: server.address().port, received: () => received, close: () => server.close() }),
    ),
  );
}

async function start(root, env) {
  const child = spawn(process.execPath, [join(root, 'dist', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + out.slice(-2000))), 90_000);
    const on = (c) => {
      out += c;
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out.slice(-2000)}`)));
  });
  return { child, port };
}

export async function run(ctx) {
  const n = Number(process.env.BENCH_SMS_N ?? 2000);
  const s = await smsc();
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-sms-'));
  const password = 'bench-admin-password';
  const { child, port } = await start(ctx.root, {
    NODE_ENV: 'test',
    TEST_HOOKS: 'true',
    PORT: '0',
    DATABASE_PATH: join(dir, 'sms.sqlite'),
    THROTTLE_LIMIT: '0',
    LOGIN_THROTTLE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: password,
    DEMO_DATA: 'false',
    JOBS_ENABLED: 'false',
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    DATA_KEY: '2'.repeat(64),
    SMS_SMPP_URL: `smpp://bench:benchpw@127.0.0.1:${s.port}`,
    SMS_SENDER: 'TIEPDAN',
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const { accessToken } = await login.json();
    const t0 = performance.now();
    const q = await fetch(`${base}/__test/outbox/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'booking.reminder',
        phone: '0912345678',
        template: 'booking.otp',
        values: { otp: '123456', minutes: '10' },
        copies: n,
      }),
    });
    if (!q.ok) throw new Error(`enqueue failed: ${q.status} ${await q.text()}`);
    const queueMs = performance.now() - t0;
    ctx.log(`queued ${n} SMS in ${Math.round(queueMs)} ms`);
    const t1 = performance.now();
    let sent = 0;
    // One flush sends at most 100 batches; flush again until the outbox is empty.
    while (sent < n) {
      const f = await fetch(`${base}/notifications/outbox/flush`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      const body = await f.json();
      if (!f.ok) throw new Error(`flush failed: ${JSON.stringify(body)}`);
      if (body.sent === 0) break;
      sent += body.sent;
    }
    const ms = performance.now() - t1;
    return {
      messages: n,
      sentAndMarked: sent,
      smscReceived: s.received(),
      seconds: Math.round(ms) / 1000,
      messagesPerSecond: Math.round((sent / ms) * 1000),
      queueMessagesPerSecond: Math.round((n / queueMs) * 1000),
      target: '>= 200 messages per second',
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
