/**
 * The citizens' booking journey in a real Chromium (Debian's chromium through playwright-core): from the home page,
 * following links and filling fields found by their labels, to the code, the .ics, the manage link and the
 * cancellation; the same with JavaScript disabled; a full slot offers the waitlist; a wrong ID number; keyboard only;
 * axe-core on every page and error state; CSRF, escaping, the manage token kept out of the logs, private headers.
 * Runs on SQLite and on PostgreSQL (DATABASE_URL).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DateTime } from '../src/common/time/luxon.js';
import type { Browser, Page } from 'playwright-core';
import { citizen, sessionMaker, type MadeSession } from './helpers/bookings-fixtures.js';
import { axeCheck, launchBrowser, newContext, pageScreenshots } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { startServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let browser: Browser;
let make: Awaited<ReturnType<typeof sessionMaker>>;

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer(), launchBrowser()]);
  make = await sessionMaker(t);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const dateOf = (s: MadeSession) => DateTime.fromISO(s.localDate).toFormat('dd/MM/yyyy');

async function expectAccessible(page: Page, screenshot?: string) {
  expect(await axeCheck(page)).toEqual([]);
  if (screenshot) await pageScreenshots(page, screenshot);
}

/** Home → search without diacritics → the unit → the session's "Đặt lịch". */
async function openSession(page: Page, s: MadeSession, check = false) {
  await page.goto(`${t.url}/`);
  await page.getByLabel('Tìm phường, xã, đặc khu hoặc cơ quan').fill('hong bang');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: 'Phường Hồng Bàng' }).click();
  await page.waitForURL(/\/don-vi\//);
  if (check) await expectAccessible(page, 'lich-don-vi');
  const card = page.locator('article', { has: page.locator('h3', { hasText: dateOf(s) }) });
  await card.getByRole('link', { name: /^Đặt lịch/ }).click();
  await page.waitForURL(/\/dat-lich\/[0-9a-f-]+$/);
}

async function fillDetails(page: Page, n: number, extra: { idNumber?: string; topic?: string; address?: string } = {}) {
  const c = citizen(n);
  await page.getByLabel('Họ và tên', { exact: true }).fill(c.fullName);
  await page.getByLabel('Số CCCD hoặc hộ chiếu', { exact: true }).fill(extra.idNumber ?? c.idNumber);
  await page.getByLabel('Số điện thoại').fill(c.phone);
  await page.getByLabel('Email (không bắt buộc)').fill(`nguoi${n}@example.vn`);
  await page.getByLabel('Địa chỉ').fill(extra.address ?? c.address);
  await page.getByLabel('Nội dung cần trình bày').fill(extra.topic ?? c.topic);
  await page.getByLabel('Kiến nghị').check();
  await page.getByLabel(/^Tôi đồng ý/).check();
}

