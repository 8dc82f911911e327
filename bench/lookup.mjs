// Petition lookup and the follow-up pages: GET /api/v1/public/petitions/:code with a wrong secret for a code that
// exists and for one that does not (the two 404s must cost about the same: no timing oracle), and the HTML pages
// /tra-cuu and /ket-qua (requests per second beside GET /api/health of the same run).
//
// run(ctx) is called by bench/run.mjs with {baseUrl, measure, dbPath, log}. A petition with a lookup code is created
// through the API when the database has none.
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';

const SAMPLES = 400;

function percentiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  const r = (x) => Math.round(x * 1000) / 1000;
  return { samples: s.length, p50: r(at(50)), p95: r(at(95)), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}

export async function run(ctx) {
  const { baseUrl, log = console.log, measure } = ctx;
  const db = new Database(ctx.dbPath, { readonly: true, fileMustExist: true });
  let code = db.prepare('SELECT lookup_code AS c FROM petitions WHERE lookup_code IS NOT NULL LIMIT 1').get()?.c;
  const unitId = db.prepare("SELECT id FROM units WHERE code = '11311'").get()?.id;
  db.close();
  if (!code) {
    const res = await fetch(`${baseUrl}/api/v1/petitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.adminToken}` },
      body: JSON.stringify({
        type: 'recommendation',
        channel: 'mail',
        receivedAt: new Date().toISOString(),
        content: 'Kiến nghị đo thử tra cứu hồ sơ.',
        unitId,
        petitioner: { fullName: 'Người Đo Thử', address: 'Hải Phòng' },
      }),
    });
    if (res.status !== 201) throw new Error(`cannot create a petition: ${res.status}`);
    const check = new Database(ctx.dbPath, { readonly: true, fileMustExist: true });
    code = check.prepare('SELECT lookup_code AS c FROM petitions WHERE lookup_code IS NOT NULL LIMIT 1').get().c;
    check.close();
  }
  const wrong = 'AAAA-AAAA-AAAA';
  const unknown = 'HS-26-2345672';
  const once = async (c) => {
    const t0 = performance.now();
    const r = await fetch(`${baseUrl}/api/v1/public/petitions/${c}`, { headers: { 'x-lookup-secret': wrong } });
    await r.arrayBuffer();
    if (r.status !== 404) throw new Error(`expected 404, got ${r.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 50; i++) await once(i % 2 ? code : unknown);
  const known = [];
  const absent = [];
  // Interleaved, so load changes hit both series alike.
  for (let i = 0; i < SAMPLES; i++) {
    known.push(await once(code));
    absent.push(await once(unknown));
  }
  const timing = { knownCodeWrongSecret: percentiles(known), unknownCode: percentiles(absent) };
  log('404 timing (ms)', JSON.stringify(timing));
  const pages = {};
  for (const [title, path] of [
    ['GET /api/v1/public/petitions/:code (404)', `/api/v1/public/petitions/${code}`],
    ['GET /tra-cuu', '/tra-cuu'],
    ['GET /ket-qua', '/ket-qua'],
  ]) {
    pages[title] = await measure({
      title,
      url: `${baseUrl}${path}`,
      headers: { 'x-lookup-secret': wrong, 'accept-encoding': 'gzip' },
      connections: 10,
      duration: 5,
    });
    log(title, JSON.stringify(pages[title]));
  }
  return { timing, pages, health: ctx.health ?? null };
}
