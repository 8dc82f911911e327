import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import {
  bookingClosesAt,
  bookingCutoff,
  computeSlots,
  findSlot,
  isBookable,
  sessionLocalDate,
  slotExists,
  type BookableSession,
} from './slots.js';

/** Weekends off, plus listed holidays off and listed swapped days worked. */
function calendar(holidays: string[] = [], workedWeekendDays: string[] = []): WorkingCalendar {
  return {
    isWorkingDay(date) {
      if (workedWeekendDays.includes(date)) return true;
      if (holidays.includes(date)) return false;
      const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
      return weekday <= 5;
    },
  };
}

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
    expect(computeSlots({ ...base, slotMinutes: 60, seatsPerSlot: 5, taken }).map((s) => s.remaining)).toEqual([0, 5, 5]);
  });

  it('ignores counts for instants that are not on the grid', () => {
    const taken = new Map([['2026-03-02T01:15:00.000Z', 3]]);
    expect(computeSlots({ ...base, slotMinutes: 30, seatsPerSlot: 3, taken }).every((s) => s.remaining === 3)).toBe(true);
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
    expect(() => computeSlots({ ...base, endsAt: base.startsAt, slotMinutes: 30, seatsPerSlot: 1 })).toThrow(RangeError);
    expect(() =>
      computeSlots({ ...base, endsAt: '2026-03-02T00:00:00.000Z', slotMinutes: 30, seatsPerSlot: 1 }),
    ).toThrow(RangeError);
  });

  it('rejects invalid instants and grids with too many slots', () => {
    expect(() => computeSlots({ ...base, startsAt: 'yesterday', slotMinutes: 30, seatsPerSlot: 1 })).toThrow(RangeError);
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

describe('bookingCutoff', () => {
  const cal = calendar(['2026-04-30', '2026-05-01'], ['2026-05-09']);

  it('closes at the end of the previous working day, local time', () => {
    // Tuesday → Monday 23:59:59.999 +07:00
    expect(bookingCutoff('2026-03-03', cal)).toBe('2026-03-02T16:59:59.999Z');
  });

  it('skips the weekend', () => {
    expect(bookingCutoff('2026-03-02', cal)).toBe('2026-02-27T16:59:59.999Z');
  });

  it('skips holidays', () => {
    // Monday 4/5/2026: Fri 1/5 and Thu 30/4 are holidays → Wednesday 29/4
    expect(bookingCutoff('2026-05-04', cal)).toBe('2026-04-29T16:59:59.999Z');
  });

  it('counts a swapped Saturday that is worked', () => {
    expect(bookingCutoff('2026-05-11', cal)).toBe('2026-05-09T16:59:59.999Z');
  });

  it('honours workingDaysBefore and closesAt', () => {
    expect(bookingCutoff('2026-03-03', cal, { workingDaysBefore: 2 })).toBe('2026-02-27T16:59:59.999Z');
    expect(bookingCutoff('2026-03-03', cal, { workingDaysBefore: 0 })).toBe('2026-03-03T16:59:59.999Z');
    expect(bookingCutoff('2026-03-03', cal, { closesAt: '16:30' })).toBe('2026-03-02T09:30:00.000Z');
    expect(bookingCutoff('2026-03-03', cal, { workingDaysBefore: 0, closesAt: '07:00' })).toBe('2026-03-03T00:00:00.000Z');
  });

  it('uses the zone it is given', () => {
    expect(bookingCutoff('2026-03-03', cal, {}, 'UTC')).toBe('2026-03-02T23:59:59.999Z');
    // Paris switches to summer time on 29/3/2026
    expect(bookingCutoff('2026-03-31', cal, {}, 'Europe/Paris')).toBe('2026-03-30T21:59:59.999Z');
  });

  it('rejects bad input', () => {
    expect(() => bookingCutoff('2026-02-30', cal)).toThrow(RangeError);
    expect(() => bookingCutoff('03/03/2026', cal)).toThrow(RangeError);
    expect(() => bookingCutoff('2026-03-03', cal, { closesAt: '24:00' })).toThrow(RangeError);
    expect(() => bookingCutoff('2026-03-03', cal, { workingDaysBefore: -1 })).toThrow(RangeError);
    expect(() => bookingCutoff('2026-03-03', cal, {}, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('gives up instead of looping forever when no day is a working day', () => {
    expect(() => bookingCutoff('2026-03-03', { isWorkingDay: () => false })).toThrow(/no working day/);
  });

  it('property: the cut-off falls on a working day strictly before the session date', () => {
    const holidays = ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
    const c = calendar(holidays);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 5 }), (dayOffset, n) => {
        const date = DateTime.fromISO('2026-01-01', { zone: 'utc' }).plus({ days: dayOffset }).toISODate()!;
        const cutoff = DateTime.fromISO(bookingCutoff(date, c, { workingDaysBefore: n })).setZone('Asia/Ho_Chi_Minh');
        const cutoffDate = cutoff.toISODate()!;
        expect(cutoffDate < date).toBe(true);
        expect(c.isWorkingDay(cutoffDate)).toBe(true);
        expect(cutoff.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.999');
        // exactly n working days in [cutoffDate, date)
        let count = 0;
        for (let d = DateTime.fromISO(cutoffDate, { zone: 'utc' }); d.toISODate()! < date; d = d.plus({ days: 1 })) {
          if (c.isWorkingDay(d.toISODate()!)) count += 1;
        }
        expect(count).toBe(n);
      }),
    );
  });
});

describe('sessionLocalDate / bookingClosesAt', () => {
  it('takes the local date in the session zone', () => {
    expect(sessionLocalDate('2026-03-02T18:00:00.000Z')).toBe('2026-03-03');
    expect(sessionLocalDate('2026-03-02T18:00:00.000Z', 'UTC')).toBe('2026-03-02');
  });

  it('computes the cut-off of a session from its start', () => {
    const cal = calendar();
    // 01:30 local on Tuesday 3/3 is 18:30Z on Monday: the cut-off is still Monday's end, local
    expect(bookingClosesAt({ startsAt: '2026-03-02T18:30:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' }, cal)).toBe(
      '2026-03-02T16:59:59.999Z',
    );
    expect(bookingClosesAt({ startsAt: '2026-03-03T01:00:00.000Z', timeZone: null }, cal)).toBe(
      '2026-03-02T16:59:59.999Z',
    );
  });
});

describe('isBookable', () => {
  const session: BookableSession = {
    status: 'published',
    startsAt: '2026-03-03T01:00:00.000Z',
    bookingClosesAt: '2026-03-02T16:59:59.999Z',
  };

  it('accepts a published future session before the cut-off', () => {
    expect(isBookable(session, '2026-03-01T00:00:00.000Z')).toEqual({ ok: true });
    expect(isBookable(session, new Date('2026-03-02T16:59:59.999Z'))).toEqual({ ok: true });
  });

  it('closes one millisecond after the cut-off', () => {
    const r = isBookable(session, '2026-03-02T17:00:00.000Z');
    expect(r).toEqual({ ok: false, code: 'BOOKING_CLOSED', message: expect.stringContaining('hết thời hạn') });
  });

  it('refuses once the session has started', () => {
    const open = { ...session, bookingClosesAt: null };
    expect(isBookable(open, '2026-03-03T00:59:59.999Z')).toEqual({ ok: true });
    expect(isBookable(open, '2026-03-03T01:00:00.000Z')).toMatchObject({ ok: false, code: 'SESSION_PAST' });
    expect(isBookable(session, '2026-03-04T00:00:00.000Z')).toMatchObject({ ok: false, code: 'SESSION_PAST' });
  });

  it('refuses by status first', () => {
    const early = '2026-01-01T00:00:00.000Z';
    expect(isBookable({ ...session, status: 'planned' }, early)).toMatchObject({ code: 'SESSION_NOT_PUBLISHED' });
    expect(isBookable({ ...session, status: 'cancelled' }, early)).toMatchObject({ code: 'SESSION_CANCELLED' });
    expect(isBookable({ ...session, status: 'held' }, early)).toMatchObject({ code: 'SESSION_PAST' });
    const msg = isBookable({ ...session, status: 'cancelled' }, early);
    expect(msg.ok === false && msg.message).toBe('Buổi tiếp công dân đã bị hủy.');
  });
});
