import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Mutex } from './mutex.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Mutex', () => {
  it('never runs two jobs at once and keeps arrival order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(3), { minLength: 1, maxLength: 20 }), async (delays) => {
        const m = new Mutex();
        let running = 0;
        let maxRunning = 0;
        const order: number[] = [];
        await Promise.all(
          delays.map((d, i) =>
            m.runExclusive(async () => {
              running++;
              maxRunning = Math.max(maxRunning, running);
              await tick(d);
              order.push(i);
              running--;
            }),
          ),
        );
        expect(maxRunning).toBe(1);
        expect(order).toEqual(delays.map((_, i) => i));
        expect(m.pending).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('passes results and errors through without blocking later jobs', async () => {
    const m = new Mutex();
    const a = m.runExclusive(async () => {
      throw new Error('first fails');
    });
    const b = m.runExclusive(async () => 42);
    await expect(a).rejects.toThrow('first fails');
    await expect(b).resolves.toBe(42);
  });
});
