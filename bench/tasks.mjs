// Task-list benchmark: GET /tasks?assigneeUnitId=X&status=overdue (first page) on 1,000,000 petitions and
// 3,000,000 tasks in SQLite, and the same SQL run directly through better-sqlite3 for comparison. Target: p95 < 50 ms.
//
// run(ctx) is called by bench/run.mjs with {baseUrl, adminToken, log, dbPath}; `token` is accepted as well. When the
// database holds fewer petitions than asked (BENCH_TASKS_PETITIONS, default 1,000,000), it is loaded first with the
// seed:large loader (scripts/seed-large.mjs) straight into dbPath while the server runs (WAL: the server only reads).
// Latencies are measured one request at a time (what one user waits), after a warm-up; the figures reported are
// p50/p95/p99 in milliseconds. autocannon (ctx.measure) adds requests/s under 10 concurrent connections.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const WARMUP = 30;
const SAMPLES = 300;

function percentiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return {
    samples: s.length,
    p50: r(at(50)),
    p95: r(at(95)),
    p99: r(at(99)),
    max: r(s[s.length - 1]),
    mean: r(s.reduce((a, b) => a + b, 0) / s.length),
  };
}

async function timeIt(n, fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return percentiles(out);
}

export async function run(ctx) {
  const { baseUrl, log = console.log } = ctx;
  const token = ctx.token ?? ctx.adminToken;
  const dbPath = ctx.dbPath ?? process.env.DATABASE_PATH;
  if (!dbPath) throw new Error('bench/tasks.mjs needs the SQLite file (ctx.dbPath or DATABASE_PATH)');
  const wanted = Number(process.env.BENCH_TASKS_PETITIONS ?? 1_000_000);
  const probe = new Database(dbPath, { readonly: true, fileMustExist: true });
  const have = probe.prepare("SELECT COUNT(*) AS n FROM petitions WHERE id LIKE '00000001-%'").get().n;
  probe.close();
  let seed = null;
  if (have < wanted) {
    log(`loading ${wanted - have} petitions and their tasks (seed:large)`);
    const { seedLarge } = await import(
      pathToFileURL(join(ctx.root ?? process.cwd(), 'scripts', 'seed-large.mjs')).href
    );
    seed = seedLarge({ dbPath, petitions: wanted - have, log: (...a) => log('[seed]', ...a) });
  }

  const headers = { authorization: `Bearer ${token}` };
  // After a long synchronous load, a pooled keep-alive socket may have been closed by the server: retry once or twice.
  let units;
  for (let attempt = 1; ; attempt++) {
    try {
      units = await (await fetch(`${baseUrl}/api/v1/units`, { headers })).json();
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
  const unit = units.find((u) => u.code === '11311') ?? units.find((u) => u.level === 'commune');
  const url = `${baseUrl}/api/v1/tasks?assigneeUnitId=${unit.id}&status=overdue&limit=50`;
  const first = await fetch(url, { headers });
  const page = await first.json();
  if (first.status !== 200 || page.items.length === 0)
    throw new Error(`unexpected first page: ${first.status} ${JSON.stringify(page).slice(0, 300)}`);
  log(`unit ${unit.name}: ${page.total} overdue tasks; page of ${page.items.length}`);

  const http = await timeIt(SAMPLES, async () => {
    const res = await fetch(url, { headers });
    if (res.status !== 200) throw new Error(`GET /tasks answered ${res.status}`);
    await res.arrayBuffer();
  });
  log('HTTP first page', http);

  const db = new Database(dbPath, { readonly: true });
  const pageSql =
    "SELECT * FROM tasks t WHERE t.assignee_unit_id = ? AND t.queue = 'overdue' ORDER BY t.due_at ASC, t.id ASC LIMIT 50 OFFSET 0";
  const countSql = "SELECT COUNT(*) AS n FROM tasks t WHERE t.assignee_unit_id = ? AND t.queue = 'overdue'";
  const plan = [
    ...db.prepare(`EXPLAIN QUERY PLAN ${pageSql}`).all(unit.id),
    ...db.prepare(`EXPLAIN QUERY PLAN ${countSql}`).all(unit.id),
  ].map((r) => r.detail);
  const pageStmt = db.prepare(pageSql);
  const countStmt = db.prepare(countSql);
  const sqlPage = await timeIt(SAMPLES, () => pageStmt.all(unit.id));
  const sqlBoth = await timeIt(SAMPLES, () => {
    pageStmt.all(unit.id);
    countStmt.get(unit.id);
  });
  const totals = {
    petitions: db.prepare('SELECT COUNT(*) AS n FROM petitions').get().n,
    tasks: db.prepare('SELECT COUNT(*) AS n FROM tasks').get().n,
  };
  db.close();
  log('SQL page', sqlPage, 'SQL page + count', sqlBoth, plan);

  let load = null;
  if (typeof ctx.measure === 'function') {
    load = await ctx.measure({
      url,
      headers,
      connections: 10,
      duration: 10,
      title: 'GET /tasks?assigneeUnitId&status=overdue (10 connections)',
    });
  }
  return {
    data: totals,
    seeded: seed,
    unit: { id: unit.id, name: unit.name, overdueTasks: page.total },
    httpFirstPageMs: http,
    sqlFirstPageMs: sqlPage,
    sqlFirstPagePlusCountMs: sqlBoth,
    queryPlan: plan,
    concurrent: load,
    targetP95Ms: 50,
    pass: http.p95 < 50,
  };
}
