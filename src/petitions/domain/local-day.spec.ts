import { describe, it, expect } from '@jest/globals';
import { endOfLocalDay, localDateOf } from './local-day.js';

describe('local days in Asia/Ho_Chi_Minh', () => {
  it('a day ends at 16:59:59.999 UTC', () => {
    expect(endOfLocalDay('2026-02-23')).toBe('2026-02-23T16:59:59.999Z');
    expect(endOfLocalDay('2026-12-31')).toBe('2026-12-31T16:59:59.999Z');
  });

  it('honours daylight saving time in other zones', () => {
    expect(endOfLocalDay('2026-01-15', 'Europe/Paris')).toBe('2026-01-15T22:59:59.999Z');
    expect(endOfLocalDay('2026-07-15', 'Europe/Paris')).toBe('2026-07-15T21:59:59.999Z');
  });

  it('maps instants to the local date', () => {
    expect(localDateOf('2026-02-23T16:59:59.999Z')).toBe('2026-02-23');
    expect(localDateOf('2026-02-23T17:00:00.000Z')).toBe('2026-02-24');
    expect(localDateOf('2026-02-24T06:30:00+07:00')).toBe('2026-02-24');
    expect(localDateOf(new Date('2026-02-23T20:00:00Z'))).toBe('2026-02-24');
  });

  it('rejects garbage', () => {
    expect(() => endOfLocalDay('2026-02-30')).toThrow(RangeError);
    expect(() => endOfLocalDay('2026-02-03', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDateOf('yesterday')).toThrow(RangeError);
  });
});
