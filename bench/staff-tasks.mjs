// The handler's task board of the staff workspace (GET /can-bo/cong-viec, server-rendered HTML with a staff session
// cookie) on the 1M-petition data set, against GET /api/health measured back to back in the same run (issue 14:
// target ≥ 0.2× health). Run on the data set of `npm run seed:large`:
//   BENCH_DATABASE_PATH=<copy of the large database> npm run bench -- staff-tasks
// The handler (demo user `handler`, password BENCH_DEMO_PASSWORD or the demo default) signs in through the sign-in
// form (CSRF cookie + field), then the first page of the board (active tasks, overdue first) is loaded, and a deep
// page (page 50) is timed too (paged in SQL: per-queue index range scans with LIMIT/OFFSET).
const CONNECTIONS = 10;
const DURATION = 10;

function cookiesOf(res, jar) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

async function signIn(baseUrl, username, password) {
  const jar = new Map();
  const form = await fetch(`${baseUrl}/can-bo/dang-nhap`, { redirect: 'manual' });
  let cookie = cookiesOf(form, jar);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('no CSRF field on the sign-in page');
  const res = await fetch(`${baseUrl}/can-bo/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password, _csrf: csrf }),
  });
  cookie = cookiesOf(res, jar);
  if (res.status !== 303 || !jar.has('tiepdan_staff'))
    throw new Error(`sign-in of ${username} answered ${res.status} ${res.headers.get('location')}`);
  return cookie;
}

export async function run(ctx) {
  const { baseUrl, log = console.log, measure } = ctx;
  const password = process.env.BENCH_DEMO_PASSWORD ?? 'tiepdan-demo';
  const cookie = await signIn(baseUrl, 'handler', password);
  const headers = { cookie };
  const board = `${baseUrl}/can-bo/cong-viec`;
  const deep = `${board}?trang=50`;
  const first = await fetch(board, { headers, redirect: 'manual' });
  const html = await first.text();
  if (first.status !== 200) throw new Error(`board answered ${first.status}: ${html.slice(0, 300)}`);
  const total = /Có ((?:hơn )?[\d.]+) công việc/.exec(html)?.[1] ?? '0';
  const rows = (html.match(/<tr>/g) ?? []).length - 1;
  log(`handler's board: ${total} active tasks, ${rows} rows on page 1, ${html.length} bytes`);
  const deepRes = await fetch(deep, { headers });
  if (deepRes.status !== 200) throw new Error(`page 50 answered ${deepRes.status}`);
  await deepRes.arrayBuffer();

  const result = { activeTasksOfUnit: total, rowsOnPage: rows, bytes: html.length, rounds: [] };
  for (const [title, url] of [
    // The floor of any staff page (session, frame, layout): the handler's home page.
    ['GET /can-bo (handler home page: the floor of a staff page)', `${baseUrl}/can-bo`],
    ['GET /can-bo/cong-viec (handler, page 1)', board],
    ['GET /can-bo/cong-viec?trang=50 (handler)', deep],
  ]) {
    // Back to back (health, then the page) so both see the same machine load.
    const health = await measure({
      url: `${baseUrl}/api/health`,
      title: 'GET /api/health (pair)',
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const page = await measure({ url, headers, title, connections: CONNECTIONS, duration: DURATION });
    if (page.non2xx > 0) throw new Error(`${title}: ${page.non2xx} answers were not 2xx`);
    result.rounds.push({
      health,
      page,
      ratioToHealth: Math.round((page.requestsPerSecond / health.requestsPerSecond) * 100) / 100,
    });
  }
  result.target = { ratioToHealthAtLeast: 0.2 };
  result.pass = result.rounds.slice(1).every((r) => r.ratioToHealth >= 0.2);
  return result;
}
