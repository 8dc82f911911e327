import { describe, expect, it } from '@jest/globals';
import { safeReturnPath, sessionVerdict, shouldTouch } from './staff-session-rules.js';

const IDLE = 30 * 60_000;
const at = (iso: string) => new Date(iso);
const session = {
  lastSeenAt: at('2026-12-01T08:00:00Z'),
  expiresAt: at('2026-12-01T20:00:00Z'),
  tokenVersion: 3,
};
const user = { active: true, tokenVersion: 3 };

describe('sessionVerdict', () => {
  it('is open within the idle time and the lifetime', () => {
    expect(sessionVerdict(session, user, at('2026-12-01T08:29:59Z'), IDLE)).toBe('open');
  });
  it('is idle once the idle time has passed without a request', () => {
    expect(sessionVerdict(session, user, at('2026-12-01T08:30:00Z'), IDLE)).toBe('idle');
  });
  it('is expired at the end of its lifetime however recent the last request', () => {
    const busy = { ...session, lastSeenAt: at('2026-12-01T19:59:00Z') };
    expect(sessionVerdict(busy, user, at('2026-12-01T20:00:00Z'), IDLE)).toBe('expired');
  });
  it('is revoked when the token version moved on, the user is disabled or gone', () => {
    const now = at('2026-12-01T08:01:00Z');
    expect(sessionVerdict(session, { active: true, tokenVersion: 4 }, now, IDLE)).toBe('revoked');
    expect(sessionVerdict(session, { active: false, tokenVersion: 3 }, now, IDLE)).toBe('revoked');
    expect(sessionVerdict(session, null, now, IDLE)).toBe('revoked');
  });
});

describe('shouldTouch', () => {
  it('writes the last request time at most every sixtieth of the idle time', () => {
    expect(shouldTouch(at('2026-12-01T08:00:00Z'), at('2026-12-01T08:00:29Z'), IDLE)).toBe(false);
    expect(shouldTouch(at('2026-12-01T08:00:00Z'), at('2026-12-01T08:00:30Z'), IDLE)).toBe(true);
  });
  it('never more often than every second', () => {
    expect(shouldTouch(at('2026-12-01T08:00:00Z'), at('2026-12-01T08:00:00.500Z'), 60_000)).toBe(false);
  });
});

describe('safeReturnPath', () => {
  const p = (raw: unknown) => safeReturnPath(raw, '/can-bo', '/can-bo');
  it('keeps a path of the workspace', () => {
    expect(p('/can-bo/ban-tiep/abc?x=1')).toBe('/can-bo/ban-tiep/abc?x=1');
    expect(p('/can-bo')).toBe('/can-bo');
  });
  it('refuses other sites, other paths and tricks', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/ket-qua',
      '/can-bo-x',
      '/can-bo/../api',
      '/can-bo/\\evil',
      42,
      undefined,
    ]) {
      expect(p(bad)).toBe('/can-bo');
    }
  });
});
