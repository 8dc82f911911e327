// (bench module "backup")
// Operations benchmark: `npm run backup` during a booking load (how long the copy takes, how many bookings per second
// the server answers meanwhile, next to the same load without a backup), and `npm run rotate-key` over the bookings
// the load wrote (rows re-encrypted per second, server idle; the server keeps its single key, so rows are rotated to a
// second key for the measure only). run(ctx) is called by bench/run.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ZONE_OFFSET_HOURS = 7;

async function call(baseUrl, token, method, path, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

function cli(root, script, args, env) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ code, out, ms: Math.round(performance.now() - started) })),
  );
}

export async function run({ baseUrl, adminToken, log, measure, root, dbPath }) {
  const officials = await call(baseUrl, adminToken, 'GET', '/officials');
  const venues = await call(baseUrl, adminToken, 'GET', '/venues');
  const official = officials.find((o) => o.position === 'head' && venues.some((v) => v.unitId === o.unitId));
  const venue = venues.find((v) => v.unitId === official.unitId);
  const sessions = [];
  for (let d = 60; sessions.length < 2; d += 1) {
    const day = new Date(Date.now() + d * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const date = day.toISOString().slice(0, 10);
    const start = new Date(`${date}T${String(7 - ZONE_OFFSET_HOURS).padStart(2, '0')}:00:00.000Z`);
    const s = await call(baseUrl, adminToken, 'POST', '/sessions', {
      officialId: official.id,
      venueId: venue.id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 12 * 3600_000).toISOString(),
      adHocReason: 'complex_case',
      note: 'Phiên đo hiệu năng sao lưu',
      slotMinutes: 5,
      seatsPerSlot: 200,
    });
    await call(baseUrl, adminToken, 'POST', `/sessions/${s.id}/publish`, { override: true, reason: 'Đo hiệu năng' });
    const slots = await fetch(`${baseUrl}/api/v1/sessions/${s.id}/slots`).then((r) => r.json());
    sessions.push({ id: s.id, slots: slots.map((x) => x.startsAt) });
  }
  let counter = 0;
  const request = {
    method: 'POST',
    path: '/api/v1/bookings',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => {
      const n = counter++;
      const s = sessions[n % 2];
      return {
        ...req,
        body: JSON.stringify({
          sessionId: s.id,
          slotStartsAt: s.slots[Math.floor(n / 2 / 200) % s.slots.length],
          fullName: 'Nguyễn Văn Đo Tải',
          idNumber: `079085${String(n).padStart(6, '0')}`,
          phone: `09${String(n).padStart(8, '0')}`,
          email: `cong-dan-${n}@example.vn`,
          address: 'Số 1 phố Mẫu, phường Hồng Bàng, Hải Phòng',
          topic: 'Kiến nghị về thủ tục hành chính',
        }),
      };
    },
  };
  const env = { DATABASE_PATH: dbPath, LOG_LEVEL: 'warn' };
  const without = await measure({
    title: 'POST /bookings, no backup',
    url: baseUrl,
    connections: 20,
    duration: 8,
    requests: [request],
  });
  log(without);

  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-ops-'));
  try {
    const during = measure({
      title: 'POST /bookings during npm run backup',
      url: baseUrl,
      connections: 20,
      duration: 8,
      requests: [request],
    });
    await new Promise((r) => setTimeout(r, 2000));
    const backup = await cli(root, 'database/backup-main.js', [join(dir, 'copy.sqlite')], env);
    const withBackup = await during;
    log(withBackup, backup);
    const bookings = counter;
    const rotate = await cli(root, 'maintenance/rotate-key-main.js', ['--batch', '500'], {
      ...env,
      DATA_KEY: '',
      DATA_KEYS: `bench2:${'2'.repeat(64)},k0:${'1'.repeat(64)}`,
    });
    const rows = [...rotate.out.matchAll(/(\d+) rows re-encrypted/g)].reduce((n, m) => n + Number(m[1]), 0);
    log(rotate);
    return {
      databaseBytes: statSync(dbPath).size,
      backup: {
        ms: backup.ms,
        exit: backup.code,
        copyBytes: statSync(join(dir, 'copy.sqlite')).size,
        bookingsPerSecondWithout: without.requestsPerSecond,
        bookingsPerSecondDuring: withBackup.requestsPerSecond,
        non2xxDuring: withBackup.non2xx,
        p99DuringMs: withBackup.latencyMs.p99,
      },
      rotation: {
        exit: rotate.code,
        rows,
        ms: rotate.ms,
        rowsPerSecond: Math.round((rows / rotate.ms) * 1000),
        bookingsPosted: bookings,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
