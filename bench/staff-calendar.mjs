// Staff workspace: the office's month calendar (/can-bo/lich) of a unit with a year of weekly sessions for 10
// officials (created through the API: a unit, a venue, 10 officials, 10 weekly schedules that generate 12 months of
// sessions each), read with a staff session cookie. Requests per second next to GET /api/health measured back to back
// in the same run (target: at least 0.3× health); the month page reads its sessions with one query.

const PASSWORD = 'bench-office-password';

async function json(baseUrl, token, method, path, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const out = await res.json().catch(() => null);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(out)}`);
  return out;
}

function cookiesOf(res, jar) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** Signs in through the sign-in form (CSRF token and cookie) and returns the Cookie header of the staff session. */
async function signIn(baseUrl, username) {
  const jar = new Map();
  const form = await fetch(`${baseUrl}/can-bo/dang-nhap`, { redirect: 'manual' });
  let cookie = cookiesOf(form, jar);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('no CSRF field on the sign-in page');
  const res = await fetch(`${baseUrl}/can-bo/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, username, password: PASSWORD }),
  });
  if (res.status !== 303) throw new Error(`sign-in: ${res.status}`);
  cookie = cookiesOf(res, jar);
  if (!jar.has('tiepdan_staff')) throw new Error('no staff session cookie');
  return cookie;
}

export async function run({ baseUrl, adminToken, log, measure }) {
  const today = new Date().toISOString().slice(0, 10);
  const unit = await json(baseUrl, adminToken, 'POST', '/units', { name: 'Phường Đo tải Lịch', level: 'commune' });
  const venue = await json(baseUrl, adminToken, 'POST', '/venues', {
    name: 'Phòng tiếp công dân (đo tải)',
    address: 'Số 1 Đường Đo tải',
    unitId: unit.id,
  });
  const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
  let sessions = 0;
  for (let i = 0; i < 10; i++) {
    const official = await json(baseUrl, adminToken, 'POST', '/officials', {
      fullName: `Cán bộ Đo tải ${i + 1}`,
      title: i === 0 ? 'Chủ tịch UBND phường' : 'Phó Chủ tịch UBND phường',
      unitId: unit.id,
      position: i === 0 ? 'head' : 'deputy',
      body: 'government',
    });
    const schedule = await json(baseUrl, adminToken, 'POST', '/schedules', {
      officialId: official.id,
      venueId: venue.id,
      rrule: `FREQ=WEEKLY;BYDAY=${days[i % 5]}`,
      startTime: i < 5 ? '08:00' : '14:00',
      durationMinutes: 180,
      validFrom: today,
      holidayPolicy: 'next_working_day',
      slotMinutes: 30,
      seatsPerSlot: 5,
    });
    sessions += schedule.generation.created;
  }
  await json(baseUrl, adminToken, 'POST', '/users', {
    username: 'office.dotai',
    password: PASSWORD,
    roles: ['office'],
    unitId: unit.id,
  });
  const cookie = await signIn(baseUrl, 'office.dotai');
  // Next month: a whole month of sessions for every official.
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 1);
  const month = d.toISOString().slice(0, 7);
  const path = `/can-bo/lich?thang=${month}`;
  const page = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET ${path}: ${page.status}`);
  const items = (html.match(/class="cal-item cal-item--session"/g) ?? []).length;
  log({ sessions, path, itemsOnPage: items, bytes: html.length });
  if (items < 40) throw new Error(`only ${items} sessions on the month page`);

  const headers = { cookie, 'accept-encoding': 'gzip' };
  // One request at a time: the server time of the page next to the workspace's home page (same guard and frame).
  const serial = async (p) => {
    const started = performance.now();
    for (let i = 0; i < 40; i++) await (await fetch(`${baseUrl}${p}`, { headers })).arrayBuffer();
    return Math.round(((performance.now() - started) / 40) * 10) / 10;
  };
  const serialMs = {
    health: await serial('/api/health'),
    staffHome: await serial('/can-bo'),
    monthCalendar: await serial(path),
    weekCalendar: await serial(`/can-bo/lich?tuan=${month}-10`),
  };
  log({ serialMs });
  const healthNow = await measure({ url: `${baseUrl}/api/health`, title: 'GET /api/health (pair)' });
  const monthPage = await measure({ url: `${baseUrl}${path}`, title: `GET ${path} (office, session cookie)`, headers });
  // For reference: the workspace's home page (the same session guard, frame and CSRF token, almost no content).
  const staffHome = await measure({ url: `${baseUrl}/can-bo`, title: 'GET /can-bo (office, session cookie)', headers });
  const result = {
    sessionsCreated: sessions,
    sessionsOnPage: items,
    serialMs,
    health: healthNow,
    page: monthPage,
    ratioToHealth: Math.round((monthPage.requestsPerSecond / healthNow.requestsPerSecond) * 100) / 100,
    staffHome,
    staffHomeRatioToHealth: Math.round((staffHome.requestsPerSecond / healthNow.requestsPerSecond) * 100) / 100,
    target: '>= 0.3',
  };
  log('month calendar', result.ratioToHealth);
  return result;
}
