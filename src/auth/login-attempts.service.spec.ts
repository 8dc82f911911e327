import { describe, expect, it } from '@jest/globals';
import { Clock } from '../common/time/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { LoginAttemptsService } from './login-attempts.service.js';

function make(key = Buffer.alloc(32, 1)) {
  const clock = new Clock();
  clock.setNow('2026-02-10T01:00:00Z');
  return { clock, svc: new LoginAttemptsService(clock, { dataKey: key } as AppConfig) };
}

const lockedCode = async (fn: () => Promise<void>): Promise<string | null> => {
  try {
    await fn();
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('LoginAttemptsService', () => {
  it('locks a username after 5 failures, case-insensitively, and a success clears it', async () => {
    const { clock, svc } = make();
    for (let i = 0; i < 5; i++) await svc.recordFailure('Office');
    expect(await lockedCode(() => svc.assertNotLocked('office'))).toBe('ACCOUNT_LOCKED');
    expect(await lockedCode(() => svc.assertNotLocked('leader'))).toBeNull();
    clock.advance(1000);
    expect(await lockedCode(() => svc.assertNotLocked('office'))).toBeNull();
    await svc.recordSuccess('office');
    await svc.recordFailure('office');
    expect(await lockedCode(() => svc.assertNotLocked('office'))).toBeNull();
  });

  it('hashes usernames with a key: stable per key, different across keys, never the name', async () => {
    const a = make(Buffer.alloc(32, 1)).svc;
    const b = make(Buffer.alloc(32, 2)).svc;
    expect(a.usernameHash('office')).toMatch(/^[0-9a-f]{16}$/);
    expect(a.usernameHash('office')).toBe(a.usernameHash('OFFICE'));
    expect(a.usernameHash('office')).not.toBe(b.usernameHash('office'));
  });

  it('forgets quiet records and stays bounded under many random usernames', async () => {
    const { clock, svc } = make();
    for (let i = 0; i < 25_000; i++) await svc.recordFailure(`random-${i}`);
    expect((svc as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(20_000);
    for (let i = 0; i < 4; i++) await svc.recordFailure('office');
    clock.advance(2 * 60 * 60_000);
    await svc.recordFailure('office'); // the four old failures were forgotten: this is the first again
    expect(await lockedCode(() => svc.assertNotLocked('office'))).toBeNull();
  });
});
