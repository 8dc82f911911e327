import { describe, expect, it } from '@jest/globals';
import { TtlMemo } from './ttl-memo.js';

describe('TtlMemo', () => {
  it('shares one read between concurrent callers and reads again after the time is up', async () => {
    let now = 0;
    let reads = 0;
    const memo = new TtlMemo<number>(1_000, 10, () => now);
    const load = () => Promise.resolve(++reads);
    expect(await Promise.all([memo.get('a', load), memo.get('a', load)])).toEqual([1, 1]);
    now = 999;
    expect(await memo.get('a', load)).toBe(1);
    now = 1_000;
    expect(await memo.get('a', load)).toBe(2);
    memo.clear();
    expect(await memo.get('a', load)).toBe(3);
    memo.forget('a');
    expect(await memo.get('a', load)).toBe(4);
  });

  it('does not keep a failed read', async () => {
    const memo = new TtlMemo<number>(1_000, 10, () => 0);
    await expect(memo.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(await memo.get('a', () => Promise.resolve(7))).toBe(7);
  });
});
