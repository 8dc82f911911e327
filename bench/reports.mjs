// Reports benchmark: the city-wide JSON report of a whole year (GET /api/v1/reports?unitId=<city>&from=…&to=…) over
// the seed:large data set (1,000,000 petitions, 3,000,000 tasks) plus a year of weekly reception sessions of every
// commune's head officials (scripts/seed-large.mjs seedSessions), against the same aggregation queries run directly
// through better-sqlite3 in the same run (the report reads three ranges: the year, the year before as the previous
// period, and the same time last year — here the same dates, which the report counts once — so the direct run executes
// the queries for the two distinct ranges).
// Targets: report ≤ 2 × the direct SQL, and < 2 s absolute on SQLite.
// The petition count reads the timeliness each petition stores (migration 1791000000000-PetitionTimeliness); once per
// run the bench checks that it gives exactly the counts of the rule computed from the tasks and pauses themselves
// (the EXISTS form the reader used before), for both ranges, and reports how long that form takes.
//
// run(ctx) is called by bench/run.mjs with {baseUrl, adminToken, log, dbPath, root}.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const SAMPLES = Number(process.env.BENCH_REPORTS_SAMPLES ?? 5);
const YEAR = Number(process.env.BENCH_REPORTS_YEAR ?? 2025);

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x) => Math.round(x);
  return { samples: s.length, min: r(s[0]), median: r(s[Math.floor(s.length / 2)]), max: r(s[s.length - 1]) };
};

/**
 * The petition count per unit and type with `late` given as an SQL expression over `p` (its first `?` is asOf): the
 * reader's query (src/tasks/petition-figures.reader.ts) with the stored timeliness, or the rule over tasks and pauses.
 */
function petitionCount(db, unitIds, late) {
  const inUnits = unitIds.map(() => '?').join(', ');
  return db.prepare(`
      SELECT x.unit_id, x.type, COUNT(*) AS received, SUM(x.handled) AS handled,
        SUM(CASE WHEN x.handled = 1 AND x.late = 0 THEN 1 ELSE 0 END) AS on_time, SUM(x.late) AS overdue
      FROM (
        SELECT p.unit_id, p.type,
          CASE WHEN p.status IN ('resolved', 'refused', 'transferred') THEN 1 ELSE 0 END AS handled,
          ${late} AS late
        FROM petitions p
        WHERE p.queue = 'main' AND p.type IN ('complaint', 'denunciation', 'recommendation', 'feedback')
          AND p.received_on >= ? AND p.received_on <= ? AND p.unit_id IN (${inUnits})
      ) x GROUP BY x.unit_id, x.type ORDER BY x.unit_id, x.type`);
}

const STORED_LATE = 'CASE WHEN p.late_completed OR (NOT p.paused AND p.open_due_at < ?) THEN 1 ELSE 0 END';
const RULE_LATE = `CASE WHEN EXISTS (
            SELECT 1 FROM tasks t WHERE t.petition_id = p.id AND (
              (t.completed_at IS NOT NULL AND t.completed_at > t.due_at)
              OR (t.completed_at IS NULL AND t.due_at < ? AND NOT EXISTS (
                SELECT 1 FROM petition_pauses pp WHERE pp.petition_id = p.id AND pp.to_on IS NULL)))
          ) THEN 1 ELSE 0 END`;

/** The aggregation queries of the readers (src/*\/*figures.reader.ts and the compliance module's held sessions). */
function directQueries(db, unitIds, headIds) {
  const inUnits = unitIds.map(() => '?').join(', ');
  const inHeads = headIds.map(() => '?').join(', ');
  const q = {
    petitions: petitionCount(db, unitIds, STORED_LATE),
    cases: db.prepare(`SELECT c.unit_id, c.petition_type, COUNT(*) AS cases,
         SUM(CASE WHEN c.group_size > 1 THEN c.group_size ELSE 1 END) AS people,
         SUM(CASE WHEN c.group_size >= 5 THEN 1 ELSE 0 END) AS group_cases
       FROM reception_cases c WHERE c.received_on >= ? AND c.received_on <= ? AND c.unit_id IN (${inUnits})
       GROUP BY c.unit_id, c.petition_type`),
    adHoc: db.prepare(`SELECT s.unit_id, s.ad_hoc_reason, COUNT(*) AS held FROM sessions s
       WHERE s.ad_hoc = 1 AND s.status = 'held' AND s.local_date >= ? AND s.local_date <= ? AND s.unit_id IN (${inUnits})
       GROUP BY s.unit_id, s.ad_hoc_reason`),
    held: db.prepare(`SELECT * FROM sessions s WHERE s.official_id IN (${inHeads}) AND s.status = 'held'
       AND s.local_date >= ? AND s.local_date <= ?`),
    dialoguesHeld:
      db.prepare(`SELECT d.unit_id, COUNT(*) AS n FROM dialogues d WHERE d.local_date >= ? AND d.local_date <= ?
       AND d.status IN ('held', 'results_published') AND d.unit_id IN (${inUnits}) GROUP BY d.unit_id`),
    dialogueFacts: db.prepare(`SELECT unit_id, local_date, mode, "trigger", status FROM dialogues
       WHERE unit_id IN (${inUnits}) AND local_date >= ? AND local_date <= ?`),
  };
  return (from, to, asOf) => {
    q.petitions.all(asOf, from, to, ...unitIds);
    q.cases.all(from, to, ...unitIds);
    q.adHoc.all(from, to, ...unitIds);
    q.held.all(...headIds, from, to);
    q.dialoguesHeld.all(from, to, ...unitIds);
    q.dialogueFacts.all(...unitIds, from, to);
  };
}