/** The whole journey; returns the code and the manage link. */
async function bookAndCancel(page: Page, s: MadeSession, n: number, opts: { check?: boolean } = {}) {
  const check = opts.check ?? false;
  await openSession(page, s, check);
  expect(await page.locator('h1').innerText()).toBe('Chọn giờ bạn muốn đến');
  if (check) await expectAccessible(page, 'chon-gio');
  await page.getByLabel('08:00–08:30 · còn 2 chỗ').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.waitForURL(/\/thong-tin\?khung=/);
  if (check) await expectAccessible(page, 'thong-tin');
  await fillDetails(page, n);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.waitForURL(/\/kiem-tra$/);
  expect(await page.locator('h1').innerText()).toBe('Kiểm tra thông tin trước khi đặt lịch');
  expect(await page.locator('main').innerText()).toContain(citizen(n).idNumber);
  if (check) await expectAccessible(page, 'kiem-tra');
  await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
  await page.waitForURL(/\/quan-ly\/[^/]+\/da-dat\?token=/);
  expect(await page.locator('h1').innerText()).toBe('Đã đặt lịch');
  if (check) await expectAccessible(page, 'da-dat-lich');
  // Large and grouped for reading aloud: "HP QHNT 7546" is the code HP-QHNT-7546.
  const code = (await page.locator('.booking-code').first().innerText()).trim().split(/\s+/).join('-');
  expect(code).toMatch(/^HP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const main = await page.locator('main').innerText();
  expect(main).toContain('Hãy lưu lại đường dẫn này');
  expect(main).toContain('Căn cước công dân (hoặc hộ chiếu)');
  expect(main).toContain(`${dateOf(s)}, 08:00–08:30`);

  // The .ics download, parsed.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải tệp lịch (.ics)' }).click(),
  ]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.startDate.toJSDate().toISOString()).toBe(new Date(s.startsAt).toISOString());
  expect(event.description).toContain(code);

  const manageLink = await page.locator('.secret-link a').getAttribute('href');
  expect(manageLink).toMatch(new RegExp(`/quan-ly/${code}\\?token=`));
  // The manage link, opened again (as from a saved note), then cancel with a confirmation page.
  await page.goto(manageLink!);
  expect(await page.locator('h1').innerText()).toBe('Lịch hẹn của bạn');
  expect(await page.locator('main').innerText()).toContain('Đã xác nhận');
  if (check) await expectAccessible(page, 'quan-ly');
  await page.getByRole('link', { name: 'Hủy lịch hẹn' }).click();
  expect(await page.locator('h1').innerText()).toBe('Bạn có chắc muốn hủy lịch hẹn?');
  if (check) await expectAccessible(page, 'huy-lich');
  await page.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
  await page.waitForURL(/\/quan-ly\/[^/]+\?token=/);
  expect(await page.locator('main').innerText()).toContain('Trạng thái: Đã hủy');
  return { code, manageLink: manageLink! };
}

