import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from './luxon.js';
import { canonicalInstantMillis } from './canonical-instant.js';

describe('canonicalInstantMillis', () => {
  it('reads what Date#toISOString writes, for any date of years 0–9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00.000Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (d) => {
          expect(canonicalInstantMillis(d.toISOString())).toBe(d.getTime());
        },
      ),
    );
  });

  it('agrees with Luxon on every canonical string it accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        (y, mo, d, h) => {
          const text = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00.000Z`;
          const luxon = DateTime.fromISO(text, { zone: 'utc' });
          expect(canonicalInstantMillis(text)).toBe(luxon.isValid ? luxon.toMillis() : null);
        },
      ),
    );
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    expect(canonicalInstantMillis('2026-02-30T00:00:00.000Z')).toBeNull();
    expect(canonicalInstantMillis('2026-02-29T00:00:00.000Z')).toBeNull();
    expect(canonicalInstantMillis('2028-02-29T00:00:00.000Z')).not.toBeNull();
    expect(canonicalInstantMillis('2026-13-01T00:00:00.000Z')).toBeNull();
    expect(canonicalInstantMillis('2026-01-01T24:00:00.000Z')).toBeNull();
    expect(canonicalInstantMillis('2026-01-01T23:60:00.000Z')).toBeNull();
  });

  it('leaves other forms to the general parser (null)', () => {
    for (const text of [
      '2026-03-02T01:00:00Z',
      '2026-03-02T08:00:00.000+07:00',
      '2026-03-02',
      '2026-03-02T01:00:00.000z',
      ' 2026-03-02T01:00:00.000Z',
      '+012026-03-02T01:00:00.000Z',
      '',
    ]) {
      expect(canonicalInstantMillis(text)).toBeNull();
    }
  });
});
