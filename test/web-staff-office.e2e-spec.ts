/**
 * The leader's office in the staff workspace (issue 14, item 2), in a real Chromium: the office creates a weekly
 * schedule and sees Tết 2027 handled in the preview (skipped: the day it would move to is taken) before saving it, publishes a session and is stopped under the
 * 5-working-day notice (the error on the form, then the override with a reason), moves a session with a reason; the
 * month and week views give the statuses in words; the compliance page with its SVG chart; axe-core on every page
 * and error state; another unit's session answers the 404 page; a forged post is refused; the viewer sees the
 * calendar without any write button.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { setClock } from './helpers/clock.js';
import { session, type Ward, ward } from './helpers/minutes-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { signIn, STAFF, StaffClient, staffScreenshot } from './helpers/staff-web.js';

let t: TestServer;
let browser: Browser;
let w: Ward;
let otherSessionId: string;
let soonId: string;
let laterId: string;

async function noSeriousViolations(p: Page) {
  expect(await axeCheck(p)).toEqual([]);
}

/** A second ward outside Hồng Bàng's scope, with its head and one session. */
async function otherWardSession(): Promise<string> {
  const admin = bearer(await t.token('admin'));
  const unit = await t
    .http()
    .post(api('/units'))
    .set(admin)
    .send({ name: 'Phường Lê Chân (kiểm thử)', level: 'commune' });
  expect(unit.status).toBe(201);
  const head = await t.http().post(api('/officials')).set(admin).send({
    fullName: 'Phạm Văn Khải',
    title: 'Chủ tịch UBND phường',
    unitId: unit.body.id,
    position: 'head',
    body: 'government',
  });
  expect(head.status).toBe(201);
  const venue = await t
    .http()
    .post(api('/venues'))
    .set(admin)
    .send({ name: 'Trụ sở phường Lê Chân', address: 'Số 5 Lê Chân', unitId: unit.body.id });
  expect(venue.status).toBe(201);
  const s = await t.http().post(api('/sessions')).set(admin).send({
    officialId: head.body.id,
    venueId: venue.body.id,
    startsAt: '2026-12-16T01:00:00.000Z',
    endsAt: '2026-12-16T04:00:00.000Z',
    adHocReason: 'complex_case',
    note: 'Vụ việc đông người',
  });
  expect(s.status).toBe(201);
  return s.body.id as string;
}

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ env: { TEST_CLOCK: 'true' } }), launchBrowser()]);
  await setClock(t, '2026-12-01T02:00:00Z'); // Tuesday 1/12/2026, 09:00 in Hà Nội
  w = await ward(t);
  otherSessionId = await otherWardSession();
  soonId = await session(t, w, '2026-12-03'); // two working days ahead: under the notice period
  laterId = await session(t, w, '2026-12-22'); // a Tuesday (the ward head receives on Mondays)
  const published = await t
    .http()
    .post(api(`/sessions/${laterId}/publish`))
    .set(bearer(await t.token('office')))
    .send({});
  expect(published.status).toBe(200);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the office', () => {
  let ctx: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ctx = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    page = await ctx.newPage();
    await signIn(page, t.url, 'office');
  });

  afterAll(async () => {
    await ctx?.close();
  });

  it('creates a weekly schedule, seeing Tết 2027 skipped in the preview, then saves it', async () => {
    await page.goto(`${t.url}${STAFF}/lich-dinh-ky`);
    await noSeriousViolations(page);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: 'Lập lịch tiếp định kỳ mới' }).click(),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Lập lịch tiếp định kỳ');
    expect(await page.locator('main').innerText()).toContain('ít nhất 1 ngày mỗi tuần');
    await noSeriousViolations(page);

    // The form's own checks first.
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Xem trước' }).click()]);
    expect(await page.locator('.error-summary').innerText()).toContain('Chọn người chủ trì tiếp công dân.');
    await noSeriousViolations(page);

    await page.selectOption('#officialId', w.leaderId);
    await page.selectOption('#venueId', w.venueId);
    await page.selectOption('#weekday', 'TU');
    await page.check('#rhythm'); // Hằng tuần
    await page.fill('#startTime', '14:00');
    await page.fill('#validFrom', '2027-01-05');
    await page.check('#holidayPolicy'); // next working day
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Xem trước' }).click()]);
    const preview = page.locator('#xem-truoc');
    expect(await preview.isVisible()).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('Thứ Ba, 05/01/2027');
    expect(text).toMatch(
      /Thứ Ba, 09\/02\/2027\s+—\s+Bỏ qua\s+Tết Nguyên đán; ngày Thứ Sáu, 12\/02\/2027 người chủ trì đã có buổi tiếp khác/,
    );
    expect(await page.locator('main').innerText()).toContain('Mức tối thiểu theo quy định cho người chủ trì đã chọn');
    expect(await page.inputValue('#startTime')).toBe('14:00');
    await noSeriousViolations(page);
    expect(await t.db.query('SELECT id FROM schedules WHERE start_time = $1', ['14:00'])).toHaveLength(0);

    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Lưu lịch' }).click()]);
    await page.waitForURL((u) => u.pathname === `${STAFF}/lich-dinh-ky`);
    expect(await page.locator('main').innerText()).toContain('Đã lưu lịch tiếp định kỳ');
    expect(await page.locator('main').innerText()).toContain('Thứ Ba, hằng tuần');
    const saved = await t.db.query<{ id: string }>('SELECT id FROM schedules WHERE start_time = $1', ['14:00']);
    expect(saved).toHaveLength(1);
    const sessions = await t.db.query<{ local_date: string }>(
      'SELECT CAST(local_date AS VARCHAR(10)) AS local_date FROM sessions WHERE schedule_id = $1 ORDER BY local_date',
      [saved[0]!.id],
    );
    expect(sessions.length).toBeGreaterThan(40);
    expect(sessions.map((s) => s.local_date)).not.toContain('2027-02-09');
    // The ward head's Monday of Tết (8/2) already moved to Friday 12/2: this Tuesday gives way, as the preview said.
    expect(sessions.map((s) => s.local_date)).not.toContain('2027-02-12');
  });

  it('is stopped publishing under five working days, sees why on the form, then publishes late with a reason', async () => {
    await page.goto(`${t.url}${STAFF}/lich/buoi/${soonId}`);
    await noSeriousViolations(page);
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/cong-bo')),
      page.getByRole('button', { name: 'Công bố buổi tiếp' }).click(),
    ]);
    expect(res.status()).toBe(422);
    await page.waitForLoadState();
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('Có lỗi cần sửa');
    expect(summary).toContain('Nêu lý do công bố muộn.');
    expect(await page.getByLabel('Vẫn công bố dù chưa đủ thời hạn thông báo').isVisible()).toBe(true);
    await noSeriousViolations(page);
    const row = await t.db.query<{ status: string }>('SELECT status FROM sessions WHERE id = $1', [soonId]);
    expect(row[0]!.status).toBe('planned');

    await page.getByLabel('Vẫn công bố dù chưa đủ thời hạn thông báo').check();
    await page.getByLabel('Lý do công bố muộn').fill('Vụ việc đông người cần tiếp ngay trong tuần.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Công bố buổi tiếp' }).click()]);
    await page.waitForURL((u) => u.search === '?da=cong-bo');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Đã công bố buổi tiếp.');
    expect(main).toContain('Đã công bố');
    expect(main).toContain('Vụ việc đông người cần tiếp ngay trong tuần.');
    await noSeriousViolations(page);
  });

  it('moves a published session with a reason (and refuses it without one)', async () => {
    await page.goto(`${t.url}${STAFF}/lich/buoi/${laterId}`);
    await page.fill('#move-date', '2026-12-23');
    await page.fill('#move-startTime', '14:00');
    await Promise.all([page.waitForNavigation(), page.locator('form[action$="/doi-lich"] button').click()]);
    expect(await page.locator('#move-reason-loi').innerText()).toContain('phải nêu lý do');
    expect(await page.inputValue('#move-date')).toBe('2026-12-23');
    await noSeriousViolations(page);
    await page.fill('#move-reason', 'Chủ tịch họp Hội đồng nhân dân thành phố.');
    await Promise.all([page.waitForNavigation(), page.locator('form[action$="/doi-lich"] button').click()]);
    await page.waitForURL((u) => u.search === '?da=doi-lich');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Đã dời lịch buổi tiếp.');
    expect(main).toContain('Thứ Tư, 23/12/2026');
    expect(main).toContain('14:00');
    expect(main).toContain('Đã dời lịch');
  });

  it('shows the month and the week with the statuses in words', async () => {
    await page.goto(`${t.url}${STAFF}/lich?thang=2026-12`);
    expect(await page.locator('h1').innerText()).toBe('Lịch tiếp công dân – Tháng 12/2026');
    const month = page.locator('table.cal-month');
    const text = await month.innerText();
    expect(text).toContain('Đã công bố');
    expect(text).toContain('Đã dời lịch');
    expect(await month.locator(`a[href="${STAFF}/lich/buoi/${otherSessionId}"]`).count()).toBe(0);
    await noSeriousViolations(page);
    await staffScreenshot(page, 'office');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Xem theo tuần' }).click()]);
    expect(await page.locator('h1').innerText()).toContain('tuần từ Thứ Hai, 30/11/2026');
    expect(await page.locator('main').innerText()).toContain('Đã công bố');
    await noSeriousViolations(page);
    await page.goto(`${t.url}${STAFF}/lich?tuan=2026-12-23`);
    const week = await page.locator('main').innerText();
    expect(week).toContain('Thứ Tư, 23/12/2026');
    expect(week).toContain('14:00–17:30');
    expect(week).toContain('Đã dời lịch');
    // January 2027: the new schedule's sessions, planned.
    await page.goto(`${t.url}${STAFF}/lich?thang=2027-01&canbo=${w.leaderId}`);
    expect(await page.locator('table.cal-month').innerText()).toContain('Dự kiến');
    await noSeriousViolations(page);
  });

  it('creates an ad-hoc session with its legal ground', async () => {
    await page.goto(`${t.url}${STAFF}/lich`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Tạo buổi tiếp đột xuất' }).click()]);
    await noSeriousViolations(page);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Tạo buổi tiếp' }).click()]);
    expect(await page.locator('.error-summary').innerText()).toContain('Chọn căn cứ tiếp đột xuất.');
    await noSeriousViolations(page);
    await page.selectOption('#officialId', w.leaderId);
    await page.selectOption('#venueId', w.venueId);
    await page.fill('#date', '2026-12-29');
    await page.fill('#startTime', '08:00');
    await page.check('#adHocReason-2');
    await page.fill('#note', 'Nguy cơ sạt lở bờ kè, nhiều hộ dân kiến nghị.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Tạo buổi tiếp' }).click()]);
    await page.waitForURL((u) => u.search === '?da=tao');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Thứ Ba, 29/12/2026');
    expect(main).toContain('nguy cơ gây thiệt hại nghiêm trọng');
    expect(main).toContain('Dự kiến');
  });

  it('shows compliance as a table and an accessible SVG chart', async () => {
    await page.goto(`${t.url}${STAFF}/tuan-thu?nam=2026&ky=quarter`);
    const svg = page.locator('svg[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.locator('title').textContent()).toContain('Số buổi tiếp phải tổ chức');
    const table = await page.locator('table.data-table').innerText();
    expect(table).toContain('Nguyễn Văn An');
    expect(table).toContain('Quý IV/2026');
    expect(table).toMatch(/Thiếu \d+|Đủ/);
    await noSeriousViolations(page);
  });

  it("answers another unit's session with the 404 page", async () => {
    const res = await page.goto(`${t.url}${STAFF}/lich/buoi/${otherSessionId}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('main').innerText()).toContain('Không tìm thấy');
    await noSeriousViolations(page);
    const bad = await page.goto(`${t.url}${STAFF}/lich/buoi/khong-phai-ma`);
    expect(bad!.status()).toBe(404);
  });
});

describe('forged and forbidden posts', () => {
  it('refuses a post without its CSRF token, and a viewer even with one', async () => {
    const office = new StaffClient(t.url);
    await office.signIn('office');
    await office.get(`${STAFF}/lich/buoi/${laterId}`);
    const forged = await office.post(`${STAFF}/lich/buoi/${laterId}/huy`, { reason: 'Giả mạo' }, null);
    expect(forged.status).toBe(403);
    const wrong = await office.post(`${STAFF}/lich/buoi/${laterId}/huy`, { reason: 'Giả mạo' }, 'x'.repeat(40));
    expect(wrong.status).toBe(403);
    const viewer = new StaffClient(t.url);
    await viewer.signIn('viewer');
    await viewer.get(`${STAFF}/lich/buoi/${laterId}`);
    const refused = await viewer.post(`${STAFF}/lich/buoi/${laterId}/huy`, { reason: 'Không có quyền' });
    expect(refused.status).toBe(403);
    const row = await t.db.query<{ status: string }>('SELECT status FROM sessions WHERE id = $1', [laterId]);
    expect(row[0]!.status).toBe('published');
  });
});

describe('the viewer', () => {
  it('sees the calendar and the sessions without any write button', async () => {
    const ctx = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    try {
      const page = await ctx.newPage();
      await signIn(page, t.url, 'viewer');
      await page.goto(`${t.url}${STAFF}/lich?thang=2026-12`);
      expect(await page.locator('table.cal-month').innerText()).toContain('Đã công bố');
      expect(await page.locator('main form[method="post"]').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Tạo buổi tiếp đột xuất' }).count()).toBe(0);
      await noSeriousViolations(page);
      await page.goto(`${t.url}${STAFF}/lich/buoi/${laterId}`);
      expect(await page.locator('main').innerText()).toContain('Đã dời lịch');
      expect(await page.locator('main form[method="post"]').count()).toBe(0);
      await noSeriousViolations(page);
      await page.goto(`${t.url}${STAFF}/lich-dinh-ky`);
      expect(await page.getByRole('link', { name: 'Lập lịch tiếp định kỳ mới' }).count()).toBe(0);
      const forbidden = await page.goto(`${t.url}${STAFF}/lich-dinh-ky/moi`);
      expect(forbidden!.status()).toBe(403);
      await page.goto(`${t.url}${STAFF}/tuan-thu`);
      expect(await page.locator('svg[role="img"]').count()).toBe(1);
      await noSeriousViolations(page);
    } finally {
      await ctx.close();
    }
  });
});
