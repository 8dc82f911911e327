/**
 * The citizens' public pages kept for every visitor (PublicPages, ≤ 2 s): seat counts on the unit calendar and the
 * slot page change right after a booking and a cancel made on this instance; the details form is the same page for
 * everybody except its CSRF token (a token per browser, valid on the form it came with); gzip as browsers ask for it.
 * HTTP only (no browser). Runs on SQLite and on PostgreSQL (DATABASE_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { citizen, sessionMaker, type MadeSession } from './helpers/bookings-fixtures.js';
import { api } from './helpers/client.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let make: Awaited<ReturnType<typeof sessionMaker>>;

beforeAll(async () => {
  t = await startServer();
  make = await sessionMaker(t);
}, 120_000);
afterAll(() => t?.close());

/** The pages are kept at most this long: a change seen sooner than that proves the page was forgotten at once. */
const PAGE_TTL_MS = 2_000;

const book = (s: MadeSession, n: number) =>
  t
    .http()
    .post(api('/bookings'))
    .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(n) });

/** The text of the session's card on its unit's calendar page (one card per session, its "Đặt lịch" link inside). */
async function cardOf(unitId: string, s: MadeSession): Promise<{ text: string; etag: string }> {
  const res = await t.http().get(`/don-vi/${unitId}`).set('Accept-Encoding', 'gzip');
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBe('gzip');
  expect(res.headers['cache-control']).toBe('no-cache');
  const card = res.text.split('<article').find((a) => a.includes(`/dat-lich/${s.id}"`));
  expect(card).toBeDefined();
  return { text: card!, etag: res.headers['etag'] as string };
}

/**
 * Runs `step` (a change, then reading the page) until it fits within the pages' lifetime after the page was last read,
 * so that what it sees cannot come from the lifetime running out (up to 3 tries on a very slow machine).
 */
async function withinLifetime(step: () => Promise<void>, readPage: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await readPage();
    const started = Date.now();
    await step();
    if (Date.now() - started < PAGE_TTL_MS - 200 || attempt === 3) return;
  }
}

describe('public pages kept for every visitor', () => {
  it('shows the seats left on the unit page and the slot page right after a booking and after a cancel', async () => {
    const s = await make({ seats: 2, slotMinutes: 30, minutes: 60 });
    const office = await t.token('office');
    const { unitId } = (
      await t
        .http()
        .get(api(`/sessions/${s.id}`))
        .set(bearer(office))
    ).body as { unitId: string };

    const first = await cardOf(unitId, s);
    expect(first.text).toContain('Còn 4 chỗ đặt trước.');
    // Kept: the same page (same validator), and a browser holding it gets 304.
    expect((await cardOf(unitId, s)).etag).toBe(first.etag);
    const again = await t.http().get(`/don-vi/${unitId}`).set('If-None-Match', first.etag);
    expect(again.status).toBe(304);

    let booked: { code: string; manageToken: string } | undefined;
    await withinLifetime(
      async () => {
        if (booked) {
          // A retry: put the seat back first (not measured).
          await t
            .http()
            .post(api(`/bookings/${booked.code}/cancel`))
            .set('X-Manage-Token', booked.manageToken);
        }
        const res = await book(s, 1 + (booked ? 10 : 0));
        expect(res.status).toBe(201);
        booked = res.body as { code: string; manageToken: string };
        expect((await cardOf(unitId, s)).text).toContain('Còn 3 chỗ đặt trước.');
      },
      () => cardOf(unitId, s),
    );
    const slots = await t.http().get(`/dat-lich/${s.id}`).set('Accept-Encoding', 'gzip');
    expect(slots.text).toContain('08:00–08:30 · còn 1 chỗ');

    await withinLifetime(
      async () => {
        const cancel = await t
          .http()
          .post(api(`/bookings/${booked!.code}/cancel`))
          .set('X-Manage-Token', booked!.manageToken);
        expect(cancel.status).toBe(200);
        expect((await cardOf(unitId, s)).text).toContain('Còn 4 chỗ đặt trước.');
        expect((await t.http().get(`/dat-lich/${s.id}`)).text).toContain('08:00–08:30 · còn 2 chỗ');
      },
      () => Promise.all([cardOf(unitId, s), t.http().get(`/dat-lich/${s.id}`)]),
    );
  });

  it('shows a cancelled session as cancelled right away', async () => {
    const s = await make({ seats: 2 });
    const office = await t.token('office');
    const { unitId } = (
      await t
        .http()
        .get(api(`/sessions/${s.id}`))
        .set(bearer(office))
    ).body as { unitId: string };
    expect((await cardOf(unitId, s)).text).not.toContain('Đã hủy');
    const res = await t
      .http()
      .patch(api(`/sessions/${s.id}`))
      .set(bearer(office))
      .send({ status: 'cancelled', reason: 'Lãnh đạo đi công tác đột xuất' });
    expect(res.status).toBe(200);
    const page = await t.http().get(`/don-vi/${unitId}`);
    const card = page.text.split('<article').find((a) => a.includes('Lãnh đạo đi công tác đột xuất'));
    expect(card).toContain('Đã hủy');
  });

  it('gives each browser its own CSRF token on the same details form, valid only with its own cookie', async () => {
    const s = await make({ seats: 2 });
    const path = `/dat-lich/${s.id}/thong-tin?khung=${encodeURIComponent(s.startsAt)}`;
    const token = (html: string) => /name="_csrf" value="([A-Za-z0-9_-]+)"/.exec(html)?.[1];
    // superagent inflates the gzip body and checks its CRC-32 and length: a wrongly spliced body fails here.
    const a = await t.http().get(path).set('Accept-Encoding', 'gzip');
    const b = await t.http().get(path).set('Accept-Encoding', 'gzip');
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(r.headers['etag']).toBeUndefined();
      expect(r.headers['set-cookie']?.[0]).toMatch(/^tiepdan_csrf=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Lax$/);
    }
    const htmlA = a.text;
    const htmlB = b.text;
    expect(htmlA).toContain('<h1>Thông tin của bạn</h1>');
    expect(token(htmlA)).toBeDefined();
    expect(token(htmlA)).not.toBe(token(htmlB));
    expect(htmlA.replace(token(htmlA)!, '')).toBe(htmlB.replace(token(htmlB)!, ''));
    const cookieA = (a.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    const cookieB = (b.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    // A browser that has its cookie gets the same token again, and no new cookie.
    const again = await t.http().get(path).set('Cookie', cookieA).set('Accept-Encoding', 'identity');
    expect(token(again.text)).toBe(token(htmlA));
    expect(again.headers['set-cookie']).toBeUndefined();
    // Without gzip: the same page, plain.
    expect(again.headers['content-encoding']).toBeUndefined();
    // The token works with its own cookie (the form is checked: 400 with the field errors), not with another's.
    const post = (cookie: string, csrf: string) =>
      t
        .http()
        .post(`/dat-lich/${s.id}/kiem-tra`)
        .type('form')
        .set('Cookie', cookie)
        .send({ _csrf: csrf, slot: s.startsAt });
    const own = await post(cookieA, token(htmlA)!);
    expect(own.status).toBe(400);
    expect(own.text).toContain('Có lỗi cần sửa');
    expect(own.headers['cache-control']).toBe('no-store');
    expect((await post(cookieB, token(htmlA)!)).status).toBe(403);
    // A slot that does not exist: the slot page with its error, 400.
    const wrong = await t.http().get(`/dat-lich/${s.id}/thong-tin?khung=2000-01-01T00:00:00.000Z`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Hãy chọn một khung giờ.');
  });
});
