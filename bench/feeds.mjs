// Feeds benchmark, run by bench/run.mjs against a server built into dist/.
//
// Set-up through the API only: an official and a venue, weekly schedules spanning five years, every generated
// session published (POST /sessions/:id/publish per session; the first ones are inside the 5-working-day notice
// period and are published with {override: true, reason}, as an office would). The sessions module generates 12
// months ahead (the daily job extends it), so one weekly schedule gives ~52 sessions today: to reach the size of
// five years of weekly sessions (~260 events) the bench adds weekly schedules on the other weekdays for the same
// official, all spanning five years. The feed is the same size and shape as five years of Mondays.
//
// Figures:
// - ical-generator alone serialising the same events in-process (median of many runs), against
//   (a) our buildCalendar in-process (dist/feeds/domain) and (b) a cold HTTP GET of the feed (cache miss: each
//   miss is forced by a visible change to one session, PATCH with a reason, which bumps its SEQUENCE);
//   target: (b) within 1.5x of ical-generator alone.
// - GET of the feed (cached rendering) with autocannon: requests/s and p99.
// - The 304 path (If-None-Match) against GET /api/health, measured alternately; target: >= 80% of health. Under load
//   most of these 304s come from the validators memoised for VALIDATOR_MEMO_MS (1 s) per feed (feeds.service.ts);
//   once a second per feed the aggregate queries of every FeedSource run again.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const TARGET_EVENTS = 250;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function api(baseUrl, token, method, path, body, retry = true) {
  let res;
  try {
    res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    // A kept-alive socket the server closed meanwhile: try once more on a new one.
    if (retry) return api(baseUrl, token, method, path, body, false);
    throw e;
  }
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  return { status: res.status, body: json };
}

async function must(promise, what) {
  const r = await promise;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function inBatches(items, size, fn) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

async function cannon(autocannon, opts) {
  const r = await autocannon({ connections: 50, duration: 10, ...opts });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    statusCodes: r.statusCodeStats,
  };
}

