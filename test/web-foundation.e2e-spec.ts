/**
 * The website's foundation in a real Chromium: pages outside /api/v1, the layout's landmarks, CSP and asset caching,
 * compression, Vietnamese 404 pages (the API keeps problem+json), the unit search without diacritics, axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { axeCheck, launchBrowser, newContext, pageScreenshots } from './helpers/browser.js';
import { api } from './helpers/client.js';
import { startServer, type TestServer } from './helpers/server.js';

let t: TestServer;
let browser: Browser;

beforeAll(async () => {
  [t, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('web foundation', () => {
  it('serves the home page at / with the strict CSP, no inline script or style, and hashed immutable assets', async () => {
    const res = await t.http().get('/').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    const csp = res.headers['content-security-policy'] as string;
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(d);
    expect(csp).not.toContain('unsafe-inline');
    const html = res.text;
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    const css = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(html)![1]!;
    const js = /src="(\/assets\/site\.[0-9a-f]{10}\.js)"/.exec(html)![1]!;
    for (const [url, type] of [
      [css, 'text/css; charset=utf-8'],
      [js, 'text/javascript; charset=utf-8'],
    ] as const) {
      const a = await t.http().get(url).set('Accept-Encoding', 'gzip');
      expect(a.status).toBe(200);
      expect(a.headers['content-type']).toBe(type);
      expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // An old or unknown hash is not served.
    expect((await t.http().get('/assets/site.0000000000.css')).status).toBe(404);
  });

  it('answers an unknown page with a Vietnamese 404 page and an unknown API path with problem+json', async () => {
    const page = await t.http().get('/khong-co-trang-nay');
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<h1>Không tìm thấy trang</h1>');
    const apiRes = await t.http().get(api('/khong-co'));
    expect(apiRes.status).toBe(404);
    expect(apiRes.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The API and Swagger still work; Swagger has its own (no) CSP.
    expect((await t.http().get('/api/health')).status).toBe(200);
    const docs = await t.http().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toBeUndefined();
  });

  it('finds "Hồng Bàng" typed without diacritics; the layout has its landmarks; axe finds nothing serious', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('/khong-co-trang-nay')) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${t.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('h1').count()).toBe(1);
    for (const sel of ['header', 'nav', 'main', 'footer']) expect(await page.locator(sel).count()).toBe(1);
    expect(await page.locator('footer').innerText()).toContain('Nghị định 13/2023/NĐ-CP');
    expect(await axeCheck(page)).toEqual([]);
    await pageScreenshots(page, 'trang-chu');

    // The skip link is the first thing the keyboard reaches.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');

    await page.getByLabel('Tìm phường, xã, đặc khu hoặc cơ quan').fill('hong bang');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\?q=hong\+bang/);
    const links = await page.locator('main ul a').allInnerTexts();
    expect(links).toEqual(['Phường Hồng Bàng']);
    expect(await axeCheck(page)).toEqual([]);

    await page.goto(`${t.url}/khong-co-trang-nay`);
    expect(await axeCheck(page)).toEqual([]);
    await page.goto(`${t.url}/du-lieu-ca-nhan`);
    expect(await axeCheck(page)).toEqual([]);
    await pageScreenshots(page, 'du-lieu-ca-nhan');
    // No CSP violation and no script error on any of these pages.
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
