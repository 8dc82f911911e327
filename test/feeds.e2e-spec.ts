import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { readWithIcalJs, readWithNodeIcal, type ReadEvent } from '../src/feeds/domain/testing/parse-feed.fixture-spec.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { ON_POSTGRES } from './helpers/test-db.js';

/**
 * iCalendar feeds end to end: every kind of feed (official, unit, venue, with a staff token) is read by two
 * independent parsers and must hold exactly the expected sessions, in Hà Nội local time.
 */
const HCM = 'Asia/Ho_Chi_Minh';
const PARSERS = [['ical.js', readWithIcalJs], ['node-ical', readWithNodeIcal]] as const;
const sql = (iso: string) => (ON_POSTGRES ? iso : iso.replace('T', ' ').replace('Z', '').slice(0, 23));
const bool = (b: boolean) => (ON_POSTGRES ? b : b ? 1 : 0);

type Status = 'planned' | 'published' | 'held' | 'cancelled';
interface Fixture {
  id: string;
  officialId: string;
  venueId: string;
  unitId: string;
  /** Local wall times in Hà Nội, `yyyy-MM-ddTHH:mm`. */
  start: string;
  end: string;
  status: Status;
  published: boolean;
  adHoc?: boolean;
  delegateOfficialId?: string | null;
  sequence?: number;
}

/** Hà Nội is UTC+7 all year (no DST): local → UTC by hand, independent of the code under test. */
const utc = (local: string) => new Date(Date.parse(`${local}:00+07:00`)).toISOString();

