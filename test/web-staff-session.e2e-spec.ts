/**
 * The staff workspace's sign-in and sessions (issue 14, item 1): cookie flags, CSRF refusal, idle expiry, sign-out
 * ending the session on the server, a new session id at every sign-in (no fixation), an account change ending the
 * session, the login failure audited; and in Chromium: sign-in with the keyboard, axe-core on the sign-in page (also
 * with its errors), the home page and the password page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { axeCheck, launchBrowser, newContext } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { advanceClock, setClock } from './helpers/clock.js';
import { bearer, startServer, type TestServer } from './helpers/server.js';
import { STAFF, StaffClient, staffScreenshot } from './helpers/staff-web.js';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer({ env: { TEST_CLOCK: 'true' } }), launchBrowser()]);
  await setClock(t, '2026-12-01T02:00:00Z');
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const cookieOf = (set: string[], name: string) => set.find((c) => c.startsWith(`${name}=`));

describe('staff sessions over HTTP', () => {
  it('sends a visitor without a session to the sign-in page, remembering the page asked for', async () => {
    const c = new StaffClient(t.url);
    const res = await c.get(`${STAFF}/doi-mat-khau?x=1`);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${STAFF}/dang-nhap?ly_do=can-dang-nhap&tiep=%2Fcan-bo%2Fdoi-mat-khau%3Fx%3D1`);
    const form = await c.get(res.location!);
    expect(form.status).toBe(200);
    expect(form.html).toContain('Vui lòng đăng nhập để tiếp tục.');
    expect(form.html).toContain('action="/can-bo/dang-nhap?tiep=%2Fcan-bo%2Fdoi-mat-khau%3Fx%3D1"');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie scoped to the workspace, and comes back to the page asked for', async () => {
    const c = new StaffClient(t.url);
    await c.get(`${STAFF}/dang-nhap?tiep=${encodeURIComponent('/can-bo/doi-mat-khau')}`);
    const res = await c.post(`${STAFF}/dang-nhap?tiep=${encodeURIComponent('/can-bo/doi-mat-khau')}`, {
      username: 'secretary',
      password: 'demo-password-e2e',
    });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/can-bo/doi-mat-khau');
    const cookie = cookieOf(res.setCookies, 'tiepdan_staff')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/can-bo/);
    expect(cookie).not.toMatch(/Secure/); // NODE_ENV=test; Secure under production (unit test of staffCookieOptions)
    const home = await c.get(STAFF);
    expect(home.status).toBe(200);
    expect(home.html).toContain('Hoàng Thu Trang');
    expect(home.html).toContain('Bàn tiếp dân');
    // Only the session id's hash is stored.
    const rows = await t.db.query<{ id: string }>('SELECT id FROM staff_sessions');
    expect(rows.map((r) => r.id)).not.toContain(c.cookies.get('tiepdan_staff'));
  });

  it('never goes back to another site after sign-in', async () => {
    const c = new StaffClient(t.url);
    await c.get(`${STAFF}/dang-nhap`);
    const res = await c.post(`${STAFF}/dang-nhap?tiep=${encodeURIComponent('https://evil.example/')}`, {
      username: 'viewer',
      password: 'demo-password-e2e',
    });
    expect(res.location).toBe(STAFF);
  });

  it('refuses a sign-in or sign-out post without its CSRF token, and the session stays open', async () => {
    const c = new StaffClient(t.url);
    await c.get(`${STAFF}/dang-nhap`);
    const forged = await c.post(`${STAFF}/dang-nhap`, { username: 'office', password: 'demo-password-e2e' }, null);
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('Biểu mẫu đã hết hạn hoặc không hợp lệ');
    expect(c.cookies.has('tiepdan_staff')).toBe(false);
    await c.signIn('office');
    await c.get(STAFF);
    const out = await c.post(`${STAFF}/dang-xuat`, {}, 'forged-token');
    expect(out.status).toBe(403);
    expect((await c.get(STAFF)).status).toBe(200);
  });

  it('gives a new session id at sign-in: a planted id opens nothing and is replaced', async () => {
    const c = new StaffClient(t.url);
    const planted = 'A'.repeat(43);
    c.cookies.set('tiepdan_staff', planted);
    await c.signIn('office');
    const first = c.cookies.get('tiepdan_staff')!;
    expect(first).not.toBe(planted);
    await c.signIn('office');
    expect(c.cookies.get('tiepdan_staff')).not.toBe(first);
    const replay = new StaffClient(t.url);
    replay.cookies.set('tiepdan_staff', first);
    expect((await replay.get(STAFF)).status).toBe(303); // the first session was closed by the second sign-in
  });

  it('ends the session on the server at sign-out: a copied cookie opens nothing afterwards', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('handler');
    const copy = c.cookies.get('tiepdan_staff')!;
    await c.get(STAFF);
    const out = await c.post(`${STAFF}/dang-xuat`, {});
    expect(out.status).toBe(303);
    expect(out.location).toBe(`${STAFF}/dang-nhap?ly_do=da-dang-xuat`);
    const thief = new StaffClient(t.url);
    thief.cookies.set('tiepdan_staff', copy);
    const res = await thief.get(STAFF);
    expect(res.status).toBe(303);
    expect(res.location).toContain('ly_do=het-han');
  });

  it('closes a session after 30 minutes without a request, not before', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('leader');
    await advanceClock(t, 29 * 60_000);
    expect((await c.get(STAFF)).status).toBe(200); // a request resets the idle time
    await advanceClock(t, 29 * 60_000);
    expect((await c.get(STAFF)).status).toBe(200);
    await advanceClock(t, 31 * 60_000);
    const res = await c.get(STAFF);
    expect(res.status).toBe(303);
    expect(res.location).toContain('ly_do=het-han');
    expect(c.cookies.has('tiepdan_staff')).toBe(false);
    const again = await c.get(res.location!);
    expect(again.html).toContain('Phiên làm việc đã kết thúc');
  });

  it('ends the session when an admin resets the password, and asks for a new password at the next sign-in', async () => {
    const c = new StaffClient(t.url);
    await c.signIn('viewer');
    const [viewer] = await t.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'viewer'");
    const admin = bearer(await t.token('admin'));
    const reset = await t
      .http()
      .post(api(`/users/${viewer!.id}/password-reset`))
      .set(admin)
      .send({});
    expect(reset.status).toBeLessThan(300);
    const res = await c.get(STAFF);
    expect(res.status).toBe(303);
    expect(res.location).toContain('ly_do=het-han');
    const temporary = reset.body.oneTimePassword as string;
    await c.signIn('viewer', temporary);
    const pending = await c.get(STAFF);
    expect(pending.status).toBe(303);
    expect(pending.location).toBe(`${STAFF}/doi-mat-khau`);
    const page = await c.get(pending.location!);
    expect(page.html).toContain('mật khẩu tạm thời');
    const short = await c.post(`${STAFF}/doi-mat-khau`, { current: temporary, next: 'short' });
    expect(short.status).toBe(400);
    expect(short.html).toContain('Mật khẩu mới phải có từ 8 đến 200 ký tự.');
    const ok = await c.post(`${STAFF}/doi-mat-khau`, { current: temporary, next: 'demo-password-e2e' });
    expect(ok.status).toBe(303);
    expect((await c.get(STAFF)).status).toBe(200);
  });

  it('answers a wrong password on the form, audits the failure, and keeps the username typed', async () => {
    const c = new StaffClient(t.url);
    await c.get(`${STAFF}/dang-nhap`);
    const res = await c.post(`${STAFF}/dang-nhap`, { username: 'office', password: 'not-the-password' });
    expect(res.status).toBe(401);
    expect(res.html).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(res.html).toContain('value="office"');
    expect(res.html).not.toContain('not-the-password');
    const rows = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'login_failed'",
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    // Sign-in, sign-out and password posts leave only their own rows (login_failed, password_change), never a
    // generic "create" row of the form post.
    const generic = await t.db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_log WHERE summary LIKE 'POST /can-bo/%'",
    );
    expect(Number(generic[0]!.n)).toBe(0);
    const empty = await c.post(`${STAFF}/dang-nhap`, { username: '', password: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('Nhập tên đăng nhập.');
  });
});

describe('staff sign-in in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    const ctx = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    page = await ctx.newPage();
  });

  it('signs in with the keyboard only; sign-in, its errors, home and password pages pass axe-core', async () => {
    await page.goto(`${t.url}${STAFF}`);
    expect(new URL(page.url()).pathname).toBe(`${STAFF}/dang-nhap`);
    expect(await axeCheck(page)).toEqual([]);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // footer-less header: first field follows the skip link and the page's links
    await page.getByLabel('Tên đăng nhập').focus();
    await page.keyboard.type('office');
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong-password-here');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    expect(await page.locator('.error-summary').innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await axeCheck(page)).toEqual([]);
    await page.getByLabel('Mật khẩu', { exact: true }).focus();
    await page.keyboard.type('demo-password-e2e');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.url}${STAFF}`);
    expect(await page.locator('h1').innerText()).toContain('Phạm Thị Hồng Nhung');
    expect(await page.locator('nav[aria-label="Điều hướng chính"]').innerText()).toContain('Lịch định kỳ');
    expect(await page.locator('nav[aria-label="Điều hướng chính"]').innerText()).not.toContain('Quản trị');
    expect(await axeCheck(page)).toEqual([]);
    await staffScreenshot(page, 'home');
    await page.goto(`${t.url}${STAFF}/doi-mat-khau`);
    expect(await axeCheck(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/dang-nhap\?ly_do=da-dang-xuat/);
    expect(await page.locator('main').innerText()).toContain('Bạn đã đăng xuất.');
  });
});
