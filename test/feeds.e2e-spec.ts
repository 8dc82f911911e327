import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  readWithIcalJs,
  readWithNodeIcal,
  type ReadEvent,
} from '../src/feeds/domain/testing/parse-feed.fixture-spec.js';
import { expectProblem } from './helpers/problem.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { api } from './helpers/client.js';

/**
 * iCalendar feeds end to end: every kind of feed (official, unit, venue, with a staff token) is read by two
 * independent parsers and must hold exactly the expected sessions, in Hà Nội local time.
 */
const HCM = 'Asia/Ho_Chi_Minh';
const PARSERS = [
  ['ical.js', readWithIcalJs],
  ['node-ical', readWithNodeIcal],
] as const;

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
  const call = async (method: 'post' | 'patch' | 'get', path: string, body?: object) => {
    const client = t.http();
    const res = await client[method](api(path))
      .set(bearer(await t.token('admin')))
      .send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const publish = async (id: string) => {
    const res = await t
      .http()
      .post(api(`/sessions/${id}/publish`))
      .set(bearer(await t.token('admin')))
      .send({});
    if (res.status === 422)
      return call('post', `/sessions/${id}/publish`, { override: true, reason: 'Kiểm thử lịch: công bố muộn' });
    expect(res.status).toBe(200);
    return res.body;
  };

  /**
   * Creates a session through the sessions API (ad hoc; `periodic` ones come from a one-week schedule) and brings it
   * to the fixture's status: publish, cancel (with a reason once published), delegate, mark held.
   */
  async function insert(key: string, f: Omit<Fixture, 'id'> & { periodic?: boolean }): Promise<string> {
    let id: string;
    if (f.periodic) {
      const day = f.start.slice(0, 10);
      await call('post', '/schedules', {
        officialId: f.officialId,
        venueId: f.venueId,
        rrule: `FREQ=WEEKLY;BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${day}T00:00:00Z`).getUTCDay()]}`,
        startTime: f.start.slice(11),
        durationMinutes: (Date.parse(utc(f.end)) - Date.parse(utc(f.start))) / 60_000,
        validFrom: day,
        validUntil: day,
        holidayPolicy: 'skip',
        slotMinutes: 30,
        seatsPerSlot: 5,
      });
      const list = await call('get', `/sessions?officialId=${f.officialId}&from=${day}&to=${day}`);
      expect(list).toHaveLength(1);
      id = list[0].id;
    } else {
      id = (
        await call('post', '/sessions', {
          officialId: f.officialId,
          venueId: f.venueId,
          startsAt: utc(f.start),
          endsAt: utc(f.end),
          adHocReason: 'complex_case',
          note: 'Vụ việc đông người (kiểm thử)',
        })
      ).id;
    }
    if (f.published) await publish(id);
    if (f.delegateOfficialId)
      await call('patch', `/sessions/${id}`, {
        delegateOfficialId: f.delegateOfficialId,
        reason: 'Chủ tịch đi công tác',
      });
    if (f.status === 'cancelled')
      await call('patch', `/sessions/${id}`, { status: 'cancelled', reason: 'Trùng lịch họp đột xuất' });
    if (f.status === 'held') await call('post', `/sessions/${id}/held`, { heldByOfficialId: f.officialId });
    const view = await call('get', `/sessions/${id}`);
    expect(view.status).toBe(f.status);
    sessions.set(key, { ...f, id, adHoc: !f.periodic, sequence: view.sequence });
    return id;
  }

  /** Publishes or moves a session through the API. */
  async function change(key: string, patch: { start?: string; end?: string; publish?: boolean }): Promise<void> {
    const s = { ...sessions.get(key)! };
    if (patch.publish) {
      await publish(s.id);
      s.status = 'published';
      s.published = true;
    }
    if (patch.start && patch.end) {
      await call('patch', `/sessions/${s.id}`, {
        startsAt: utc(patch.start),
        endsAt: utc(patch.end),
        reason: 'Dời lịch do trùng hội nghị',
      });
      Object.assign(s, { start: patch.start, end: patch.end });
    }
    s.sequence = (await call('get', `/sessions/${s.id}`)).sequence;
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
        const who = s.delegateOfficialId
          ? `${NAMES[s.delegateOfficialId]} (chủ trì thay ${NAMES[s.officialId]})`
          : NAMES[s.officialId];
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
    for (const line of ['REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H', 'METHOD:PUBLISH'])
      expect(ics.split('\r\n')).toContain(line);
    for (const [, read] of PARSERS) {
      const feed = read(ics);
      expect(feed.calendarName).toBe(calendarName);
      expect(
        feed.events.map(({ uid, sequence, status, startUtc, endUtc, startLocal, endLocal, tzid, summary }) => ({
          uid,
          sequence,
          status,
          startUtc,
          endUtc,
          startLocal,
          endLocal,
          tzid,
          summary,
        })),
      ).toEqual(expected(keys));
      expect(feed.timezones).toEqual(keys.length ? [HCM] : []);
      for (const e of feed.events)
        expect(e.location).toMatch(
          /^Phòng Tiếp công dân phường Hồng Bàng \(thử\), |^Trụ sở Tiếp công dân thành phố \(thử\), /,
        );
    }
  }

  /** supertest buffers text/* bodies into res.text. */
  const get = (path: string) => t.http().get(api(`/feeds/${path}`));
  const text = get;
  const unitName = async (id: string) =>
    (await t.db.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [id]))[0].name;

  beforeAll(async () => {
    t = await startServer();
    // Units, officials and venues of their own (the demo ones carry demo schedules): the "ward" unit is inside the
    // office user's scope (a department of phường Hồng Bàng), the "city" one is not (a department of the city).
    const code = async (c: string) =>
      (await t.db.query<{ id: string }>('SELECT id FROM units WHERE code = $1', [c]))[0].id;
    const ward = (
      await call('post', '/units', {
        name: 'Ban Tiếp công dân phường (thử nghiệm)',
        level: 'department',
        parentId: await code('11311'),
      })
    ).id;
    const city = (
      await call('post', '/units', {
        name: 'Ban Tiếp công dân thành phố (thử nghiệm)',
        level: 'department',
        parentId: await code('HP'),
      })
    ).id;
    const official = async (fullName: string, title: string, unitId: string, position = 'head', body = 'government') =>
      (await call('post', '/officials', { fullName, title, unitId, position, body })).id;
    ids = {
      ward,
      city,
      chair: await official('Nguyễn Thị Thu Hà', 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng', ward),
      deputy: await official('Đỗ Văn Bình', 'Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng', ward, 'deputy'),
      secretary: await official('Hoàng Minh Châu', 'Bí thư Đảng ủy phường Hồng Bàng', ward, 'head', 'party'),
      cityChair: await official('Trần Văn Kiểm', 'Chủ tịch Ủy ban nhân dân thành phố', city),
      wardVenue: (
        await call('post', '/venues', {
          name: 'Phòng Tiếp công dân phường Hồng Bàng (thử)',
          address: 'Số 10 đường Thử Nghiệm, phường Hồng Bàng, thành phố Hải Phòng',
          unitId: ward,
        })
      ).id,
      cityVenue: (
        await call('post', '/venues', {
          name: 'Trụ sở Tiếp công dân thành phố (thử)',
          address: 'Số 1 phố Thử, thành phố Hải Phòng',
          unitId: city,
        })
      ).id,
    };
    Object.assign(NAMES, {
      [ids.chair]: 'Chủ tịch Ủy ban nhân dân phường Hồng Bàng Nguyễn Thị Thu Hà',
      [ids.deputy]: 'Phó Chủ tịch Ủy ban nhân dân phường Hồng Bàng Đỗ Văn Bình',
      [ids.secretary]: 'Bí thư Đảng ủy phường Hồng Bàng Hoàng Minh Châu',
      [ids.cityChair]: 'Chủ tịch Ủy ban nhân dân thành phố Trần Văn Kiểm',
    });
    const own = { officialId: ids.chair, venueId: ids.wardVenue, unitId: ids.ward };
    await insert('published', {
      ...own,
      start: '2027-01-04T08:00',
      end: '2027-01-04T11:00',
      status: 'published',
      published: true,
      periodic: true,
    });
    await insert('early', {
      ...own,
      start: '2027-01-11T06:30',
      end: '2027-01-11T10:00',
      status: 'published',
      published: true,
    }); // 23:30 UTC the day before
    await insert('planned', {
      ...own,
      start: '2027-01-18T08:00',
      end: '2027-01-18T11:00',
      status: 'planned',
      published: false,
    });
    await insert('cancelledPublished', {
      ...own,
      start: '2027-01-25T08:00',
      end: '2027-01-25T11:00',
      status: 'cancelled',
      published: true,
    });
    await insert('cancelledPlanned', {
      ...own,
      start: '2027-02-01T08:00',
      end: '2027-02-01T11:00',
      status: 'cancelled',
      published: false,
    });
    await insert('held', {
      ...own,
      start: '2026-06-01T08:00',
      end: '2026-06-01T11:00',
      status: 'held',
      published: true,
    });
    await insert('delegated', {
      ...own,
      start: '2027-02-08T14:00',
      end: '2027-02-08T17:00',
      status: 'published',
      published: true,
      delegateOfficialId: ids.deputy,
    });
    await insert('tooOld', {
      ...own,
      start: '2025-06-02T08:00',
      end: '2025-06-02T11:00',
      status: 'held',
      published: true,
    });
    await insert('secretary', {
      officialId: ids.secretary,
      venueId: ids.wardVenue,
      unitId: ids.ward,
      start: '2027-01-05T08:00',
      end: '2027-01-05T11:00',
      status: 'published',
      published: true,
      periodic: true,
    });
    await insert('city', {
      officialId: ids.cityChair,
      venueId: ids.cityVenue,
      unitId: ids.city,
      start: '2027-01-15T08:00',
      end: '2027-01-15T11:00',
      status: 'published',
      published: true,
    });
    await insert('cityPlanned', {
      officialId: ids.cityChair,
      venueId: ids.cityVenue,
      unitId: ids.city,
      start: '2027-01-22T08:00',
      end: '2027-01-22T11:00',
      status: 'planned',
      published: false,
    });
  });
  afterAll(() => t.close());

  const PUBLIC_CHAIR = ['published', 'early', 'cancelledPublished', 'held', 'delegated'];
  const CHAIR_NAME = 'Lịch tiếp công dân – Chủ tịch Ủy ban nhân dân phường Hồng Bàng Nguyễn Thị Thu Hà';

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
    expect(published.description).toContain(`/dat-lich/${sessions.get('published')!.id}`);
    expect(published.location).toBe(
      'Phòng Tiếp công dân phường Hồng Bàng (thử), Số 10 đường Thử Nghiệm, phường Hồng Bàng, thành phố Hải Phòng',
    );
    const cancelled = readWithNodeIcal(res.text).events.find((e) => e.uid === uid('cancelledPublished'))!;
    expect(cancelled.description).toMatch(/^Buổi tiếp công dân này đã bị hủy\./);
    expect(cancelled.description).not.toContain('Đăng ký trước');
  });

  it("unit feed: the sessions of the unit's own officials; venue feed: the sessions held there", async () => {
    expectFeed(
      await text(`units/${ids.ward}.ics`),
      [...PUBLIC_CHAIR, 'secretary'],
      `Lịch tiếp công dân – ${await unitName(ids.ward)}`,
    );
    expectFeed(await text(`units/${ids.city}.ics`), ['city'], `Lịch tiếp công dân – ${await unitName(ids.city)}`);
    expectFeed(
      await text(`venues/${ids.wardVenue}.ics`),
      [...PUBLIC_CHAIR, 'secretary'],
      'Lịch tiếp công dân – Phòng Tiếp công dân phường Hồng Bàng (thử)',
    );
    expectFeed(
      await text(`venues/${ids.cityVenue}.ics`),
      ['city'],
      'Lịch tiếp công dân – Trụ sở Tiếp công dân thành phố (thử)',
    );
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and a new ETag after a publish and after a move', async () => {
    const first = await text(`officials/${ids.chair}.ics`);
    const etag = first.headers.etag;
    const again = await get(`officials/${ids.chair}.ics`).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', `"nope", ${etag}`)).status).toBe(304);
    expect(
      (await get(`officials/${ids.chair}.ics`).set('If-Modified-Since', first.headers['last-modified'])).status,
    ).toBe(304);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', '"stale"')).status).toBe(200);

    await new Promise((r) => setTimeout(r, 1100)); // HTTP dates carry whole seconds
    await change('planned', { publish: true });
    const afterPublish = await text(`officials/${ids.chair}.ics`);
    expect(afterPublish.headers.etag).not.toBe(etag);
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', etag)).status).toBe(200);
    expect(
      (await get(`officials/${ids.chair}.ics`).set('If-Modified-Since', first.headers['last-modified'])).status,
    ).toBe(200);
    expectFeed(afterPublish, [...PUBLIC_CHAIR, 'planned'], CHAIR_NAME);

    await change('published', { start: '2027-01-06T13:30', end: '2027-01-06T16:00' });
    const afterMove = await text(`officials/${ids.chair}.ics`);
    expect(afterMove.headers['server-timing']).toMatch(/^feed;desc="miss";dur=/); // rendered once per ETag…
    const cached = await text(`officials/${ids.chair}.ics`);
    expect(cached.headers['server-timing']).toMatch(/^feed;desc="hit";dur=/); // …then served from memory, byte for byte
    expect(cached.text).toBe(afterMove.text);
    expect(afterMove.headers.etag).not.toBe(afterPublish.headers.etag);
    expectFeed(afterMove, [...PUBLIC_CHAIR, 'planned'], CHAIR_NAME);
    expect(readWithIcalJs(afterMove.text).events.find((e) => e.uid === uid('published'))).toMatchObject({
      sequence: 1,
      startLocal: '2027-01-06T13:30:00',
    });
    // A change without a session event (a rename) reaches conditional GETs within VALIDATOR_MEMO_MS (1 s), full GETs at once.
    await call('patch', `/officials/${ids.deputy}`, {
      title: 'Phó Chủ tịch Thường trực Ủy ban nhân dân phường Hồng Bàng',
    });
    NAMES[ids.deputy] = 'Phó Chủ tịch Thường trực Ủy ban nhân dân phường Hồng Bàng Đỗ Văn Bình';
    const renamed = await text(`officials/${ids.chair}.ics`);
    expect(renamed.headers.etag).not.toBe(afterMove.headers.etag);
    expectFeed(renamed, [...PUBLIC_CHAIR, 'planned'], CHAIR_NAME);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get(`officials/${ids.chair}.ics`).set('If-None-Match', afterMove.headers.etag)).status).toBe(200);
    // The unit and venue feeds moved too.
    expectFeed(
      await text(`units/${ids.ward}.ics`),
      [...PUBLIC_CHAIR, 'planned', 'secretary'],
      `Lịch tiếp công dân – ${await unitName(ids.ward)}`,
    );
  });

  it("with a staff feed token: planned sessions of the user's scope too; out of scope or a wrong token is 404", async () => {
    await insert('planned2', {
      officialId: ids.chair,
      venueId: ids.wardVenue,
      unitId: ids.ward,
      start: '2027-03-01T08:00',
      end: '2027-03-01T11:00',
      status: 'planned',
      published: false,
    });
    const office = (
      await t
        .http()
        .post(api('/users/me/feed-token'))
        .set(bearer(await t.token('office')))
    ).body.token as string;
    expect(office).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const res = await text(`officials/${ids.chair}.ics?token=${office}`);
    expectFeed(res, [...PUBLIC_CHAIR, 'planned', 'planned2'], `${CHAIR_NAME} (nội bộ)`);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.etag).not.toBe((await text(`officials/${ids.chair}.ics`)).headers.etag);
    expect(
      (await get(`officials/${ids.chair}.ics?token=${office}`).set('If-None-Match', res.headers.etag)).status,
    ).toBe(304);
    expectFeed(
      await text(`venues/${ids.wardVenue}.ics?token=${office}`),
      [...PUBLIC_CHAIR, 'planned', 'planned2', 'secretary'],
      'Lịch tiếp công dân – Phòng Tiếp công dân phường Hồng Bàng (thử) (nội bộ)',
    );
    // planned sessions never reach the public feed
    expect(readWithNodeIcal((await text(`officials/${ids.chair}.ics`)).text).events.map((e) => e.uid)).not.toContain(
      uid('planned2'),
    );

    // The city is outside the ward office's scope: 404, as for a record that does not exist.
    expectProblem(
      await t.http().get(api(`/feeds/officials/${ids.cityChair}.ics?token=${office}`)),
      404,
      'FEED_NOT_FOUND',
    );
    expectProblem(await t.http().get(api(`/feeds/units/${ids.city}.ics?token=${office}`)), 404, 'FEED_NOT_FOUND');
    // A wrong, malformed or repeated token: 404.
    expectProblem(
      await t.http().get(api(`/feeds/officials/${ids.chair}.ics?token=${'x'.repeat(43)}`)),
      404,
      'FEED_NOT_FOUND',
    );
    expectProblem(await t.http().get(api(`/feeds/officials/${ids.chair}.ics?token=`)), 404, 'FEED_NOT_FOUND');
    expectProblem(
      await t.http().get(api(`/feeds/officials/${ids.chair}.ics?token=${office}&token=${office}`)),
      404,
      'FEED_NOT_FOUND',
    );

    // The admin sees every unit; a rotated token stops working.
    const admin = (
      await t
        .http()
        .post(api('/users/me/feed-token'))
        .set(bearer(await t.token('admin')))
    ).body.token as string;
    expectFeed(
      await text(`officials/${ids.cityChair}.ics?token=${admin}`),
      ['city', 'cityPlanned'],
      'Lịch tiếp công dân – Chủ tịch Ủy ban nhân dân thành phố Trần Văn Kiểm (nội bộ)',
    );
    const rotated = (
      await t
        .http()
        .post(api('/users/me/feed-token'))
        .set(bearer(await t.token('admin')))
    ).body.token as string;
    expectProblem(
      await t.http().get(api(`/feeds/officials/${ids.cityChair}.ics?token=${admin}`)),
      404,
      'FEED_NOT_FOUND',
    );
    expect((await get(`officials/${ids.cityChair}.ics?token=${rotated}`)).status).toBe(200);

    // Tokens never reach the log.
    await new Promise((r) => setTimeout(r, 200));
    const logs = t.logs();
    expect(logs).toContain('feeds/officials');
    for (const token of [office, admin, rotated]) expect(logs).not.toContain(token);
  });

  it('unknown or malformed ids are 404 problem details', async () => {
    for (const kind of ['officials', 'units', 'venues']) {
      expectProblem(await t.http().get(api(`/feeds/${kind}/${randomUUID()}.ics`)), 404, 'FEED_NOT_FOUND');
      expectProblem(await t.http().get(api(`/feeds/${kind}/not-an-id.ics`)), 404);
    }
  });

  it('lists every feed with its http(s) and webcal:// links', async () => {
    const res = await t.http().get(api('/feeds'));
    expect(res.status).toBe(200);
    const chair = res.body.officials.find((o: { id: string }) => o.id === ids.chair);
    expect(chair).toMatchObject({
      fullName: 'Nguyễn Thị Thu Hà',
      httpsUrl: expect.stringMatching(new RegExp(`^https?://.+/api/v1/feeds/officials/${ids.chair}\\.ics$`)),
    });
    expect(chair.webcalUrl).toBe(chair.httpsUrl.replace(/^https?:\/\//, 'webcal://'));
    expect(
      res.body.units.some(
        (u: { id: string; webcalUrl: string }) =>
          u.id === ids.ward && u.webcalUrl.endsWith(`/feeds/units/${ids.ward}.ics`),
      ),
    ).toBe(true);
    expect(res.body.venues.map((v: { id: string }) => v.id)).toEqual(
      expect.arrayContaining([ids.wardVenue, ids.cityVenue]),
    );
    const ward = await t.http().get(api(`/feeds?unitId=${ids.ward}`));
    expect(ward.body.units.map((u: { id: string }) => u.id)).toEqual([ids.ward]);
    expect(ward.body.officials.every((o: { unitId: string }) => o.unitId === ids.ward)).toBe(true);
    // The advertised link is the one that serves the feed.
    expect((await get(new URL(chair.httpsUrl).pathname.replace(api('/feeds/'), ''))).status).toBe(200);
  });
});