describe('iCalendar feeds', () => {
  let t: TestServer;
  let ids: Record<string, string>;
  const sessions = new Map<string, Fixture>();
  /** updated_at values as the sessions module writes them: now, a second apart (HTTP dates carry seconds). */
  let clock = 0;
  const tick = () => new Date((clock = Math.max(Date.now(), clock + 1000))).toISOString();

  async function insert(key: string, f: Omit<Fixture, 'id'>): Promise<string> {
    const id = randomUUID();
    const now = tick();
    await t.db.query(
      `INSERT INTO sessions (id, schedule_id, official_id, venue_id, unit_id, starts_at, ends_at, time_zone, local_date, status, ad_hoc, ad_hoc_reason,
         delegate_official_id, published_at, modified, slot_minutes, seats_per_slot, sequence, created_at, updated_at)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 30, 5, $15, $16, $17)`,
      [id, f.officialId, f.venueId, f.unitId, sql(utc(f.start)), sql(utc(f.end)), HCM, f.start.slice(0, 10), f.status, bool(!!f.adHoc), f.adHoc ? 'complex_case' : null,
        f.delegateOfficialId ?? null, f.published ? sql(now) : null, bool(false), f.sequence ?? 0, sql(now), sql(now)],
    );
    sessions.set(key, { ...f, id, sequence: f.sequence ?? 0 });
    return id;
  }

  /** Changes a session as the sessions module does: new values, sequence + 1, updated_at now. */
  async function change(key: string, patch: Partial<Pick<Fixture, 'start' | 'end' | 'status'>> & { publish?: boolean }): Promise<void> {
    const s = { ...sessions.get(key)!, ...patch };
    if (patch.publish) s.published = true;
    s.sequence = (s.sequence ?? 0) + 1;
    const now = tick();
    await t.db.query(
      `UPDATE sessions SET starts_at = $1, ends_at = $2, local_date = $3, status = $4, published_at = COALESCE(published_at, $5), sequence = $6, updated_at = $7 WHERE id = $8`,
      [sql(utc(s.start)), sql(utc(s.end)), s.start.slice(0, 10), s.status, patch.publish ? sql(now) : null, s.sequence, sql(now), s.id],
    );
    sessions.set(key, s);
  }

  const NAMES: Record<string, string> = {};
  const uid = (key: string) => `session-${sessions.get(key)!.id}@tiepdan`;

  function expected(keys: string[]): Partial<ReadEvent>[] {
    return keys
      .map((key) => {
        const s = sessions.get(key)!;
        const cancelled = s.status === 'cancelled';
        const kind = s.adHoc ? 'đột xuất' : 'định kỳ';
        const who = s.delegateOfficialId ? `${NAMES[s.delegateOfficialId]} (tiếp thay ${NAMES[s.officialId]})` : NAMES[s.officialId];
        return {
          uid: uid(key),
          sequence: s.sequence,
          status: cancelled ? 'CANCELLED' : s.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED',
          startUtc: utc(s.start),
          endUtc: utc(s.end),
          startLocal: `${s.start}:00`,
          endLocal: `${s.end}:00`,
          tzid: HCM,
          summary: `${cancelled ? '[Đã hủy] ' : ''}Tiếp công dân ${kind}: ${who}`,
        };
      })
      .sort((a, b) => (a.uid < b.uid ? -1 : 1));
  }

  /** Both parsers read exactly these sessions (and the feed headers are right). */
  function expectFeed(res: Response, keys: string[], calendarName: string): void {
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(new Date(res.headers['last-modified']).getTime()).not.toBeNaN();
    const ics = res.text;
    for (const line of ['REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H', 'METHOD:PUBLISH']) expect(ics.split('\r\n')).toContain(line);
    for (const [, read] of PARSERS) {
      const feed = read(ics);
      expect(feed.calendarName).toBe(calendarName);
      expect(feed.events.map(({ uid, sequence, status, startUtc, endUtc, startLocal, endLocal, tzid, summary }) => ({ uid, sequence, status, startUtc, endUtc, startLocal, endLocal, tzid, summary })))
        .toEqual(expected(keys));
      expect(feed.timezones).toEqual(keys.length ? [HCM] : []);
      for (const e of feed.events) expect(e.location).toMatch(/^Phòng Tiếp công dân phường Hồng Bàng|^Trụ sở Tiếp công dân thành phố/);
    }
  }

  /** supertest buffers text/* bodies into res.text. */
  const get = (path: string) => t.http().get(`/api/v1/feeds/${path}`);
  const text = get;
  const unitName = async (id: string) => (await t.db.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [id]))[0].name;

  beforeAll(async () => {
    t = await startServer();
    const one = async (q: string, p: unknown[]) => (await t.db.query<{ id: string }>(q, p))[0].id;
    ids = {
      ward: await one('SELECT id FROM units WHERE code = $1', ['11311']),
      city: await one('SELECT id FROM units WHERE code = $1', ['HP']),
      chair: await one('SELECT id FROM officials WHERE full_name = $1', ['Nguyễn Văn An']),
      deputy: await one('SELECT id FROM officials WHERE full_name = $1', ['Đỗ Thị Bình']),
      secretary: await one('SELECT id FROM officials WHERE full_name = $1', ['Hoàng Minh Châu']),
      cityChair: await one('SELECT id FROM officials WHERE full_name = $1', ['Trần Văn Mẫu']),
      wardVenue: await one('SELECT id FROM venues WHERE name = $1', ['Phòng Tiếp công dân phường Hồng Bàng (mẫu)']),
      cityVenue: await one('SELECT id FROM venues WHERE name = $1', ['Trụ sở Tiếp công dân thành phố (mẫu)']),
    };
    Object.assign(NAMES, {
      [ids.chair]: 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng Nguyễn Văn An',
      [ids.deputy]: 'Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng Đỗ Thị Bình',
      [ids.secretary]: 'Bí thư Đảng ủy phường Hồng Bàng Hoàng Minh Châu',
      [ids.cityChair]: 'Chủ tịch Ủy ban nhân dân thành phố Trần Văn Mẫu',
    });
    const ward = { officialId: ids.chair, venueId: ids.wardVenue, unitId: ids.ward };
    await insert('published', { ...ward, start: '2027-01-04T08:00', end: '2027-01-04T11:00', status: 'published', published: true });
    await insert('early', { ...ward, start: '2027-01-11T06:30', end: '2027-01-11T10:00', status: 'published', published: true, adHoc: true }); // 23:30 UTC the day before
    await insert('planned', { ...ward, start: '2027-01-18T08:00', end: '2027-01-18T11:00', status: 'planned', published: false });
    await insert('cancelledPublished', { ...ward, start: '2027-01-25T08:00', end: '2027-01-25T11:00', status: 'cancelled', published: true, sequence: 1 });
    await insert('cancelledPlanned', { ...ward, start: '2027-02-01T08:00', end: '2027-02-01T11:00', status: 'cancelled', published: false, sequence: 1 });
    await insert('held', { ...ward, start: '2026-06-01T08:00', end: '2026-06-01T11:00', status: 'held', published: true, sequence: 2 });
    await insert('delegated', { ...ward, start: '2027-02-08T14:00', end: '2027-02-08T17:00', status: 'published', published: true, delegateOfficialId: ids.deputy, sequence: 1 });
    await insert('tooOld', { ...ward, start: '2025-06-02T08:00', end: '2025-06-02T11:00', status: 'held', published: true });
    await insert('secretary', { officialId: ids.secretary, venueId: ids.wardVenue, unitId: ids.ward, start: '2027-01-05T08:00', end: '2027-01-05T11:00', status: 'published', published: true });
    await insert('city', { officialId: ids.cityChair, venueId: ids.cityVenue, unitId: ids.city, start: '2027-01-15T08:00', end: '2027-01-15T11:00', status: 'published', published: true });
    await insert('cityPlanned', { officialId: ids.cityChair, venueId: ids.cityVenue, unitId: ids.city, start: '2027-01-22T08:00', end: '2027-01-22T11:00', status: 'planned', published: false });
  });
  afterAll(() => t.close());

  const PUBLIC_CHAIR = ['published', 'early', 'cancelledPublished', 'held', 'delegated'];
  const CHAIR_NAME = 'Lịch tiếp công dân – Chủ tịch Ủy ban nhân dân phường Hồng Bàng Nguyễn Văn An';

  it('official feed: published, held and published-then-cancelled sessions only, in Hà Nội time', async () => {
    const res = await text(`officials/${ids.chair}.ics`);
    expectFeed(res, PUBLIC_CHAIR, CHAIR_NAME);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const ics = res.text.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20270111T063000');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    const published = readWithIcalJs(res.text).events.find((e) => e.uid === uid('published'))!;
    expect(published.description).toContain('- Thẻ căn cước, căn cước công dân (CCCD) hoặc hộ chiếu;');
    expect(published.description).toContain(`Đăng ký trước để được bố trí thời gian tiếp: http://localhost:`);
    expect(published.description).toContain(`/api/v1/sessions/${sessions.get('published')!.id}/slots`);
    expect(published.location).toBe('Phòng Tiếp công dân phường Hồng Bàng (mẫu), Số 10 đường Thử Nghiệm, phường Hồng Bàng, thành phố Hải Phòng (địa chỉ hư cấu)');
    const cancelled = readWithNodeIcal(res.text).events.find((e) => e.uid === uid('cancelledPublished'))!;
    expect(cancelled.description).toMatch(/^Buổi tiếp công dân này đã bị hủy\./);
    expect(cancelled.description).not.toContain('Đăng ký trước');
  });

  it('unit feed: the sessions of the unit\'s own officials; venue feed: the sessions held there', async () => {
    expectFeed(await text(`units/${ids.ward}.ics`), [...PUBLIC_CHAIR, 'secretary'], `Lịch tiếp công dân – ${await unitName(ids.ward)}`);
    expectFeed(await text(`units/${ids.city}.ics`), ['city'], `Lịch tiếp công dân – ${await unitName(ids.city)}`);
    expectFeed(await text(`venues/${ids.wardVenue}.ics`), [...PUBLIC_CHAIR, 'secretary'], 'Lịch tiếp công dân – Phòng Tiếp công dân phường Hồng Bàng (mẫu)');
    expectFeed(await text(`venues/${ids.cityVenue}.ics`), ['city'], 'Lịch tiếp công dân – Trụ sở Tiếp công dân thành phố (mẫu)');
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and a new ETag after a publish and after a move', async () => {
    const first = await text(`officials/${ids.chair}.ics`);
    const etag = first.headers.etag;
    const again = await get(`officials/${ids.chair}.ics`).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', `"nope", ${etag}`)).status).toBe(304);
    expect((await get(`officials/${ids.chair}.ics`).set('If-Modified-Since', first.headers['last-modified'])).status).toBe(304);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', '"stale"')).status).toBe(200);

    await change('planned', { status: 'published', publish: true });
    const afterPublish = await text(`officials/${ids.chair}.ics`);
    expect(afterPublish.headers.etag).not.toBe(etag);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', etag)).status).toBe(200);
    expect((await get(`officials/${ids.chair}.ics`).set('If-Modified-Since', first.headers['last-modified'])).status).toBe(200);
    expectFeed(afterPublish, [...PUBLIC_CHAIR, 'planned'], CHAIR_NAME);

    await change('published', { start: '2027-01-06T13:30', end: '2027-01-06T16:00' });
    const afterMove = await text(`officials/${ids.chair}.ics`);
    expect(afterMove.headers.etag).not.toBe(afterPublish.headers.etag);
    expectFeed(afterMove, [...PUBLIC_CHAIR, 'planned'], CHAIR_NAME);
    expect(readWithIcalJs(afterMove.text).events.find((e) => e.uid === uid('published'))).toMatchObject({ sequence: 1, startLocal: '2027-01-06T13:30:00' });
    // The unit and venue feeds moved too.
    expectFeed(await text(`units/${ids.ward}.ics`), [...PUBLIC_CHAIR, 'planned', 'secretary'], `Lịch tiếp công dân – ${await unitName(ids.ward)}`);
  });

  it('with a staff feed token: planned sessions of the user\'s scope too; out of scope or a wrong token is 404', async () => {
    await insert('planned2', { officialId: ids.chair, venueId: ids.wardVenue, unitId: ids.ward, start: '2027-03-01T08:00', end: '2027-03-01T11:00', status: 'planned', published: false });
    const office = (await t.http().post('/api/v1/users/me/feed-token').set(bearer(await t.token('office')))).body.token as string;
    expect(office).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const res = await text(`officials/${ids.chair}.ics?token=${office}`);
    expectFeed(res, [...PUBLIC_CHAIR, 'planned', 'planned2'], `${CHAIR_NAME} (nội bộ)`);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.etag).not.toBe((await text(`officials/${ids.chair}.ics`)).headers.etag);
    expect((await get(`officials/${ids.chair}.ics?token=${office}`).set('If-None-Match', res.headers.etag)).status).toBe(304);
    expectFeed(await text(`venues/${ids.wardVenue}.ics?token=${office}`), [...PUBLIC_CHAIR, 'planned', 'planned2', 'secretary'], 'Lịch tiếp công dân – Phòng Tiếp công dân phường Hồng Bàng (mẫu) (nội bộ)');
    // planned sessions never reach the public feed
    expect(readWithNodeIcal((await text(`officials/${ids.chair}.ics`)).text).events.map((e) => e.uid)).not.toContain(uid('planned2'));

    // The city is outside the ward office's scope: 404, as for a record that does not exist.
    expectProblem(await t.http().get(`/api/v1/feeds/officials/${ids.cityChair}.ics?token=${office}`), 404, 'FEED_NOT_FOUND');
    expectProblem(await t.http().get(`/api/v1/feeds/units/${ids.city}.ics?token=${office}`), 404, 'FEED_NOT_FOUND');
    // A wrong, malformed or repeated token: 404.
    expectProblem(await t.http().get(`/api/v1/feeds/officials/${ids.chair}.ics?token=${'x'.repeat(43)}`), 404, 'FEED_NOT_FOUND');
    expectProblem(await t.http().get(`/api/v1/feeds/officials/${ids.chair}.ics?token=`), 404, 'FEED_NOT_FOUND');
    expectProblem(await t.http().get(`/api/v1/feeds/officials/${ids.chair}.ics?token=${office}&token=${office}`), 404, 'FEED_NOT_FOUND');

    // The admin sees every unit; a rotated token stops working.
    const admin = (await t.http().post('/api/v1/users/me/feed-token').set(bearer(await t.token('admin')))).body.token as string;
    expectFeed(await text(`officials/${ids.cityChair}.ics?token=${admin}`), ['city', 'cityPlanned'], 'Lịch tiếp công dân – Chủ tịch Ủy ban nhân dân thành phố Trần Văn Mẫu (nội bộ)');
    const rotated = (await t.http().post('/api/v1/users/me/feed-token').set(bearer(await t.token('admin')))).body.token as string;
    expectProblem(await t.http().get(`/api/v1/feeds/officials/${ids.cityChair}.ics?token=${admin}`), 404, 'FEED_NOT_FOUND');
    expect((await get(`officials/${ids.cityChair}.ics?token=${rotated}`)).status).toBe(200);

    // Tokens never reach the log.
    await new Promise((r) => setTimeout(r, 200));
    const logs = t.logs();
    expect(logs).toContain('feeds/officials');
    for (const token of [office, admin, rotated]) expect(logs).not.toContain(token);
  });

  it('unknown or malformed ids are 404 problem details', async () => {
    for (const kind of ['officials', 'units', 'venues']) {
      expectProblem(await t.http().get(`/api/v1/feeds/${kind}/${randomUUID()}.ics`), 404, 'FEED_NOT_FOUND');
      expectProblem(await t.http().get(`/api/v1/feeds/${kind}/not-an-id.ics`), 404);
    }
  });

  it('lists every feed with its http(s) and webcal:// links', async () => {
    const res = await t.http().get('/api/v1/feeds');
    expect(res.status).toBe(200);
    const chair = res.body.officials.find((o: { id: string }) => o.id === ids.chair);
    expect(chair).toMatchObject({ fullName: 'Nguyễn Văn An', httpsUrl: expect.stringMatching(new RegExp(`^https?://.+/api/v1/feeds/officials/${ids.chair}\\.ics$`)) });
    expect(chair.webcalUrl).toBe(chair.httpsUrl.replace(/^https?:\/\//, 'webcal://'));
    expect(res.body.units.some((u: { id: string; webcalUrl: string }) => u.id === ids.ward && u.webcalUrl.endsWith(`/feeds/units/${ids.ward}.ics`))).toBe(true);
    expect(res.body.venues.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([ids.wardVenue, ids.cityVenue]));
    const ward = await t.http().get(`/api/v1/feeds?unitId=${ids.ward}`);
    expect(ward.body.units.map((u: { id: string }) => u.id)).toEqual([ids.ward]);
    expect(ward.body.officials.every((o: { unitId: string }) => o.unitId === ids.ward)).toBe(true);
    // The advertised link is the one that serves the feed.
    expect((await get(new URL(chair.httpsUrl).pathname.replace('/api/v1/feeds/', ''))).status).toBe(200);
  });
});
