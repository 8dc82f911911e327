import { describe, expect, it } from '@jest/globals';
import { randomBytesPooled } from './random-pool.js';

describe('randomBytesPooled', () => {
  it('returns buffers of the asked size, small and large', () => {
    for (const n of [0, 1, 12, 32, 256, 257, 5000]) expect(randomBytesPooled(n)).toHaveLength(n);
  });

  it('never hands out the same bytes twice, across pool refills', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(randomBytesPooled(16).toString('hex')); // 32 KiB: eight refills
    expect(seen.size).toBe(2000);
  });

  it('gives callers their own copy', () => {
    const a = randomBytesPooled(32);
    const copy = Buffer.from(a);
    randomBytesPooled(32);
    expect(a.equals(copy)).toBe(true);
  });

  it('looks uniform (each byte value about equally often)', () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1000; i++) for (const b of randomBytesPooled(64)) counts[b]! += 1;
    // 64,000 bytes: 250 expected per value; a fair generator stays well inside ±40%.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(350);
  });

  it('refuses negative or fractional sizes', () => {
    expect(() => randomBytesPooled(-1)).toThrow(RangeError);
    expect(() => randomBytesPooled(1.5)).toThrow(RangeError);
  });
});
