// npm run seed:large — loads 1,000,000 petitions and 3,000,000 follow-up tasks into the SQLite database, for the
// task-list benchmark (bench/tasks.mjs), and a year of reception sessions of every commune's head officials (SEED_SESSIONS_YEAR,
// default 2025) for the reports benchmark (bench/reports.mjs). SQLite only (refuses DATABASE_URL).
//
// How: migrations first (through the built app in dist/, or SEED_DIST), then better-sqlite3 directly: the secondary
// indexes of petitions and tasks are dropped, rows are generated inside SQLite by raw INSERT … SELECT statements over a
// recursive counter (50,000 petitions and their 150,000 tasks per transaction: no per-row round trip through
// JavaScript), the indexes are rebuilt once and ANALYZE gives the planner its statistics.
//
// Shape: petitions spread over every commune-level unit of Hải Phòng, with the received date spread over 2023–2026;
// three tasks per petition, mostly assigned to the petition's own unit (one in five to another unit); about 60% done,
// 8% returned, the active ones overdue when their due date is past (the `queue` column is what the job would store).
// Each petition's stored timeliness (late_completed, open_due_at; no pauses are loaded, so paused stays false) is what
// the tasks module stores with every task write (petitions/domain/timeliness.ts): set once the tasks are in, from them.
// Ward 11311 (Phường Hồng Bàng) gets a double share, so its overdue list is the heaviest one the bench reads.
//
// Env: DATABASE_PATH (default data/tiepdan.sqlite), SEED_PETITIONS (default 1000000), SEED_TASKS_PER_PETITION (3),
// SEED_DIST (default dist), SEED_FORCE=true to load again into a database that already holds petitions.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** TypeORM's SQLite datetime format (UTC): `2026-03-02 16:59:59.999`. */
const dt = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

async function runMigrations(dbPath, log) {
  const dist = join(root, process.env.SEED_DIST ?? 'dist');
  await import('reflect-metadata');
  const { DataSource } = await import('typeorm');
  const { buildDataSourceOptions } = await import(pathToFileURL(join(dist, 'database', 'data-source.options.js')).href);
  const { runMigrationsOnce } = await import(pathToFileURL(join(dist, 'database', 'migration-runner.js')).href);
  const { SnakeNamingStrategy } = await import(pathToFileURL(join(dist, 'database', 'snake-naming.strategy.js')).href);
  const ds = await new DataSource({
    ...buildDataSourceOptions({ type: 'sqlite', path: dbPath }),
    namingStrategy: new SnakeNamingStrategy(),
  }).initialize();
  try {
    const applied = await runMigrationsOnce(ds);
    log(`migrations: ${applied.length ? applied.join(', ') : 'up to date'}`);
  } finally {
    await ds.destroy();
  }
}

/** The reference units, when the server has not been started on this database yet (the bootstrap skips existing codes). */
function ensureUnits(db, log) {
  const count = db.prepare("SELECT COUNT(*) AS n FROM units WHERE level = 'commune'").get().n;
  if (count > 0) return;
  const file = JSON.parse(readFileSync(join(root, 'data', 'units', 'haiphong.json'), 'utf8'));
  const now = dt(Date.now());
  const ins = db.prepare(
    'INSERT INTO units (id, code, name, level, parent_id, valid_from, valid_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)',
  );
  db.transaction(() => {
    const cityId = randomUUID();
    ins.run(cityId, file.city.code, file.city.name, 'city', null, file.city.validFrom ?? null, now, now);
    for (const u of file.units)
      ins.run(randomUUID(), u.code, u.name, u.level, cityId, u.validFrom ?? file.asOf, now, now);
  })();
  log(`inserted ${file.units.length + 1} reference units`);
}

function secondaryIndexes(db, tables) {
  return db
    .prepare(
      `SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(',')})`,
    )
    .all(...tables);
}

