import { describe, expect, it } from '@jest/globals';
import { jobLockKey } from './job-lock.service.js';

describe('jobLockKey', () => {
  it('is stable, signed 64-bit and distinct per name', () => {
    const a = jobLockKey('sessions:extend');
    expect(a).toBe(jobLockKey('sessions:extend'));
    expect(a).not.toBe(jobLockKey('tasks:remind'));
    const n = BigInt(a);
    expect(n >= -(2n ** 63n) && n < 2n ** 63n).toBe(true);
  });
});
