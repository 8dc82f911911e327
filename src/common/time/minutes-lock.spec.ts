import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { assertMayLockMinutes, mayLockMinutes } from './minutes-lock.js';

describe('minutes lock: only once the meeting has started', () => {
  const start = new Date('2026-03-05T01:00:00Z');
  it('allows from the start on', () => {
    expect(mayLockMinutes(start, new Date('2026-03-05T00:59:59.999Z'))).toBe(false);
    expect(mayLockMinutes(start, start)).toBe(true);
    expect(mayLockMinutes(start, new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });
  it('names the meeting in the 422', () => {
    const early = new Date('2026-02-12T01:00:00Z');
    for (const [of, code] of [
      ['session', 'SESSION_NOT_STARTED'],
      ['dialogue', 'DIALOGUE_NOT_STARTED'],
    ] as const) {
      try {
        assertMayLockMinutes(of, start, early);
        throw new Error('expected a refusal');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect(e).toMatchObject({ code, status: 422 });
      }
    }
    expect(() => assertMayLockMinutes('dialogue', start, start)).not.toThrow();
  });
});
