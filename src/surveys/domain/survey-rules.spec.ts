import { describe, expect, it } from '@jest/globals';
import { aggregate, expiryOf, lastDayOf, linkState, MIN_ANSWERS, periodOf, periodRange } from './survey-rules.js';

describe('link state and expiry', () => {
  const created = new Date('2026-12-01T03:00:00Z'); // 10:00 on 01/12 in Hà Nội
  const expiresAt = expiryOf(created, 60);

  it('works through the whole local day ttl days after it was handed out', () => {
    // 01/12/2026 + 60 days = 30/01/2027; expires at 00:00 on 31/01 in Hà Nội.
    expect(expiresAt.toISOString()).toBe('2027-01-30T17:00:00.000Z');
    // Handed out at 23:30 local (16:30 UTC) on 01/12: still the local day 01/12.
    expect(expiryOf(new Date('2026-12-01T16:30:00Z'), 60).toISOString()).toBe('2027-01-30T17:00:00.000Z');
    // At 00:30 local on 02/12 (17:30 UTC on 01/12): one day later.
    expect(expiryOf(new Date('2026-12-01T17:30:00Z'), 60).toISOString()).toBe('2027-01-31T17:00:00.000Z');
  });

  it('tells the last local day the link works', () => {
    expect(lastDayOf(expiresAt)).toBe('2027-01-30');
  });

  it('is open until the last millisecond, expired from the expiry instant on', () => {
    expect(linkState({ used: false, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe('open');
    expect(linkState({ used: false, expiresAt }, expiresAt)).toBe('expired');
  });

  it('an answered link says answered, also after expiry', () => {
    expect(linkState({ used: true, expiresAt }, created)).toBe('answered');
    expect(linkState({ used: true, expiresAt }, new Date('2028-01-01T00:00:00Z'))).toBe('answered');
  });
});

describe('periods', () => {
  it('keeps the month only', () => {
    expect(periodOf('2026-12-31')).toBe('2026-12');
    expect(periodRange('2026-01-15', '2026-03-02')).toEqual({ fromPeriod: '2026-01', toPeriod: '2026-03' });
  });
});

describe('aggregate', () => {
  const rows = [
    { criterion: 'reception', sum: 22, answers: 5 },
    { criterion: 'outcome', sum: 11, answers: 5 },
  ];

  it(`is null below ${MIN_ANSWERS} answers`, () => {
    expect(
      aggregate(
        4,
        rows.map((r) => ({ ...r, answers: 4 })),
      ),
    ).toBeNull();
    expect(aggregate(0, [])).toBeNull();
  });

  it('gives per-criterion means (2 decimals) from 5 answers on', () => {
    expect(aggregate(5, rows)).toEqual({
      answers: 5,
      criteria: { outcome: { mean: 2.2, answers: 5 }, reception: { mean: 4.4, answers: 5 } },
    });
    expect(aggregate(6, [{ criterion: 'clarity', sum: 20, answers: 6 }])!.criteria.clarity.mean).toBe(3.33);
  });

  it('leaves out a criterion answered by fewer than 5 (a question added in a later version)', () => {
    const a = aggregate(7, [...rows, { criterion: 'access', sum: 8, answers: 2 }])!;
    expect(Object.keys(a.criteria)).toEqual(['outcome', 'reception']);
  });
});
