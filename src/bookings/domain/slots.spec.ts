import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { computeSlots, findSlot, slotExists } from './slots.js';

describe('computeSlots', () => {
  const base = { startsAt: '2026-03-02T01:00:00.000Z', endsAt: '2026-03-02T04:00:00.000Z' };

  it('cuts a 3-hour session into six 30-minute slots', () => {
    const slots = computeSlots({ ...base, slotMinutes: 30, seatsPerSlot: 3 });
    expect(slots).toHaveLength(6);
    expect(slots[0]).toEqual({
      startsAt: '2026-03-02T01:00:00.000Z',
      endsAt: '2026-03-02T01:30:00.000Z',
      seats: 3,
      remaining: 3,
    });
    expect(slots[5]!.endsAt).toBe('2026-03-02T04:00:00.000Z');
  });

  it('drops the last partial slot', () => {
    const slots = computeSlots({ ...base, endsAt: '2026-03-02T03:45:00.000Z', slotMinutes: 30, seatsPerSlot: 1 });
    expect(slots.map((s) => s.startsAt.slice(11, 16))).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00']);
    expect(slots.at(-1)!.endsAt).toBe('2026-03-02T03:30:00.000Z');
  });

  it('returns no slot when the session is shorter than one slot', () => {
    expect(computeSlots({ ...base, endsAt: '2026-03-02T01:20:00.000Z', slotMinutes: 30, seatsPerSlot: 2 })).toEqual([]);
  });

  it('accepts instants with a +07:00 offset and returns canonical UTC', () => {
    const slots = computeSlots({
      startsAt: '2026-03-02T08:00:00+07:00',
      endsAt: '2026-03-02T09:00:00+07:00',
      slotMinutes: 60,
      seatsPerSlot: 4,
    });
    expect(slots).toEqual([
      { startsAt: '2026-03-02T01:00:00.000Z', endsAt: '2026-03-02T02:00:00.000Z', seats: 4, remaining: 4 },
    ]);
  });

  it('subtracts taken seats matched by instant whatever the ISO form of the key', () => {
    const taken = new Map([
      ['2026-03-02T08:30:00+07:00', 2],
      ['2026-03-02T02:00:00Z', 1],
    ]);
    const slots = computeSlots({ ...base, slotMinutes: 30, seatsPerSlot: 3, taken });
    expect(slots.map((s) => s.remaining)).toEqual([3, 1, 2, 3, 3, 3]);
  });

  it('sums duplicate keys that denote the same instant', () => {
    const taken = new Map([
      ['2026-03-02T01:00:00.000Z', 1],
      ['2026-03-02T08:00:00+07:00', 1],
    ]);
    expect(computeSlots({ ...base, slotMinutes: 60, seatsPerSlot: 5, taken })[0]!.remaining).toBe(3);
  });

  it('never reports negative remaining, nor more than seats', () => {
    const taken = new Map([
      ['2026-03-02T01:00:00.000Z', 9],
      ['2026-03-02T02:00:00.000Z', -4],
      ['2026-03-02T03:00:00.000Z', Number.NaN],
    ]);
    expect(computeSlots({ ...base, slotMinutes: 60, seatsPerSlot: 5, taken }).map((s) => s.remaining)).toEqual([
      0, 5, 5,
    ]);
  });

  it('ignores counts for instants that are not on the grid', () => {
    const taken = new Map([['2026-03-02T01:15:00.000Z', 3]]);
    expect(computeSlots({ ...base, slotMinutes: 30, seatsPerSlot: 3, taken }).every((s) => s.remaining === 3)).toBe(
      true,
    );
  });

  it.each([
    ['slotMinutes 0', { slotMinutes: 0, seatsPerSlot: 1 }],
    ['slotMinutes 1.5', { slotMinutes: 1.5, seatsPerSlot: 1 }],
    ['slotMinutes over a day', { slotMinutes: 1441, seatsPerSlot: 1 }],
    ['seatsPerSlot 0', { slotMinutes: 30, seatsPerSlot: 0 }],
    ['seatsPerSlot NaN', { slotMinutes: 30, seatsPerSlot: Number.NaN }],
  ])('rejects %s', (_label, params) => {
    expect(() => computeSlots({ ...base, ...params })).toThrow(RangeError);
  });

  it('rejects an end before or at the start', () => {
    expect(() => computeSlots({ ...base, endsAt: base.startsAt, slotMinutes: 30, seatsPerSlot: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      computeSlots({ ...base, endsAt: '2026-03-02T00:00:00.000Z', slotMinutes: 30, seatsPerSlot: 1 }),
    ).toThrow(RangeError);
  });

  it('rejects invalid instants and grids with too many slots', () => {
    expect(() => computeSlots({ ...base, startsAt: 'yesterday', slotMinutes: 30, seatsPerSlot: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      computeSlots({ ...base, endsAt: '2026-03-04T01:01:00.000Z', slotMinutes: 1, seatsPerSlot: 1 }),
    ).toThrow(/at most 1440 slots/);
  });

  it('invariants: contiguous, non-overlapping, inside the session, remaining in [0, seats]', () => {
    const t0 = Date.parse('2026-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 12 * 60 }),
        fc.integer({ min: 1, max: 240 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.integer({ min: -5, max: 80 })), { maxLength: 20 }),
        (offsetMin, durationMin, slotMinutes, seats, takenList) => {
          const start = t0 + offsetMin * 60_000;
          const end = start + durationMin * 60_000;
          const taken = new Map(
            takenList.map(([i, n]) => [new Date(start + i * slotMinutes * 60_000).toISOString(), n] as const),
          );
          const slots = computeSlots({
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(end).toISOString(),
            slotMinutes,
            seatsPerSlot: seats,
            taken,
          });
          expect(slots).toHaveLength(Math.floor(durationMin / slotMinutes));
          let cursor = start;
          for (const slot of slots) {
            const s = Date.parse(slot.startsAt);
            const e = Date.parse(slot.endsAt);
            expect(s).toBe(cursor);
            expect(e - s).toBe(slotMinutes * 60_000);
            expect(e).toBeLessThanOrEqual(end);
            expect(slot.seats).toBe(seats);
            expect(slot.remaining).toBeGreaterThanOrEqual(0);
            expect(slot.remaining).toBeLessThanOrEqual(seats);
            const t = taken.get(slot.startsAt) ?? 0;
            expect(slot.remaining).toBe(Math.max(0, seats - Math.max(0, t)));
            cursor = e;
          }
          expect(end - cursor).toBeLessThan(slotMinutes * 60_000);
        },
      ),
    );
  });
});

describe('findSlot / slotExists', () => {
  const slots = computeSlots({
    startsAt: '2026-03-02T01:00:00.000Z',
    endsAt: '2026-03-02T03:00:00.000Z',
    slotMinutes: 30,
    seatsPerSlot: 2,
  });

  it('finds a slot by its start in any ISO form', () => {
    expect(slotExists(slots, '2026-03-02T01:30:00.000Z')).toBe(true);
    expect(slotExists(slots, '2026-03-02T08:30:00+07:00')).toBe(true);
    expect(findSlot(slots, '2026-03-02T09:00+07:00')?.endsAt).toBe('2026-03-02T02:30:00.000Z');
  });

  it('rejects instants off the grid, outside the session, or not instants at all', () => {
    expect(slotExists(slots, '2026-03-02T01:15:00.000Z')).toBe(false);
    expect(slotExists(slots, '2026-03-02T03:00:00.000Z')).toBe(false);
    expect(slotExists(slots, 'not a date')).toBe(false);
    expect(slotExists([], '2026-03-02T01:00:00.000Z')).toBe(false);
  });
});
