// npm run bench: starts the built server on a fresh SQLite database (throttling off), measures GET /api/health as the
// baseline, then runs each bench module (bench/<name>.mjs exporting run(ctx)) and writes the figures to
// bench/report-<timestamp>.json and bench/REPORT.md. Loopback only; every load is bounded in time.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const MODULES = [
  'feeds',
  'bookings',
  'tasks',
  'ops',
  'backup',
  'web',
  'lookup',
  'sms',
  'reports',
  'staff-calendar',
  'staff-tasks',
].filter((m) => (only.length === 0 || only.includes(m)) && existsSync(join(root, 'bench', `${m}.mjs`)));

function log(...args) {
  console.log('[bench]', ...args);
}

/** Runs autocannon against one request shape and returns the figures we report. */
export async function measure(opts) {
  const result = await autocannon({ connections: 50, duration: 10, ...opts });
  return {
    title: opts.title,
    connections: opts.connections ?? 50,
    durationSeconds: opts.duration ?? 10,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: result.latency.p50,
      p95: result.latency.p97_5 ?? result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function startServer(env) {
  // BENCH_CPU_PROFILE=<dir>: the server writes a V8 CPU profile there on exit (summarise with bench/profile-summary.mjs).
  const profile = (process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []).concat(
    process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [],
  );
  const child = spawn(process.execPath, [...profile, join(root, 'dist', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start:\n' + out.slice(-2000))), 180_000);
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}:\n${out.slice(-2000)}`));
    });
  });
  return { child, port };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-'));
  const adminPassword = 'bench-admin-password';
  const { child, port } = await startServer({
    NODE_ENV: 'development',
    PORT: '0',
    // BENCH_DATABASE_PATH: reuse a database already loaded (e.g. by `npm run seed:large`) instead of a fresh one.
    DATABASE_PATH: process.env.BENCH_DATABASE_PATH ?? join(dir, 'bench.sqlite'),
    THROTTLE_LIMIT: '0',
    LOGIN_THROTTLE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: adminPassword,
    DEMO_DATA: 'true',
    JOBS_ENABLED: 'false',
    JWT_SECRET: 'bench-jwt-secret-0123456789-0123456789',
    DATA_KEY: '1'.repeat(64),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const report = {
    startedAt: new Date().toISOString(),
    node: process.version,
    database: 'sqlite',
    cpus: (await import('node:os')).cpus().length,
    results: {},
  };
  try {
    const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    const { accessToken: adminToken } = await login.json();
    log('baseline GET /api/health');
    report.results.health = await measure({ url: `${baseUrl}/api/health`, title: 'GET /api/health' });
    log(report.results.health);
    for (const name of MODULES) {
      log(`module ${name}`);
      const mod = await import(join(root, 'bench', `${name}.mjs`));
      report.results[name] = await mod.run({
        baseUrl,
        adminToken,
        log: (...a) => log(`[${name}]`, ...a),
        autocannon,
        measure,
        health: report.results.health,
        root,
        dbPath: process.env.BENCH_DATABASE_PATH ?? join(dir, 'bench.sqlite'),
      });
      log(name, JSON.stringify(report.results[name], null, 2));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
  report.finishedAt = new Date().toISOString();
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(root, 'bench', `report-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(join(root, 'bench', 'REPORT.md'), toMarkdown(report));
  log(`report written to bench/report-${stamp}.json and bench/REPORT.md`);
}

function toMarkdown(report) {
  const lines = [
    `# Benchmark report`,
    '',
    `Run ${report.startedAt} on Node ${report.node}, ${report.cpus} CPUs, ${report.database}.`,
    '',
  ];
  for (const [name, value] of Object.entries(report.results)) {
    lines.push(`## ${name}`, '', '```json', JSON.stringify(value, null, 2), '```', '');
  }
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