export async function run({ baseUrl, adminToken, log, autocannon, root }) {
  const dist = join(root ?? process.cwd(), 'dist', 'feeds', 'domain');
  const { buildCalendar, vtimezoneFor } = await import(pathToFileURL(join(dist, 'ical-builder.js')).href);
  const { default: ical, ICalEventStatus } = await import('ical-generator');
  const { DateTime } = await import('luxon');

  // --- set-up through the API -------------------------------------------------------------------------------
  const units = await must(api(baseUrl, adminToken, 'GET', '/units'), 'units');
  const ward = units.find((u) => u.code === '11311') ?? units.find((u) => u.level === 'commune');
  const official = await must(
    api(baseUrl, adminToken, 'POST', '/officials', {
      fullName: 'Phạm Thị Đo Lường',
      title: 'Chủ tịch Ủy ban nhân dân phường (bench)',
      unitId: ward.id,
      position: 'head',
      body: 'government',
    }),
    'official',
  );
  const deputy = await must(
    api(baseUrl, adminToken, 'POST', '/officials', {
      fullName: 'Ngô Văn Thử Tải',
      title: 'Phó Chủ tịch Ủy ban nhân dân phường (bench)',
      unitId: ward.id,
      position: 'deputy',
      body: 'government',
    }),
    'deputy',
  );
  const venue = await must(
    api(baseUrl, adminToken, 'POST', '/venues', {
      name: 'Phòng Tiếp công dân (bench)',
      address: 'Số 1 đường Đo Đạc, phường Hồng Bàng, Hải Phòng',
      unitId: ward.id,
    }),
    'venue',
  );
  const today = DateTime.now().setZone('Asia/Ho_Chi_Minh');
  const validFrom = today.plus({ days: 1 }).toISODate();
  const validUntil = today.plus({ years: 5 }).toISODate();
  let sessions = [];
  let schedules = 0;
  for (const day of WEEKDAYS) {
    if (sessions.length >= TARGET_EVENTS) break;
    await must(
      api(baseUrl, adminToken, 'POST', '/schedules', {
        officialId: official.id,
        venueId: venue.id,
        rrule: `FREQ=WEEKLY;BYDAY=${day}`,
        startTime: '08:00',
        durationMinutes: 240,
        validFrom,
        validUntil,
        holidayPolicy: 'skip',
        slotMinutes: 30,
        seatsPerSlot: 5,
      }),
      'schedule',
    );
    schedules++;
    sessions = await must(
      api(baseUrl, adminToken, 'GET', `/sessions?officialId=${official.id}&limit=5000`),
      'sessions',
    );
  }
  log(`${schedules} weekly schedule(s) spanning ${validFrom}..${validUntil}: ${sessions.length} sessions`);
  let overridden = 0;
  await inBatches(sessions, 8, async (s) => {
    let r = await api(baseUrl, adminToken, 'POST', `/sessions/${s.id}/publish`, {});
    if (r.status === 422) {
      overridden++;
      r = await api(baseUrl, adminToken, 'POST', `/sessions/${s.id}/publish`, {
        override: true,
        reason: 'Đo hiệu năng (bench): công bố gấp',
      });
    }
    if (r.status !== 200) throw new Error(`publish ${s.id}: ${r.status} ${JSON.stringify(r.body)}`);
  });
  log(`published ${sessions.length} sessions (${overridden} with a notice override)`);

  const feedUrl = `${baseUrl}/api/v1/feeds/officials/${official.id}.ics`;
  const first = await fetch(feedUrl);
  const firstBody = await first.text();
  const etag = first.headers.get('etag');
  const eventCount = (firstBody.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length;
  if (first.status !== 200 || eventCount !== sessions.length)
    throw new Error(`feed has ${eventCount} events, expected ${sessions.length}`);
  log(`feed: ${eventCount} events, ${Buffer.byteLength(firstBody)} bytes`);

  // --- cold HTTP GETs: each after a visible change (cache miss) -------------------------------------------------
  const victim = sessions[Math.floor(sessions.length / 2)];
  const cold = [];
  const serverMs = [];
  for (let i = 0; i < 30; i++) {
    const delegateOfficialId = i % 2 === 0 ? deputy.id : null;
    await must(
      api(baseUrl, adminToken, 'PATCH', `/sessions/${victim.id}`, {
        delegateOfficialId,
        reason: 'Đo hiệu năng (bench): đổi người tiếp',
      }),
      'patch',
    );
    const t0 = performance.now();
    const r = await fetch(feedUrl);
    await r.arrayBuffer();
    cold.push(performance.now() - t0);
    const timing = /feed;desc="(\w+)";dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '');
    if (!timing || timing[1] !== 'miss')
      throw new Error(`expected a cache miss, got ${r.headers.get('server-timing')}`);
    serverMs.push(Number(timing[2]));
  }
  const coldHttpMs = median(cold);

  // --- load: cached feed, 304 path vs health (alternating) ------------------------------------------------------
  const current = (await fetch(feedUrl)).headers.get('etag');
  const cached = await cannon(autocannon, { url: feedUrl, title: 'GET feed (cached rendering)' });
  const runs = { health: [], notModified: [] };
  for (let i = 0; i < 2; i++) {
    runs.health.push(await cannon(autocannon, { url: `${baseUrl}/api/health` }));
    runs.notModified.push(await cannon(autocannon, { url: feedUrl, headers: { 'if-none-match': current } }));
  }
  const healthRps = median(runs.health.map((r) => r.requestsPerSecond));
  const notModifiedRps = median(runs.notModified.map((r) => r.requestsPerSecond));
  if (runs.notModified.some((r) => Object.keys(r.statusCodes ?? {}).some((c) => c !== '304')))
    throw new Error('the 304 run answered something else than 304');

  // --- in-process: ical-generator alone vs buildCalendar on the same events ------------------------------------
  const { sessionSummary, sessionDescription } = await import(pathToFileURL(join(dist, 'session-texts.js')).href);
  const events = sessions.map((s) => ({
    uid: `session-${s.id}@tiepdan`,
    sequence: s.sequence,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeZone: s.timeZone,
    summary: sessionSummary({ officialName: official.fullName, officialTitle: official.title, adHoc: false }),
    location: `${venue.name}, ${venue.address}`,
    description: sessionDescription({
      venueName: venue.name,
      venueAddress: venue.address,
      bookingUrl: `${baseUrl}/api/v1/sessions/${s.id}/slots`,
    }),
    url: `${baseUrl}/api/v1/sessions/${s.id}/slots`,
    status: 'confirmed',
    lastModified: new Date().toISOString(),
  }));
  const input = {
    name: `Lịch tiếp công dân – ${official.title} ${official.fullName}`,
    timeZone: 'Asia/Ho_Chi_Minh',
    events,
    generatedAt: new Date().toISOString(),
  };
  const icalAlone = () => {
    const cal = ical({
      name: input.name,
      prodId: { company: 'tiepdan', product: 'bench' },
      ttl: 3600,
      timezone: { name: null, generator: vtimezoneFor },
    });
    for (const e of events) {
      cal.createEvent({
        id: e.uid,
        sequence: e.sequence,
        start: DateTime.fromISO(e.startsAt).setZone(e.timeZone),
        end: DateTime.fromISO(e.endsAt).setZone(e.timeZone),
        timezone: e.timeZone,
        stamp: DateTime.fromISO(e.lastModified),
        lastModified: DateTime.fromISO(e.lastModified),
        summary: e.summary,
        location: e.location,
        description: e.description,
        url: e.url,
        status: ICalEventStatus.CONFIRMED,
      });
    }
    return cal.toString();
  };
  // Interleaved, so that both see the same machine load.
  log('timing in-process serialisation');
  const alone = [];
  const ours = [];
  for (let i = 0; i < 3; i++) {
    icalAlone();
    buildCalendar(input);
  }
  for (let i = 0; i < 40; i++) {
    let t0 = performance.now();
    icalAlone();
    alone.push(performance.now() - t0);
    t0 = performance.now();
    buildCalendar(input);
    ours.push(performance.now() - t0);
  }
  const icalAloneMs = median(alone);
  const buildCalendarMs = median(ours);

  log(
    `serialisation: ical-generator alone ${round(icalAloneMs)} ms, buildCalendar ${round(buildCalendarMs)} ms, cold HTTP GET ${round(coldHttpMs)} ms`,
  );
  const result = {
    setup: {
      schedules,
      sessions: sessions.length,
      feedEvents: eventCount,
      feedBytes: Buffer.byteLength(firstBody),
      etagChanged: etag !== current,
    },
    serialisation: {
      icalGeneratorAloneMs: round(icalAloneMs),
      buildCalendarInProcessMs: round(buildCalendarMs),
      buildCalendarRatio: round(buildCalendarMs / icalAloneMs),
      coldHttpGetMs: round(coldHttpMs),
      coldServerLoadAndRenderMs: round(median(serverMs)),
      coldHttpRatio: round(coldHttpMs / icalAloneMs),
      target: 'coldHttpRatio <= 1.5',
      pass: coldHttpMs / icalAloneMs <= 1.5,
    },
    cachedFeed: cached,
    notModified: {
      healthRps,
      notModifiedRps,
      ratio: round(notModifiedRps / healthRps),
      target: 'ratio >= 0.8',
      pass: notModifiedRps / healthRps >= 0.8,
      runs: {
        health: runs.health.map((r) => ({ rps: r.requestsPerSecond, p99: r.p99 })),
        notModified: runs.notModified.map((r) => ({ rps: r.requestsPerSecond, p99: r.p99 })),
      },
    },
  };
  log(JSON.stringify(result.serialisation), JSON.stringify({ health: healthRps, notModified: notModifiedRps }));
  return result;
}
