// Operations figures (issue 16, items 7 and 10):
// - start-up: time from spawning dist/main.js to the first 200 of GET /api/health, on a new SQLite database (migrations,
//   reference and demo data) and again on that existing database; idle RSS 5 s after healthy. Targets: healthy within
//   2 s on an existing database, idle RSS ≤ 150 MB. The server runs with the Node flags of `npm start` (package.json),
//   as in production; one more start without them shows what the flags save.
// - booking throughput with REDIS_URL against without (the per-IP throttle and the per-ID limit then cost two Redis
//   round trips per booking): two servers, each on its own fresh SQLite database, same settings but REDIS_URL, measured
//   in alternating rounds so both see the same machine conditions. Target: with Redis ≥ 0.8× without.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ZONE_OFFSET_HOURS = 7;

function baseEnv(dbPath, extra = {}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    PORT: '0',
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: 'bench-admin-password',
    DEMO_DATA: 'true',
    JOBS_ENABLED: 'false',
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    DATA_KEY: '1'.repeat(64),
    ...extra,
  };
}

/** The Node flags `npm start` runs the server with (package.json "start": `node <flags> dist/main.js`). */
function startFlags(root) {
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  const m = /^node\s+(.*?)\s*dist\/main\.js$/.exec(script);
  if (!m) throw new Error(`unexpected start script: ${script}`);
  return m[1] ? m[1].split(/\s+/) : [];
}

