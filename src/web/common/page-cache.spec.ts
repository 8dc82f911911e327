import { describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { PAGE_HOLE, PageCache, PreparedPage } from './page-cache.js';

const html = (n: number) =>
  `<!DOCTYPE html><html lang="vi"><body><h1>Thông tin của bạn</h1>${'<p>Còn 5 chỗ · Thứ Năm, 10/12/2026</p>'.repeat(n)}</body></html>`;

describe('PreparedPage', () => {
  it('gives the page and its gzip (computed once) with a weak ETag', () => {
    const page = PreparedPage.of(html(50));
    expect(page.html().toString('utf8')).toBe(html(50));
    expect(gunzipSync(page.gzip()).toString('utf8')).toBe(html(50));
    expect(page.gzip()).toBe(page.gzip());
    expect(page.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
    expect(PreparedPage.of(html(51)).etag).not.toBe(page.etag);
    expect(page.hasHole).toBe(false);
    expect(() => page.html('x')).toThrow();
  });

  it('fills its one hole in the plain bytes and in a valid gzip member, differently per value', () => {
    const text = html(200).replace('<h1>', `<input type="hidden" name="_csrf" value="${PAGE_HOLE}"><h1>`);
    const page = PreparedPage.of(text, PAGE_HOLE);
    expect(page.hasHole).toBe(true);
    expect(page.etag).toBeNull();
    for (const token of ['abcDEF012-_', 'x'.repeat(43), '']) {
      const expected = text.replace(PAGE_HOLE, token);
      expect(page.html(token).toString('utf8')).toBe(expected);
      // gunzip checks the CRC-32 and the length of the trailer: a wrong one throws.
      expect(gunzipSync(page.gzip(token)).toString('utf8')).toBe(expected);
    }
    expect(page.gzip('a').length).toBeLessThan(Buffer.byteLength(text) / 5);
  });

  it('refuses a hole that is missing or repeated, and a value that would need escaping', () => {
    expect(() => PreparedPage.of('<p>no hole</p>', PAGE_HOLE)).toThrow();
    expect(() => PreparedPage.of(`${PAGE_HOLE}${PAGE_HOLE}`, PAGE_HOLE)).toThrow();
    const page = PreparedPage.of(`<i>${PAGE_HOLE}</i>`, PAGE_HOLE);
    expect(() => page.html('"><script>')).toThrow();
    expect(() => page.gzip()).toThrow();
  });
});

describe('PageCache', () => {
  const page = (n: number) => PreparedPage.of(html(n));

  it('shares one render between concurrent requests and renders again after the TTL', async () => {
    let now = 0;
    let renders = 0;
    const cache = new PageCache(2_000, 10, () => now);
    const render = () => Promise.resolve(page(++renders));
    const [a, b] = await Promise.all([cache.get('k', render), cache.get('k', render)]);
    expect(a).toBe(b);
    expect(renders).toBe(1);
    now = 1_999;
    expect(await cache.get('k', render)).toBe(a);
    now = 2_000;
    expect(await cache.get('k', render)).not.toBe(a);
    expect(renders).toBe(2);
  });

  it('keys pages apart', async () => {
    let renders = 0;
    const cache = new PageCache(2_000, 10, () => 0);
    const render = () => Promise.resolve(page(++renders));
    const a = await cache.get('unit:a', render);
    const b = await cache.get('unit:b', render);
    expect(a).not.toBe(b);
    expect(await cache.get('unit:a', render)).toBe(a);
  });

  it('forgets everything at once on clear, a render under way included', async () => {
    let renders = 0;
    const cache = new PageCache(2_000, 10, () => 0);
    let finish!: (p: PreparedPage) => void;
    const slow = cache.get('k', () => new Promise<PreparedPage>((resolve) => (finish = resolve)));
    cache.clear();
    const fresh = cache.get('k', () => Promise.resolve(page(++renders)));
    finish(page(99));
    expect(await slow).not.toBe(await fresh);
    // The slow render (begun before the change) is not kept: the next request gets the fresh one.
    expect(await cache.get('k', () => Promise.resolve(page(++renders)))).toBe(await fresh);
    expect(renders).toBe(1);
  });

  it('keeps neither a failed render nor a null one', async () => {
    const cache = new PageCache(2_000, 10, () => 0);
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', () => Promise.resolve(null))).toBeNull();
    await Promise.resolve();
    expect(cache.size).toBe(0);
    const p = page(1);
    expect(await cache.get('k', () => Promise.resolve(p))).toBe(p);
    expect(cache.size).toBe(1);
  });

  it('keeps at most `max` pages, dropping the oldest first', async () => {
    const cache = new PageCache(2_000, 3, () => 0);
    const kept = new Map<string, PreparedPage>();
    for (const k of ['a', 'b', 'c', 'd']) kept.set(k, (await cache.get(k, () => Promise.resolve(page(1))))!);
    expect(cache.size).toBe(3);
    expect(await cache.get('b', () => Promise.resolve(page(2)))).toBe(kept.get('b'));
    expect(await cache.get('a', () => Promise.resolve(page(2)))).not.toBe(kept.get('a'));
  });

  it('treats a jump of the application clock as staleness', async () => {
    let real = 0;
    let clock = 0;
    let renders = 0;
    const cache = new PageCache(
      2_000,
      10,
      () => real,
      () => clock,
    );
    const render = () => Promise.resolve(page(++renders));
    const a = await cache.get('k', render);
    real = clock = 1_000;
    expect(await cache.get('k', render)).toBe(a);
    clock += 3_600_000;
    expect(await cache.get('k', render)).not.toBe(a);
  });
});
