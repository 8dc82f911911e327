/**
 * The staff workspace (/can-bo) in tests: signing in a browser page, and a small cookie-keeping HTTP client for the
 * security tests (no browser): it follows the CSRF field of the last page it read.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, DEMO_PASSWORD } from './credentials.js';
import { ON_POSTGRES } from './test-db.js';

export const STAFF = '/can-bo';

/** Signs a browser page in (demo users are named after their role) and waits for the workspace's home or `back`. */
export async function signIn(page: Page, baseUrl: string, username: string, password?: string): Promise<void> {
  await page.goto(`${baseUrl}${STAFF}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page
    .getByLabel('Mật khẩu', { exact: true })
    .fill(password ?? (username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD));
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith(STAFF) && !u.pathname.endsWith('/dang-nhap')),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

export interface StaffResponse {
  status: number;
  location: string | null;
  html: string;
  setCookies: string[];
}

/** A browser without a browser: keeps cookies, reads the `_csrf` field of the last page, posts forms. */
export class StaffClient {
  readonly cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private absorb(res: Response): string[] {
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return set;
  }

  private async answer(res: Response): Promise<StaffResponse> {
    const setCookies = this.absorb(res);
    const html = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (m) this.csrf = m[1]!;
    return { status: res.status, location: res.headers.get('location'), html, setCookies };
  }

  async get(path: string): Promise<StaffResponse> {
    const res = await fetch(`${this.baseUrl}${path}`, { redirect: 'manual', headers: { cookie: this.cookieHeader() } });
    return this.answer(res);
  }

  /** Posts a form; `_csrf` is the last page's unless given (pass `null` to send none). */
  async post(
    path: string,
    fields: Record<string, string>,
    csrf: string | null | undefined = undefined,
  ): Promise<StaffResponse> {
    const body = new URLSearchParams(fields);
    const token = csrf === undefined ? this.csrf : csrf;
    if (token !== null) body.set('_csrf', token);
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    return this.answer(res);
  }

  /** Signs in through the sign-in form; returns the answer of the post (303 to the workspace). */
  async signIn(username: string, password?: string): Promise<StaffResponse> {
    const form = await this.get(`${STAFF}/dang-nhap`);
    // Already signed in: the sign-in page redirects; any workspace page carries a CSRF token (the sign-out form).
    if (form.status === 303 && form.location) await this.get(form.location);
    const res = await this.post(`${STAFF}/dang-nhap`, {
      username,
      password: password ?? (username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD),
    });
    expect(res.status).toBe(303);
    return res;
  }
}

/**
 * The screenshot of a role's main page at 1366×768 (the office desktop) into docs/screenshots/web/staff-<name>.png,
 * only with UPDATE_SCREENSHOTS=1 on SQLite (README links them).
 */
export async function staffScreenshot(page: Page, name: string): Promise<void> {
  if (ON_POSTGRES || process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(process.cwd(), 'docs', 'screenshots', 'web');
  mkdirSync(dir, { recursive: true });
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: join(dir, `staff-${name}.png`), fullPage: false });
  if (before) await page.setViewportSize(before);
}
