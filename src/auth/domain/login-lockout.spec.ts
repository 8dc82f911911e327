import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  DEFAULT_LOCKOUT,
  lockMsAfter,
  NO_FAILURES,
  recordFailure,
  remainingLockMs,
  retryAfterSeconds,
} from './login-lockout.js';

describe('login lock-out', () => {
  it('allows five failures, then locks for 1 s, 2 s, 4 s…', () => {
    let s = NO_FAILURES;
    for (let i = 0; i < 4; i++) {
      s = recordFailure(s, 1000);
      expect(remainingLockMs(s, 1000)).toBe(0);
    }
    s = recordFailure(s, 1000);
    expect(remainingLockMs(s, 1000)).toBe(1000);
    expect(remainingLockMs(s, 2000)).toBe(0);
    s = recordFailure(s, 2000);
    expect(remainingLockMs(s, 2000)).toBe(2000);
    s = recordFailure(s, 4000);
    expect(remainingLockMs(s, 4000)).toBe(4000);
  });

  it('caps the lock-out', () => {
    expect(lockMsAfter(1000)).toBe(DEFAULT_LOCKOUT.maxLockMs);
    expect(lockMsAfter(Number.MAX_SAFE_INTEGER)).toBe(DEFAULT_LOCKOUT.maxLockMs);
  });

  it('never shortens with more failures and never exceeds the cap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        expect(lockMsAfter(n + 1)).toBeGreaterThanOrEqual(lockMsAfter(n));
        expect(lockMsAfter(n)).toBeLessThanOrEqual(DEFAULT_LOCKOUT.maxLockMs);
      }),
    );
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(1);
  });
});
