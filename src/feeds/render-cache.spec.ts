import { describe, expect, it } from '@jest/globals';
import { RenderCache } from './render-cache.js';

const entry = (n: number) => ({ body: Buffer.alloc(n, 97), lastModified: '2026-01-01T00:00:00.000Z' });

describe('RenderCache', () => {
  it('returns what was stored', () => {
    const c = new RenderCache(2, 100);
    c.set('a', entry(10));
    expect(c.get('a')?.body.length).toBe(10);
    expect(c.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const c = new RenderCache(2, 1000);
    c.set('a', entry(1));
    c.set('b', entry(1));
    c.get('a');
    c.set('c', entry(1));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBeDefined();
    expect(c.get('c')).toBeDefined();
    expect(c.size).toBe(2);
  });

  it('stays under maxBytes and skips bodies larger than the whole cache', () => {
    const c = new RenderCache(10, 100);
    c.set('a', entry(40));
    c.set('b', entry(40));
    c.set('c', entry(40));
    expect(c.totalBytes).toBe(80);
    expect(c.get('a')).toBeUndefined();
    c.set('huge', entry(101));
    expect(c.get('huge')).toBeUndefined();
    expect(c.totalBytes).toBe(80);
  });

  it('replacing a key keeps the byte count right', () => {
    const c = new RenderCache(10, 100);
    c.set('a', entry(30));
    c.set('a', entry(50));
    expect(c.totalBytes).toBe(50);
    expect(c.size).toBe(1);
  });

  it('a zero-sized cache stores nothing', () => {
    const c = new RenderCache(0, 100);
    c.set('a', entry(1));
    expect(c.size).toBe(0);
  });
});
