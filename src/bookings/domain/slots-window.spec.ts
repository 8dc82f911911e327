import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from '../../common/time/luxon.js';
import type { WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { bookingClosesAt, bookingCutoff, isBookable, sessionLocalDate, type BookableSession } from './slots.js';

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
    expect(bookingCutoff('2026-03-03', cal, { workingDaysBefore: 0, closesAt: '07:00' })).toBe(
      '2026-03-03T00:00:00.000Z',
    );
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
    expect(() => bookingCutoff('2026-03-03', { isWorkingDay: () => false })).toThrow(/No working day/);
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
