import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import {
  compareWaitlistEntries,
  nextInLine,
  nextWaitlistPosition,
  orderWaitlist,
  promotionsFor,
  waitlistRank,
  type WaitlistEntry,
} from './waitlist.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 0, minute)).toISOString();
const entry = (id: string, position: number, seats = 1, minute = position): WaitlistEntry => ({
  id,
  position,
  createdAt: at(minute),
  seats,
});

describe('order', () => {
  it('orders by position, then createdAt, then id', () => {
    const list = [entry('c', 2), entry('b', 1, 1, 5), entry('a', 1, 1, 5), entry('z', 1, 1, 0)];
    expect(orderWaitlist(list).map((e) => e.id)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('compares createdAt as instants, not as strings', () => {
    const a = { id: 'a', position: 1, createdAt: '2026-03-01T07:00:00+07:00' };
    const b = { id: 'b', position: 1, createdAt: '2026-03-01T00:30:00.000Z' };
    expect(compareWaitlistEntries(a, b)).toBeLessThan(0);
  });

  it('does not modify its input', () => {
    const list = [entry('b', 2), entry('a', 1)];
    orderWaitlist(list);
    expect(list.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('nextInLine', () => {
  it('is null for an empty line', () => {
    expect(nextInLine([])).toBeNull();
  });

  it('gives the first in line', () => {
    expect(nextInLine([entry('b', 4), entry('a', 3), entry('c', 9)])?.id).toBe('a');
  });

  it('skips a group that does not fit, without losing its place', () => {
    const line = [entry('group', 1, 3), entry('single', 2)];
    expect(nextInLine(line)?.id).toBe('single');
    expect(nextInLine(line, 3)?.id).toBe('group');
  });

  it('is null when no one fits or no seat is free', () => {
    expect(nextInLine([entry('g', 1, 2)], 1)).toBeNull();
    expect(nextInLine([entry('a', 1)], 0)).toBeNull();
  });
});

describe('promotionsFor', () => {
  it('fills freed seats first-fit in line order', () => {
    const line = [entry('a', 1, 2), entry('b', 2, 3), entry('c', 3, 1), entry('d', 4, 1)];
    expect(promotionsFor(line, 4).map((e) => e.id)).toEqual(['a', 'c', 'd']);
    expect(promotionsFor(line, 5).map((e) => e.id)).toEqual(['a', 'b']);
    expect(promotionsFor(line, 1).map((e) => e.id)).toEqual(['c']);
  });

  it('rejects bad seat counts', () => {
    expect(() => promotionsFor([entry('a', 1)], -1)).toThrow(RangeError);
    expect(() => promotionsFor([entry('a', 1)], 1.5)).toThrow(RangeError);
    expect(() => promotionsFor([entry('a', 1, 0)], 2)).toThrow(RangeError);
  });

  const lineArb = fc
    .uniqueArray(fc.record({ position: fc.integer({ min: 1, max: 1000 }), seats: fc.integer({ min: 1, max: 5 }) }), {
      maxLength: 15,
      selector: (r) => r.position,
    })
    .map((rows) => rows.map((r, i) => entry(`e${i}`, r.position, r.seats)));

  it('property: never more seats than free, in line order, and greedy', () => {
    fc.assert(
      fc.property(lineArb, fc.nat({ max: 12 }), (line, free) => {
        const promoted = promotionsFor(line, free);
        const used = promoted.reduce((n, e) => n + (e.seats ?? 1), 0);
        expect(used).toBeLessThanOrEqual(free);
        const ordered = orderWaitlist(line);
        const indexes = promoted.map((p) => ordered.indexOf(p));
        expect(indexes).toEqual([...indexes].sort((x, y) => x - y));
        // anyone left behind did not fit in what was left when their turn came
        let left = free;
        for (const e of ordered) {
          if (promoted.includes(e)) left -= e.seats ?? 1;
          else expect((e.seats ?? 1) > left || left === 0).toBe(true);
        }
        expect(nextInLine(line, free)).toBe(promoted[0] ?? null);
      }),
    );
  });
});

describe('positions', () => {
  it('numbers new entries after the highest position ever assigned', () => {
    expect(nextWaitlistPosition([])).toBe(1);
    expect(nextWaitlistPosition([{ position: 3 }, { position: 7 }, { position: 2 }])).toBe(8);
  });

  it('ranks entries 1..n in line order; a missing entry has no rank', () => {
    const line = [entry('b', 5), entry('a', 2), entry('c', 9)];
    expect(waitlistRank(line, 'a')).toBe(1);
    expect(waitlistRank(line, 'b')).toBe(2);
    expect(waitlistRank(line, 'c')).toBe(3);
    expect(waitlistRank(line, 'x')).toBeNull();
  });

  it('ranks move up when someone ahead is promoted', () => {
    const line = [entry('a', 1), entry('b', 2), entry('c', 3)];
    const promoted = nextInLine(line)!;
    const rest = line.filter((e) => e !== promoted);
    expect(waitlistRank(rest, 'c')).toBe(2);
  });

  it('property: ranks are a permutation of 1..n', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 20 }), (positions) => {
        const line = positions.map((p, i) => entry(`e${i}`, p));
        const ranks = line.map((e) => waitlistRank(line, e.id));
        expect([...ranks].sort((x, y) => x! - y!)).toEqual(line.map((_, i) => i + 1));
        expect(nextWaitlistPosition(line)).toBe(Math.max(0, ...positions) + 1);
      }),
    );
  });
});
