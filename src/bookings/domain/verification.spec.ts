import { describe, expect, it } from '@jest/globals';
import {
  afterWrongCode,
  generateOtp,
  holdExpiry,
  holdState,
  MAX_CODE_ATTEMPTS,
  normaliseOtp,
  sameHash,
} from './verification.js';

describe('one-time codes', () => {
  it('are six digits, varied', () => {
    const codes = Array.from({ length: 2000 }, generateOtp);
    for (const c of codes) expect(c).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(codes.some((c) => c.startsWith('0'))).toBe(true);
  });

  it('accept what people type with spaces or a dash, nothing else', () => {
    expect(normaliseOtp('123 456')).toBe('123456');
    expect(normaliseOtp('123-456')).toBe('123456');
    expect(normaliseOtp('12345')).toBeNull();
    expect(normaliseOtp('12345a')).toBeNull();
    expect(normaliseOtp('1234567')).toBeNull();
  });

  it('compares hashes in constant time, refusing different lengths and empty ones', () => {
    expect(sameHash('ab01', 'ab01')).toBe(true);
    expect(sameHash('ab01', 'ab02')).toBe(false);
    expect(sameHash('ab01', 'ab0102')).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });
});

describe('holds', () => {
  const now = new Date('2026-03-02T01:00:00Z');
  it('expire after the hold minutes', () => {
    const expiresAt = holdExpiry(now, 10);
    expect(expiresAt.toISOString()).toBe('2026-03-02T01:10:00.000Z');
    expect(holdState({ expiresAt, attempts: 0 }, new Date('2026-03-02T01:09:59.999Z'))).toBe('open');
    expect(holdState({ expiresAt, attempts: 0 }, expiresAt)).toBe('expired');
  });

  it('lock after the last allowed wrong code', () => {
    const expiresAt = holdExpiry(now, 10);
    expect(holdState({ expiresAt, attempts: MAX_CODE_ATTEMPTS - 1 }, now)).toBe('open');
    expect(holdState({ expiresAt, attempts: MAX_CODE_ATTEMPTS }, now)).toBe('locked');
    expect(afterWrongCode(0)).toEqual({ release: false, left: 4 });
    expect(afterWrongCode(3)).toEqual({ release: false, left: 1 });
    expect(afterWrongCode(4)).toEqual({ release: true, left: 0 });
  });
});
