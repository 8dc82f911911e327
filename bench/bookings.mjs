// Booking throughput: POST /api/v1/bookings at 50 connections with distinct citizen IDs, spread over the slots of a few
// published sessions with plenty of seats, next to GET /api/health in the same run.
// Targets: at least 50% of health's requests per second, p99 under 40 ms on SQLite. Bookings and health are
// measured in two back-to-back pairs (see below), then at 10 connections and under open loads of 500 and 1000 req/s.

import { openLoad } from './open-load.mjs';

const ZONE_OFFSET_HOURS = 7; // Asia/Ho_Chi_Minh has no DST

function json(res) {
  return res.json().catch(() => ({}));
}

async function call(baseUrl, token, method, path, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await json(res);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

/** Weekdays at least `from` days ahead (UTC dates; sessions run 07:00–19:00 local). */
function weekdays(count, from = 40) {
  const out = [];
  for (let d = from; out.length < count; d += 1) {
    const day = new Date(Date.now() + d * 86_400_000);
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(day.toISOString().slice(0, 10));
  }
  return out;
}

/** A valid 12-digit CCCD for n < 10^6 per province; provinces 001–096 widen the range. */
function cccd(n) {
  const province = String(1 + (Math.floor(n / 1_000_000) % 96)).padStart(3, '0');
  return `${province}085${String(n % 1_000_000).padStart(6, '0')}`;
}

export async function run({ baseUrl, adminToken, log, autocannon, measure, health }) {
  const officials = await call(baseUrl, adminToken, 'GET', '/officials');
  const venues = await call(baseUrl, adminToken, 'GET', '/venues');
  const official = officials.find((o) => o.position === 'head' && venues.some((v) => v.unitId === o.unitId));
  const venue = venues.find((v) => v.unitId === official.unitId);
  const slotMinutes = 5;
  const seatsPerSlot = 200;
  const sessions = [];
  for (const date of weekdays(4)) {
    const start = new Date(`${date}T${String(7 - ZONE_OFFSET_HOURS).padStart(2, '0')}:00:00.000Z`); // 07:00 local
    const end = new Date(start.getTime() + 12 * 3600_000);
    const s = await call(baseUrl, adminToken, 'POST', '/sessions', {
      officialId: official.id,
      venueId: venue.id,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      adHocReason: 'complex_case',
      note: 'Phiên đo hiệu năng đặt lịch',
      slotMinutes,
      seatsPerSlot,
    });
    await call(baseUrl, adminToken, 'POST', `/sessions/${s.id}/publish`, { override: true, reason: 'Đo hiệu năng' });
    const slots = await fetch(`${baseUrl}/api/v1/sessions/${s.id}/slots`).then((r) => r.json());
    sessions.push({ id: s.id, slots: slots.map((x) => x.startsAt) });
  }
  const capacity = sessions.reduce((n, s) => n + s.slots.length * seatsPerSlot, 0);
  log(`${sessions.length} published sessions, ${capacity} seats`);

  let counter = 0;
  const body = () => {
    const n = counter++;
    const s = sessions[n % sessions.length];
    // Slots fill up one after the other (people pick the earliest free slot): every connection hits the same row.
    const slot = s.slots[Math.floor(Math.floor(n / sessions.length) / seatsPerSlot) % s.slots.length];
    return JSON.stringify({
      sessionId: s.id,
      slotStartsAt: slot,
      fullName: 'Nguyễn Văn Đo Tải',
      idNumber: cccd(n),
      phone: `09${String(n % 100_000_000).padStart(8, '0')}`,
      address: 'Số 1 phố Mẫu, phường Hồng Bàng, Hải Phòng',
      topic: 'Kiến nghị về thủ tục hành chính',
    });
  };
  const request = {
    method: 'POST',
    path: '/api/v1/bookings',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => ({ ...req, body: body() }),
  };
  // Paired rounds: 10 s of bookings, then 10 s of GET /api/health right after, twice. Each pair is measured under the
  // same machine conditions (on this shared 2-core machine health alone moved between 3,200 and 3,800 req/s from run
  // to run); the ratio reported is the mean of the pairs', the p99 the worse round's.
  const rounds = [];
  for (let r = 1; r <= 2; r += 1) {
    const b = await measure({
      title: `POST /api/v1/bookings (distinct citizens), round ${r}`,
      url: baseUrl,
      connections: 50,
      duration: 10,
      requests: [request],
    });
    const h = await measure({ url: `${baseUrl}/api/health`, title: `GET /api/health, round ${r}` });
    rounds.push({
      bookings: b,
      health: h,
      ratio: Math.round((b.requestsPerSecond / Math.max(1, h.requestsPerSecond)) * 100) / 100,
    });
    log(
      `round ${r}: bookings ${b.requestsPerSecond} rps p99 ${b.latencyMs.p99} ms, health ${h.requestsPerSecond} rps p99 ${h.latencyMs.p99} ms → ${rounds.at(-1).ratio}`,
    );
  }
  const worse = rounds.reduce((a, b) => (b.bookings.latencyMs.p99 > a.bookings.latencyMs.p99 ? b : a));
  const bookings = {
    ...worse.bookings,
    requestsPerSecond: Math.round(rounds.reduce((n, r) => n + r.bookings.requestsPerSecond, 0) / rounds.length),
    non2xx: rounds.reduce((n, r) => n + r.bookings.non2xx, 0),
  };
  const baseline = {
    ...worse.health,
    requestsPerSecond: Math.round(rounds.reduce((n, r) => n + r.health.requestsPerSecond, 0) / rounds.length),
    latencyMs: { ...worse.health.latencyMs, p99: Math.max(...rounds.map((r) => r.health.latencyMs.p99)) },
  };
  const ratio = rounds.reduce((n, r) => n + r.ratio, 0) / rounds.length;
  // The same storm from 10 connections, and steady open loads of 500 and 1000 bookings per second: latency when the
  // server is not saturated, where Little's law does not tie it to the number of connections.
  const tenConnections = await measure({
    title: 'POST /api/v1/bookings, 10 connections',
    url: baseUrl,
    connections: 10,
    duration: 10,
    requests: [request],
  });
  const open = (rate) =>
    openLoad({
      url: baseUrl,
      rate,
      durationSeconds: 10,
      request: () => ({
        method: 'POST',
        path: '/api/v1/bookings',
        headers: { 'content-type': 'application/json' },
        body: body(),
      }),
    });
  const steady500 = await open(500);
  const steady = await open(1000);
  const result = {
    rounds,
    bookings,
    tenConnections,
    steady500PerSecond: steady500,
    steady1000PerSecond: steady,
    health: {
      requestsPerSecond: baseline.requestsPerSecond,
      p99: baseline.latencyMs.p99,
      atStartOfRun: health ? { requestsPerSecond: health.requestsPerSecond, p99: health.latencyMs.p99 } : null,
    },
    ratioToHealth: Math.round(ratio * 100) / 100,
    attempted: counter,
    targets: {
      ratioAtLeast: 0.5,
      ratioMet: ratio >= 0.5,
      p99UnderMs: 40,
      p99Met: bookings.latencyMs.p99 < 40,
      met: ratio >= 0.5 && bookings.latencyMs.p99 < 40 && bookings.non2xx === 0,
      // Closed loop: each of the 50 connections waits for its answer, so the mean latency is 50 / throughput (Little's
      // law) whatever the server does; a p99 under 40 ms needs a mean well under it, i.e. far more than 1250 req/s.
      meanLatencyMsByLittlesLaw: Math.round((50 / Math.max(1, bookings.requestsPerSecond)) * 10_000) / 10,
      healthP99Ms: baseline.latencyMs.p99,
      openLoadP99Ms: { at500PerSecond: steady500.latencyMs.p99, at1000PerSecond: steady.latencyMs.p99 },
    },
  };
  log(
    `bookings ${bookings.requestsPerSecond} rps, p99 ${bookings.latencyMs.p99} ms, non2xx ${bookings.non2xx}; health ${baseline.requestsPerSecond} rps → ${result.ratioToHealth}`,
  );
  log(
    `10 connections: ${tenConnections.requestsPerSecond} rps, p99 ${tenConnections.latencyMs.p99} ms; open load 500/s: p99 ${steady500.latencyMs.p99} ms; 1000/s: ${steady.achievedPerSecond} rps, p99 ${steady.latencyMs.p99} ms, non2xx ${steady500.non2xx + steady.non2xx}`,
  );
  void autocannon;
  return result;
}