describe('booking a slot on the website', () => {
  it('books from the home page by links and labels, downloads the .ics, opens the manage link, cancels (axe on every page)', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const { code, manageLink } = await bookAndCancel(page, s, 101, { check: true });
    // The seat came back.
    const slots = await t.http().get(api(`/sessions/${s.id}/slots`));
    expect(slots.body[0].remaining).toBe(2);
    // The manage token never reaches the logs; the manage pages are private.
    const link = new URL(manageLink);
    const token = link.searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(10);
    expect(t.logs()).not.toContain(token);
    expect(t.logs()).toContain(`/quan-ly/${code}`);
    const res = await t.http().get(link.pathname + link.search);
    expect(res.status).toBe(200);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    await ctx.close();
  }, 180_000);

  it('works the same with JavaScript disabled', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const ctx = await newContext(browser, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await bookAndCancel(page, s, 102);
    await ctx.close();
  }, 180_000);

  it('offers the waitlist for a full slot and shows the position', async () => {
    const s = await make({ seats: 1, minutes: 60 });
    const first = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(201) });
    expect(first.status).toBe(201);
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await openSession(page, s);
    const full = page.getByLabel('08:00–08:30 · đã hết chỗ');
    expect(await page.locator('main').innerText()).toContain('Đăng ký danh sách chờ');
    await full.check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    expect(await page.locator('main').innerText()).toContain('bạn đăng ký danh sách chờ');
    await fillDetails(page, 202);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await page.waitForURL(/\/da-dat\?token=/);
    expect(await page.locator('h1').innerText()).toBe('Đã vào danh sách chờ');
    expect(await page.locator('main').innerText()).toContain('Bạn đứng thứ 1 trong danh sách chờ');
    await expectAccessible(page, 'danh-sach-cho');
    await ctx.close();
  }, 180_000);

  it('shows a wrong ID number in the error summary and beside the field, in Vietnamese, keeping the other fields', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await openSession(page, s);
    // No time chosen: the same page with the error.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('Hãy chọn một khung giờ.');
    await expectAccessible(page, 'chon-gio-loi');
    await page.getByLabel('08:30–09:00 · còn 2 chỗ').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await fillDetails(page, 301, { idNumber: '12345' });
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.locator('h2').innerText()).toBe('Có lỗi cần sửa');
    const link = summary.locator('a[href="#idNumber"]');
    expect(await link.count()).toBe(1);
    const message = await link.innerText();
    expect(message).toMatch(/[ăâđêôơưàáảãạ]/i);
    expect(await page.locator('#idNumber-loi').innerText()).toContain(message);
    expect(await page.getByLabel('Số CCCD hoặc hộ chiếu', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe(citizen(301).fullName);
    expect(await page.getByLabel('Nội dung cần trình bày').inputValue()).toBe(citizen(301).topic);
    expect(await page.getByLabel('Kiến nghị').isChecked()).toBe(true);
    // Focus is on the summary; its link moves to the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loi');
    await expectAccessible(page, 'thong-tin-loi');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('idNumber');
    await ctx.close();
  }, 180_000);

  it('can be completed with the keyboard only (Tab, Space, Enter)', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const ctx = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(`${t.url}/`);
    type Focused = { tag: string; name: string; text: string; href: string };
    const tabTo = async (match: (el: Focused) => boolean) => {
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const el = await page.evaluate(() => {
          const a = document.activeElement;
          return {
            tag: a?.tagName ?? '',
            name: a?.getAttribute('name') ?? '',
            text: (a?.textContent ?? '').trim(),
            href: a?.getAttribute('href') ?? '',
          };
        });
        if (match(el)) return;
      }
      throw new Error('focus target not reached with Tab');
    };
    const typeInto = async (name: string, text: string) => {
      await tabTo((e) => e.name === name);
      await page.keyboard.type(text);
    };
    await typeInto('q', 'hong bang');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=/);
    await tabTo((e) => e.tag === 'A' && e.text === 'Phường Hồng Bàng');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/don-vi\//);
    await tabTo((e) => e.tag === 'A' && e.href === `/dat-lich/${s.id}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dat-lich\/[0-9a-f-]+$/);
    await tabTo((e) => e.name === 'khung');
    await page.keyboard.press('Space');
    await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Tiếp tục');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/thong-tin\?khung=/);
    const c = citizen(401);
    await typeInto('fullName', c.fullName);
    await typeInto('idNumber', c.idNumber);
    await typeInto('phone', c.phone);
    await typeInto('address', c.address);
    await typeInto('topic', c.topic);
    // "Tôi chưa biết" is chosen by default; the arrow key moves the choice (wrapping) to the first type.
    await tabTo((e) => e.name === 'petitionType');
    await page.keyboard.press('ArrowDown');
    await tabTo((e) => e.name === 'consent');
    await page.keyboard.press('Space');
    await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Tiếp tục');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kiem-tra$/);
    await tabTo((e) => e.tag === 'BUTTON' && e.text === 'Xác nhận đặt lịch');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/da-dat\?token=/);
    expect(await page.locator('h1').innerText()).toBe('Đã đặt lịch');
    expect(await page.locator('main').innerText()).toContain('Khiếu nại');
    await ctx.close();
  }, 180_000);
});

describe('security of the booking pages', () => {
  it('refuses a form post without (or with a wrong) CSRF token with a Vietnamese 403 page, and books nothing', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const body = {
      slot: s.startsAt,
      ...citizen(501),
      consent: 'yes',
    };
    const none = await t.http().post(`/dat-lich/${s.id}/xac-nhan`).type('form').send(body);
    expect(none.status).toBe(403);
    expect(none.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(none.text).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    const page = await t.http().get(`/dat-lich/${s.id}/thong-tin?khung=${encodeURIComponent(s.startsAt)}`);
    const cookie = page.headers['set-cookie'] as unknown as string[];
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const wrong = await t
      .http()
      .post(`/dat-lich/${s.id}/xac-nhan`)
      .set('Cookie', cookie)
      .type('form')
      .send({ ...body, _csrf: token.slice(0, -2) + 'xx' });
    expect(wrong.status).toBe(403);
    // Another browser's cookie with this token: refused too.
    const other = await t.http().get(`/dat-lich/${s.id}/thong-tin?khung=${encodeURIComponent(s.startsAt)}`);
    const foreign = await t
      .http()
      .post(`/dat-lich/${s.id}/xac-nhan`)
      .set('Cookie', other.headers['set-cookie'] as unknown as string[])
      .type('form')
      .send({ ...body, _csrf: token });
    expect(foreign.status).toBe(403);
    const slots = await t.http().get(api(`/sessions/${s.id}/slots`));
    expect(slots.body[0].remaining).toBe(2);
    // With the right pair the same post books (303 to the confirmation page).
    const ok = await t
      .http()
      .post(`/dat-lich/${s.id}/xac-nhan`)
      .set('Cookie', cookie)
      .type('form')
      .send({ ...body, _csrf: token });
    expect(ok.status).toBe(303);
    expect(ok.headers.location).toMatch(/^\/quan-ly\/HP-[0-9A-Z]{4}-[0-9A-Z]{4}\/da-dat\?token=/);
  });

  it('escapes HTML and script typed into the fields on every page that shows them (check page, manage page, .ics)', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openSession(page, s);
    await page.getByLabel('08:00–08:30 · còn 2 chỗ').check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await fillDetails(page, 601, { topic: `Kiến nghị ${evil}`, address: `Số 5 ${evil}` });
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.waitForURL(/\/kiem-tra$/);
    expect(await page.locator('main').innerText()).toContain(evil);
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await page.waitForURL(/\/da-dat\?token=/);
    expect(await page.locator('main').innerText()).toContain(`Kiến nghị ${evil}`);
    expect(await page.locator('main script, main img').count()).toBe(0);
    const html = await (await t.http().get(new URL(page.url()).pathname + new URL(page.url()).search)).text;
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<script>alert(1)');
    const ics = await t
      .http()
      .get(new URL(page.url()).pathname.replace('/da-dat', '/lich.ics') + new URL(page.url()).search);
    expect(ics.status).toBe(200);
    expect(ics.text).not.toContain('<script>');
    expect(dialogs).toEqual([]);
    await ctx.close();
  }, 180_000);

  it('answers a wrong code or token with the same page, and the lookup form leads to the booking', async () => {
    const s = await make({ seats: 2, minutes: 60 });
    const made = await t
      .http()
      .post(api('/bookings'))
      .send({ sessionId: s.id, slotStartsAt: s.startsAt, ...citizen(701) });
    const { code, manageToken } = made.body as { code: string; manageToken: string };
    const wrongToken = await t.http().get(`/quan-ly/${code}?token=${manageToken.slice(0, -1)}x`);
    const wrongCode = await t.http().get(`/quan-ly/HP-2222-222A?token=${manageToken}`);
    expect(wrongToken.status).toBe(404);
    expect(wrongCode.status).toBe(404);
    const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0].replace(/value="[^"]*"/g, '');
    expect(main(wrongToken.text)).toBe(main(wrongCode.text));
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'Lịch hẹn đã đặt' }).click();
    await expectAccessible(page, 'tim-lich-hen');
    await page.getByLabel('Mã đặt lịch').fill(code.toLowerCase());
    await page.getByLabel('Mã quản lý').fill(manageToken);
    await page.getByRole('button', { name: 'Xem lịch hẹn' }).click();
    expect(await page.locator('h1').innerText()).toBe('Lịch hẹn của bạn');
    expect(await page.locator('main').innerText()).toContain('Đã xác nhận');
    await ctx.close();
    expect(t.logs()).not.toContain(manageToken);
  }, 180_000);
});
