/**
 * The citizens' website books an online seat of a hybrid session in a real Chromium: the form of reception and the
 * recording consent on the details page, the joining details on the confirmation page (and never on the public pages).
 * Runs on SQLite and on PostgreSQL (DATABASE_URL).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { DateTime } from '../src/common/time/luxon.js';
import type { Browser } from 'playwright-core';
import { citizen } from './helpers/bookings-fixtures.js';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { ward } from './helpers/minutes-fixtures.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';

const MEET = 'https://meet.example.vn/phong-tiep-dan-web-4Kp2';
let t: TestServer;
let browser: Browser;
let sessionId: string;

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ timeoutMs: 170_000 }), launchBrowser()]);
  const w = await ward(t);
  const office = bearer(await t.token('office'));
  let day = DateTime.now().setZone('Asia/Ho_Chi_Minh').startOf('day').plus({ days: 21 });
  while (day.weekday > 5 || day.toFormat('MM-dd') === '01-01') day = day.plus({ days: 1 });
  const startsAt = day.set({ hour: 8 }).toUTC().toISO()!;
  const created = await t
    .http()
    .post(api('/sessions'))
    .set(office)
    .send({
      officialId: w.leaderId,
      venueId: w.venueId,
      startsAt,
      endsAt: day.set({ hour: 9 }).toUTC().toISO()!,
      adHocReason: 'complex_case',
      note: 'Tiếp công dân ở xã đảo',
      slotMinutes: 30,
      seatsPerSlot: 4,
      mode: 'hybrid',
      meetingUrl: MEET,
      onlineSeatsPerSlot: 2,
      recordsOnline: true,
      recordingPurpose: 'Lưu hồ sơ buổi tiếp',
      recordingRetentionDays: 90,
    });
  expect(created.status).toBe(201);
  sessionId = created.body.id as string;
  const pub = await t
    .http()
    .post(api(`/sessions/${sessionId}/publish`))
    .set(office)
    .send({ override: true, reason: 'Công bố gấp để kiểm thử' });
  expect(pub.status).toBe(200);
}, 200_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

it('books an online seat with consent and sees the joining details on the confirmation page only', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${t.url}/dat-lich/${sessionId}`);
  expect(await page.locator('body').innerText()).not.toContain('phong-tiep-dan-web-4Kp2');
  await page.getByLabel('08:00–08:30 · còn 2 chỗ').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.waitForURL(/\/thong-tin\?khung=/);
  expect(await axeCheck(page)).toEqual([]);
  expect(await page.locator('body').innerText()).not.toContain('phong-tiep-dan-web-4Kp2');
  const c = citizen(9100);
  await page.getByLabel('Họ và tên', { exact: true }).fill(c.fullName);
  await page.getByLabel('Số CCCD hoặc hộ chiếu', { exact: true }).fill(c.idNumber);
  await page.getByLabel('Số điện thoại').fill(c.phone);
  await page.getByLabel('Địa chỉ').fill(c.address);
  await page.getByLabel('Nội dung cần trình bày').fill(c.topic);
  await page.getByLabel('Kiến nghị').check();
  await page.getByLabel('Tiếp công dân trực tuyến (qua video)').check();
  await page.getByLabel('Tôi đồng ý để buổi tiếp trực tuyến được ghi hình.').check();
  await page.getByLabel(/^Tôi đồng ý để cơ quan/).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.waitForURL(/\/kiem-tra$/);
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await page.waitForURL(/\/quan-ly\/[^/]+\/da-dat\?token=/);
  const main = await page.locator('main').innerText();
  expect(main).toContain('Tiếp công dân trực tuyến');
  expect(main).toContain(MEET);
  expect(await page.getByRole('link', { name: MEET }).getAttribute('href')).toBe(MEET);
  expect(await axeCheck(page)).toEqual([]);
  const [row] = await t.db.query<{ form: string; recording_consent: boolean | number }>(
    "SELECT form, recording_consent FROM bookings WHERE session_id = $1 AND status = 'confirmed'",
    [sessionId],
  );
  expect(row!.form).toBe('online');
  expect(Boolean(row!.recording_consent)).toBe(true);
  await context.close();
}, 120_000);