const PETITION_COLS = [
  'id',
  'unit_id',
  'type',
  'channel',
  'queue',
  'received_at',
  'received_on',
  'accepted_on',
  'status',
  'anonymous',
  'subject',
  'content',
  'remote_area',
  'complex',
  'complexity',
  'round',
  'several_sites',
  'transferred',
  'petitioner_name',
  'possible_duplicate_of',
  'created_at',
  'updated_at',
];
const TASK_COLS = [
  'id',
  'petition_id',
  'unit_id',
  'assignee_unit_id',
  'instruction',
  'status',
  'queue',
  'overdue',
  'due_at',
  'result_summary',
  'result_published',
  'result_at',
  'created_at',
  'updated_at',
  'completed_at',
];
const TS = (expr) => `strftime('%Y-%m-%d %H:%M:%f', ${expr}, 'unixepoch')`;

/**
 * One batch: petitions [lo, hi) and their tasks, generated inside SQLite (INSERT … SELECT over a recursive counter;
 * MATERIALIZED keeps every random() drawn once per row). Ids are UUID-shaped and sequential (00000001-… petitions,
 * 00000002-… tasks), so the primary keys grow at the end of their B-trees.
 */
function batchSql(tasksPerPetition, unitCount, fromSec, spanSec, nowSec) {
  const petitions = `
    WITH RECURSIVE n(i) AS (SELECT CAST(:lo AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i + 1 < CAST(:hi AS INTEGER)),
    base AS MATERIALIZED (
      SELECT i, :from + abs(random()) % :span AS recv, abs(random()) % ${unitCount} AS uk, abs(random()) % 6 AS tk, abs(random()) % 100 AS r FROM n)
    INSERT INTO petitions (${PETITION_COLS.join(', ')})
    SELECT printf('00000001-0000-4000-8000-%012x', i), (SELECT id FROM seed_units WHERE k = uk),
      CASE tk WHEN 0 THEN 'complaint' WHEN 1 THEN 'complaint' WHEN 2 THEN 'recommendation' WHEN 5 THEN 'denunciation' ELSE 'feedback' END,
      CASE i % 5 WHEN 0 THEN 'reception' WHEN 1 THEN 'mail' WHEN 2 THEN 'online' WHEN 3 THEN 'dialogue' ELSE 'transfer' END,
      CASE WHEN tk = 5 AND r < 5 THEN 'anonymous' ELSE 'main' END, ${TS('recv')}, date(recv + 25200, 'unixepoch'),
      CASE WHEN r < 80 THEN date(recv + 25200 + 7 * 86400, 'unixepoch') END, CASE WHEN r < 80 THEN 'accepted' ELSE 'received' END,
      CASE WHEN tk = 5 AND r < 5 THEN 1 ELSE 0 END, 'Đơn mẫu số ' || i, 'Nội dung mẫu số ' || i || ' về đất đai, xây dựng, môi trường.',
      0, 0, 'normal', 1, 0, 0, CASE WHEN tk = 5 THEN NULL ELSE 'Công dân mẫu ' || i END, '[]', ${TS(':now')}, ${TS(':now')}
    FROM base`;
  const ks = Array.from({ length: tasksPerPetition }, (_, k) => `SELECT ${k} AS k`).join(' UNION ALL ');
  const tasks = `
    WITH base AS MATERIALIZED (
      SELECT p.id AS pid, p.unit_id AS uid, CAST(substr(p.id, 25) AS TEXT) AS hex, ks.k AS k,
        CAST(strftime('%s', p.received_at) AS INTEGER) AS recv, abs(random()) % 100 AS r, abs(random()) % 100 AS a, abs(random()) % ${unitCount} AS uk,
        (20 + abs(random()) % 70) * 86400 AS dd
      FROM petitions p CROSS JOIN (${ks}) ks
      WHERE p.id >= printf('00000001-0000-4000-8000-%012x', :lo) AND p.id < printf('00000001-0000-4000-8000-%012x', :hi)),
    t AS MATERIALIZED (
      SELECT *, CASE WHEN r < 60 THEN 'done' WHEN r < 68 THEN 'returned' WHEN r < 84 THEN 'open' ELSE 'in_progress' END AS st,
        recv + dd AS due FROM base)
    INSERT INTO tasks (${TASK_COLS.join(', ')})
    SELECT printf('00000002-0000-4000-8%03x-%s', k, hex), pid, uid, CASE WHEN a < 80 THEN uid ELSE (SELECT id FROM seed_units WHERE k = t.uk) END,
      'Xác minh, trả lời đơn ' || hex || '.', st,
      CASE WHEN st IN ('done', 'returned') THEN st WHEN due < :now THEN 'overdue' ELSE 'open' END,
      CASE WHEN st IN ('open', 'in_progress') AND due < :now THEN 1 ELSE 0 END, ${TS('due')},
      CASE WHEN st = 'done' THEN 'Đã trả lời công dân.' END, 0, CASE WHEN st = 'done' THEN ${TS('min(:now, due - 5 * 86400)')} END,
      ${TS('recv + 86400')}, ${TS(':now')}, CASE WHEN st = 'done' THEN ${TS('min(:now, due - 5 * 86400)')} END
    FROM t`;
  return { petitions, tasks, params: { from: fromSec, span: spanSec, now: nowSec } };
}