export async function run(ctx) {
  const { baseUrl, log = console.log } = ctx;
  const token = ctx.token ?? ctx.adminToken;
  const dbPath = ctx.dbPath ?? process.env.DATABASE_PATH;
  if (!dbPath) throw new Error('bench/reports.mjs needs the SQLite file (ctx.dbPath or DATABASE_PATH)');
  const seedUrl = pathToFileURL(join(ctx.root ?? process.cwd(), 'scripts', 'seed-large.mjs')).href;
  const { seedLarge, seedSessions } = await import(seedUrl);
  const wanted = Number(process.env.BENCH_TASKS_PETITIONS ?? 1_000_000);
  const probe = new Database(dbPath, { readonly: true, fileMustExist: true });
  const have = probe.prepare("SELECT COUNT(*) AS n FROM petitions WHERE id LIKE '00000001-%'").get().n;
  probe.close();
  if (have < wanted) {
    log(`loading ${wanted - have} petitions and their tasks (seed:large)`);
    seedLarge({ dbPath, petitions: wanted - have, log: (...a) => log('[seed]', ...a) });
  }
  const sessions = seedSessions({ dbPath, year: YEAR, log: (...a) => log('[seed]', ...a) });

  const headers = { authorization: `Bearer ${token}` };
  let units;
  for (let attempt = 1; ; attempt++) {
    try {
      units = await (await fetch(`${baseUrl}/api/v1/units`, { headers })).json();
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
  const city = units.find((u) => u.level === 'city');
  const from = `${YEAR}-01-01`;
  const to = `${YEAR}-12-31`;
  const url = `${baseUrl}/api/v1/reports?unitId=${city.id}&from=${from}&to=${to}`;
  /** One report; `ms`: the time of the answered attempt (a kept-alive socket the server closed meanwhile is retried). */
  const get = async () => {
    for (let attempt = 1; ; attempt++) {
      const t0 = performance.now();
      try {
        const res = await fetch(url, { headers });
        const body = await res.json();
        if (res.status !== 200) throw new Error(`report: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        return { body, ms: performance.now() - t0 };
      } catch (e) {
        if (attempt >= 3 || e?.cause?.code !== 'UND_ERR_SOCKET') throw e;
      }
    }
  };
  const { body: first } = await get();
  log(
    `city ${YEAR}: ${first.petitions.received} petitions received, ${first.reception.sessionsHeld} sessions held by heads, ` +
      `${first.subUnits.length} sub-units`,
  );

  const db = new Database(dbPath, { readonly: true });
  db.pragma('cache_size = -262144');
  const unitIds = db
    .prepare('SELECT id FROM units')
    .all()
    .map((r) => r.id);
  const headIds = db
    .prepare("SELECT id FROM officials WHERE position = 'head'")
    .all()
    .map((r) => r.id);
  const direct = directQueries(db, unitIds, headIds);
  const asOf = new Date().toISOString().replace('T', ' ').replace('Z', '');
  // The report counts a range once when the previous period and the same time last year are the same dates (a whole
  // year): the direct run reads the same distinct ranges.
  const ranges = [
    [from, to],
    [`${YEAR - 1}-01-01`, `${YEAR - 1}-12-31`],
  ];
  // The stored timeliness gives exactly the counts of the rule over tasks and pauses (the form read before).
  const stored = petitionCount(db, unitIds, STORED_LATE);
  const rule = petitionCount(db, unitIds, RULE_LATE);
  const ruleMs = [];
  for (const [f, t] of ranges) {
    const t0 = performance.now();
    const expected = rule.all(asOf, f, t, ...unitIds);
    ruleMs.push(performance.now() - t0);
    const got = stored.all(asOf, f, t, ...unitIds);
    if (JSON.stringify(got) !== JSON.stringify(expected))
      throw new Error(`stored timeliness differs from the rule over tasks and pauses for ${f}…${t}`);
  }
  log(`stored timeliness = the rule over tasks and pauses (both ranges); that form took ${ruleMs.map(Math.round)} ms`);
  direct(from, to, asOf); // warm the page cache like the HTTP warm-up
  const sqlMs = [];
  const httpMs = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now();
    for (const [f, t] of ranges) direct(f, t, asOf);
    sqlMs.push(performance.now() - t0);
    httpMs.push((await get()).ms);
  }
  db.close();
  const http = stats(httpMs);
  const sql = stats(sqlMs);
  const ratio = Math.round((http.median / sql.median) * 100) / 100;
  return {
    title: `GET /reports city-wide year ${YEAR} (JSON) vs the same aggregation SQL direct`,
    petitionsReceivedInYear: first.petitions.received,
    sessionsSeeded: sessions.sessions,
    httpMs: http,
    directSqlMs: sql,
    ratio,
    petitionRuleOverTasksMs: ruleMs.map(Math.round),
    targets: { ratioAtMost: 2, absoluteMsBelow: 2000 },
    met: { ratio: ratio <= 2, absolute: http.median < 2000 },
  };
}