/** Spawns the server; resolves when /api/health first answers 200, with the time it took. */
async function spawnUntilHealthy(root, env, nodeFlags = startFlags(root)) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist', 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  let exited = false;
  child.on('exit', () => (exited = true));
  let port;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && !exited) {
    // The port opens before the application exists (the boot gate), so poll until health answers 200.
    port ??= Number(/listening on http:\/\/localhost:(\d+)/.exec(out)?.[1]) || undefined;
    const p = port ?? (await portOf(child.pid));
    if (p) {
      const ok = await fetch(`http://127.0.0.1:${p}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) {
        port = p;
        break;
      }
    }
    await sleep(20);
  }
  if (!port || exited) throw new Error(`server did not become healthy:\n${out.slice(-2000)}`);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { child, port, ms: Math.round(ms), out: () => out };
}

/** The TCP port a process listens on (Linux /proc), before it prints it. */
async function portOf(pid) {
  try {
    const inodes = new Set();
    const { readdirSync, readlinkSync } = await import('node:fs');
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    }
    for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[3] === '0A' && inodes.has(cols[9])) return parseInt(cols[1].split(':')[1], 16);
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

async function startup(root, log) {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-startup-'));
  const db = join(dir, 'startup.sqlite');
  try {
    const fresh = await spawnUntilHealthy(root, baseEnv(db));
    await stop(fresh.child);
    const existing = [];
    let idleRss = [];
    for (let i = 0; i < 3; i++) {
      const s = await spawnUntilHealthy(root, baseEnv(db));
      existing.push(s.ms);
      await sleep(5_000);
      idleRss.push(rssMb(s.child.pid));
      await stop(s.child);
    }
    const bare = await spawnUntilHealthy(root, baseEnv(db), []);
    await sleep(5_000);
    const idleRssWithoutFlagsMb = rssMb(bare.child.pid);
    await stop(bare.child);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const result = {
      newDatabaseMs: fresh.ms,
      existingDatabaseMs: existing,
      existingDatabaseMedianMs: median(existing),
      idleRssMb: idleRss,
      idleRssMedianMb: median(idleRss),
      nodeFlags: startFlags(root),
      idleRssWithoutFlagsMb,
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      targets: {
        existingUnderMs: 2000,
        existingMet: median(existing) <= 2000,
        idleRssAtMostMb: 150,
        idleRssMet: median(idleRss) <= 150,
      },
    };
    log(
      `healthy after ${fresh.ms} ms on a new database, ${existing.join('/')} ms on the existing one; idle RSS ${idleRss.join('/')} MB with ${startFlags(root).join(' ') || 'no flags'} (${idleRssWithoutFlagsMb} MB without); load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function call(baseUrl, token, method, path, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

/** Four published 12-hour sessions of 5-minute slots with 200 seats each (as bench/bookings.mjs). */
async function bookingTarget(baseUrl) {
  const { accessToken: token } = await call(baseUrl, null, 'POST', '/auth/login', {
    username: 'admin',
    password: 'bench-admin-password',
  });
  const officials = await call(baseUrl, token, 'GET', '/officials');
  const venues = await call(baseUrl, token, 'GET', '/venues');
  const official = officials.find((o) => o.position === 'head' && venues.some((v) => v.unitId === o.unitId));
  const venue = venues.find((v) => v.unitId === official.unitId);
  const sessions = [];
  for (let d = 40; sessions.length < 4; d += 1) {
    const day = new Date(Date.now() + d * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const start = new Date(
      `${day.toISOString().slice(0, 10)}T${String(7 - ZONE_OFFSET_HOURS).padStart(2, '0')}:00:00.000Z`,
    );
    const s = await call(baseUrl, token, 'POST', '/sessions', {
      officialId: official.id,
      venueId: venue.id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 12 * 3600_000).toISOString(),
      adHocReason: 'complex_case',
      note: 'Phiên đo hiệu năng đặt lịch',
      slotMinutes: 5,
      seatsPerSlot: 200,
    });
    await call(baseUrl, token, 'POST', `/sessions/${s.id}/publish`, { override: true, reason: 'Đo hiệu năng' });
    const slots = await fetch(`${baseUrl}/api/v1/sessions/${s.id}/slots`).then((r) => r.json());
    sessions.push({ id: s.id, slots: slots.map((x) => x.startsAt) });
  }
  let counter = 0;
  const body = () => {
    const n = counter++;
    const s = sessions[n % sessions.length];
    const slot = s.slots[Math.floor(Math.floor(n / sessions.length) / 200) % s.slots.length];
    const province = String(1 + (Math.floor(n / 1_000_000) % 96)).padStart(3, '0');
    return JSON.stringify({
      sessionId: s.id,
      slotStartsAt: slot,
      fullName: 'Nguyễn Văn Đo Tải',
      idNumber: `${province}085${String(n % 1_000_000).padStart(6, '0')}`,
      phone: `09${String(n % 100_000_000).padStart(8, '0')}`,
      address: 'Số 1 phố Mẫu, phường Hồng Bàng, Hải Phòng',
      topic: 'Kiến nghị về thủ tục hành chính',
    });
  };
  return {
    method: 'POST',
    path: '/api/v1/bookings',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({ ...req, body: body() }),
  };
}

async function redisComparison(root, log, measure) {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-redis-'));
  // Throttling on (with a limit the bench never reaches) so that the per-IP throttle runs its storage on every
  // booking; the per-ID limit is on by default (10 per hour, each bench citizen books once).
  const limits = { THROTTLE_LIMIT: '1000000' };
  const prefix = `tiepdan-bench-${process.pid}:`;
  const servers = {};
  try {
    servers.memory = await spawnUntilHealthy(root, baseEnv(join(dir, 'memory.sqlite'), limits));
    servers.redis = await spawnUntilHealthy(
      root,
      baseEnv(join(dir, 'redis.sqlite'), { ...limits, REDIS_URL, REDIS_PREFIX: prefix }),
    );
    const requests = {
      memory: await bookingTarget(`http://127.0.0.1:${servers.memory.port}`),
      redis: await bookingTarget(`http://127.0.0.1:${servers.redis.port}`),
    };
    const rounds = { memory: [], redis: [] };
    for (let r = 1; r <= 2; r++) {
      for (const which of r === 1 ? ['memory', 'redis'] : ['redis', 'memory']) {
        const m = await measure({
          title: `POST /api/v1/bookings, ${which === 'redis' ? 'REDIS_URL set' : 'no REDIS_URL'}, round ${r}`,
          url: `http://127.0.0.1:${servers[which].port}`,
          connections: 50,
          duration: 8,
          requests: [requests[which]],
        });
        rounds[which].push(m);
        log(`${m.title}: ${m.requestsPerSecond} rps, p99 ${m.latencyMs.p99} ms, non2xx ${m.non2xx}`);
      }
    }
    const mean = (xs) => Math.round(xs.reduce((n, x) => n + x.requestsPerSecond, 0) / xs.length);
    const ratio = Math.round((mean(rounds.redis) / Math.max(1, mean(rounds.memory))) * 100) / 100;
    return {
      withoutRedis: { requestsPerSecond: mean(rounds.memory), rounds: rounds.memory },
      withRedis: { requestsPerSecond: mean(rounds.redis), rounds: rounds.redis },
      ratio,
      targets: { ratioAtLeast: 0.8, met: ratio >= 0.8 },
    };
  } finally {
    for (const s of Object.values(servers)) await stop(s.child);
    rmSync(dir, { recursive: true, force: true });
    const { Redis } = await import('ioredis');
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`).catch(() => []);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
}

export async function run({ root, log, measure }) {
  const start = await startup(root, log);
  const redis = await redisComparison(root, log, measure);
  log(
    `bookings with REDIS_URL ${redis.withRedis.requestsPerSecond} rps, without ${redis.withoutRedis.requestsPerSecond} rps → ${redis.ratio}`,
  );
  return { startup: start, bookingsRedis: redis };
}