/**
 * The stored timeliness of the loaded petitions [lo, hi) from their tasks, as the tasks module stores it with every
 * task write (`taskTimeliness`): a task completed after its due instant; the earliest due instant of those not completed.
 */
function storeTimeliness(db, lo, hi) {
  const id = (i) => `00000001-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  db.prepare(
    `UPDATE petitions SET late_completed = s.late, open_due_at = s.due
     FROM (SELECT petition_id,
             MAX(CASE WHEN completed_at IS NOT NULL AND completed_at > due_at THEN 1 ELSE 0 END) AS late,
             MIN(CASE WHEN completed_at IS NULL THEN due_at END) AS due
           FROM tasks WHERE petition_id >= ? AND petition_id < ? GROUP BY petition_id) s
     WHERE petitions.id = s.petition_id`,
  ).run(id(lo), id(hi));
}

/** Loads the rows into an SQLite file whose schema is migrated. Returns counts and timings. */
export function seedLarge({
  dbPath,
  petitions = 1_000_000,
  tasksPerPetition = 3,
  log = console.log,
  now = Date.now(),
  batch = 50_000,
}) {
  const db = new Database(dbPath, { timeout: 60_000 });
  const started = Date.now();
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -262144');
    db.pragma('temp_store = MEMORY');
    ensureUnits(db, log);
    const heavy =
      db.prepare("SELECT id FROM units WHERE code = '11311'").get() ??
      db.prepare("SELECT id FROM units WHERE level = 'commune' ORDER BY code").get();
    db.exec('DROP TABLE IF EXISTS temp.seed_units');
    db.exec('CREATE TEMP TABLE seed_units (k INTEGER PRIMARY KEY, id TEXT NOT NULL)');
    db.exec(
      "INSERT INTO seed_units (k, id) SELECT row_number() OVER (ORDER BY code) - 1, id FROM units WHERE level = 'commune'",
    );
    const unitCount = db.prepare('SELECT COUNT(*) AS n FROM seed_units').get().n + 1;
    db.prepare('INSERT INTO seed_units (k, id) VALUES (?, ?)').run(unitCount - 1, heavy.id); // the bench ward has a double share
    const offset = db.prepare("SELECT COUNT(*) AS n FROM petitions WHERE id LIKE '00000001-%'").get().n;
    const indexes = secondaryIndexes(db, ['petitions', 'tasks']);
    for (const ix of indexes) db.exec(`DROP INDEX IF EXISTS "${ix.name}"`);
    log(`dropped ${indexes.length} secondary indexes for the load`);
    const fromSec = Math.floor(Date.parse('2023-01-01T01:00:00Z') / 1000);
    const nowSec = Math.floor(now / 1000);
    const sql = batchSql(tasksPerPetition, unitCount, fromSec, nowSec - 30 * 86400 - fromSec, nowSec);
    const insP = db.prepare(sql.petitions);
    const insT = db.prepare(sql.tasks);
    const run = db.transaction((lo, hi) => {
      insP.run({ ...sql.params, lo, hi });
      insT.run({ lo, hi, now: nowSec });
    });
    for (let lo = offset; lo < offset + petitions; lo += batch) {
      const hi = Math.min(offset + petitions, lo + batch);
      run(lo, hi);
      if ((hi - offset) % (batch * 4) === 0 || hi === offset + petitions)
        log(
          `${hi - offset} petitions, ${(hi - offset) * tasksPerPetition} tasks (${Math.round((Date.now() - started) / 1000)} s)`,
        );
    }
    log(`rows in ${Math.round((Date.now() - started) / 1000)} s; rebuilding ${indexes.length} indexes`);
    // The tasks' indexes first (the timeliness reads tasks by petition), the petitions' after the timeliness is set.
    for (const ix of indexes.filter((x) => x.tbl_name === 'tasks')) db.exec(ix.sql);
    storeTimeliness(db, offset, offset + petitions);
    log(`stored timeliness in ${Math.round((Date.now() - started) / 1000)} s`);
    for (const ix of indexes.filter((x) => x.tbl_name !== 'tasks')) db.exec(ix.sql);
    db.pragma('analysis_limit = 2000');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const totals = {
      petitions: db.prepare('SELECT COUNT(*) AS n FROM petitions').get().n,
      tasks: db.prepare('SELECT COUNT(*) AS n FROM tasks').get().n,
      benchUnitId: heavy.id,
      benchUnitOverdue: db
        .prepare("SELECT COUNT(*) AS n FROM tasks WHERE assignee_unit_id = ? AND queue = 'overdue'")
        .get(heavy.id).n,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    log(`done: ${JSON.stringify(totals)}`);
    return totals;
  } finally {
    db.close();
  }
}

/**
 * A year of reception sessions for the reports bench: for every commune-level unit, a government head (weekly,
 * Mondays), a party head (on the 10th and 25th) and a deputy, a venue, and the held sessions of `year` (one in ten
 * held by the deputy, one in twenty not held; an ad-hoc session a month). Ids start with 00000003- (idempotent: skipped
 * when they are there).
 */
export function seedSessions({ dbPath, year = 2025, log = console.log }) {
  const db = new Database(dbPath, { timeout: 60_000 });
  try {
    db.pragma('journal_mode = WAL');
    const have = db
      .prepare("SELECT COUNT(*) AS n FROM sessions WHERE id LIKE '00000003-%' AND local_date LIKE ?")
      .get(`${year}-%`).n;
    if (have > 0) {
      log(`sessions of ${year} already loaded (${have})`);
      return { sessions: have };
    }
    const units = db.prepare("SELECT id, code, name FROM units WHERE level = 'commune' ORDER BY code").all();
    const now = dt(Date.now());
    const insOfficial = db.prepare(
      'INSERT OR IGNORE INTO officials (id, full_name, title, unit_id, position, body, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
    );
    const insVenue = db.prepare(
      'INSERT OR IGNORE INTO venues (id, name, address, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insSession = db.prepare(
      `INSERT INTO sessions (id, schedule_id, official_id, venue_id, unit_id, starts_at, ends_at, time_zone, local_date, status,
        ad_hoc, ad_hoc_reason, held_by_official_id, held_at, modified, slot_minutes, seats_per_slot, sequence, created_at, updated_at)
       VALUES (?, NULL, ?, ?, ?, ?, ?, 'Asia/Ho_Chi_Minh', ?, ?, ?, ?, ?, ?, 0, 30, 5, 0, ?, ?)`,
    );
    const hex = (n, w) => n.toString(16).padStart(w, '0');
    let n = 0;
    db.transaction(() => {
      units.forEach((u, ui) => {
        const gov = `00000004-0000-4000-8000-${hex(ui * 4, 12)}`;
        const party = `00000004-0000-4000-8000-${hex(ui * 4 + 1, 12)}`;
        const deputy = `00000004-0000-4000-8000-${hex(ui * 4 + 2, 12)}`;
        const venue = `00000005-0000-4000-8000-${hex(ui, 12)}`;
        insOfficial.run(
          gov,
          `Chủ tịch mẫu ${u.code}`,
          `Chủ tịch Ủy ban nhân dân ${u.name}`,
          u.id,
          'head',
          'government',
          now,
          now,
        );
        insOfficial.run(party, `Bí thư mẫu ${u.code}`, `Bí thư Đảng ủy ${u.name}`, u.id, 'head', 'party', now, now);
        insOfficial.run(
          deputy,
          `Phó Chủ tịch mẫu ${u.code}`,
          `Phó Chủ tịch ${u.name}`,
          u.id,
          'deputy',
          'government',
          now,
          now,
        );
        insVenue.run(
          venue,
          `Phòng tiếp công dân ${u.name} (mẫu)`,
          `${u.name}, Hải Phòng (địa chỉ hư cấu)`,
          u.id,
          now,
          now,
        );
        const add = (official, day, opts = {}) => {
          const k = n++;
          const held = opts.status !== 'published';
          const startsAt = Date.parse(`${day}T01:00:00Z`);
          insSession.run(
            `00000003-0000-4000-8000-${hex(k, 12)}`,
            official,
            venue,
            u.id,
            dt(startsAt),
            dt(startsAt + 3 * 3600_000),
            day,
            held ? 'held' : 'published',
            opts.adHoc ? 1 : 0,
            opts.adHoc ?? null,
            held ? (opts.by ?? official) : null,
            held ? dt(startsAt + 3 * 3600_000) : null,
            now,
            now,
          );
        };
        for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86400_000) {
          const date = new Date(d);
          const day = date.toISOString().slice(0, 10);
          const dom = date.getUTCDate();
          if (date.getUTCDay() === 1) {
            const r = (ui * 7 + dom) % 20;
            add(gov, day, r === 0 ? { status: 'published' } : r < 3 ? { by: deputy } : {});
          }
          if (dom === 10 || dom === 25) add(party, day);
          // An ad-hoc session mid-month, never on the head's periodic Monday (one session per official and day).
          if ((dom === 15 && date.getUTCDay() !== 1) || (dom === 16 && date.getUTCDay() === 2))
            add(gov, day, { adHoc: date.getUTCMonth() % 2 ? 'serious_risk' : 'complex_case' });
        }
      });
    })();
    log(`loaded ${n} sessions of ${year} for ${units.length} communes`);
    return { sessions: n };
  } finally {
    db.close();
  }
}

async function main() {
  if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
    console.error('seed:large loads the SQLite database only; unset DATABASE_URL.');
    process.exit(1);
  }
  const raw = process.env.DATABASE_PATH ?? join('data', 'tiepdan.sqlite');
  const dbPath = isAbsolute(raw) ? raw : join(root, raw);
  const log = (...a) => console.log('[seed:large]', ...a);
  await runMigrations(dbPath, log);
  const db = new Database(dbPath);
  const existing = db.prepare('SELECT COUNT(*) AS n FROM petitions').get().n;
  db.close();
  if (existing > 0 && process.env.SEED_FORCE !== 'true') {
    log(`${existing} petitions already there; set SEED_FORCE=true to load again`);
  } else {
    seedLarge({
      dbPath,
      petitions: Number(process.env.SEED_PETITIONS ?? 1_000_000),
      tasksPerPetition: Number(process.env.SEED_TASKS_PER_PETITION ?? 3),
      log,
    });
  }
  seedSessions({ dbPath, year: Number(process.env.SEED_SESSIONS_YEAR ?? 2025), log });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
