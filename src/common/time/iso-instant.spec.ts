import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isoInstant } from './iso-instant.js';

describe('isoInstant', () => {
  const instants = fc.date({
    min: new Date('1970-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  });

  it('reads a Date (PostgreSQL) and the same instant as SQLite text alike', () => {
    fc.assert(
      fc.property(instants, (d) => {
        const sqlite = d.toISOString().replace('T', ' ').replace('Z', '');
        expect(isoInstant(d)).toBe(d.toISOString());
        expect(isoInstant(sqlite)).toBe(d.toISOString());
        expect(isoInstant(d.toISOString())).toBe(d.toISOString());
      }),
    );
  });

  it('keeps an explicit offset and leaves null and undefined null', () => {
    expect(isoInstant('2026-03-02T08:00:00+07:00')).toBe('2026-03-02T01:00:00.000Z');
    expect(isoInstant(null)).toBeNull();
    expect(isoInstant(undefined)).toBeNull();
  });

  it('refuses text that is no instant', () => {
    expect(() => isoInstant('not a date')).toThrow(RangeError);
  });
});
