import { describe, it, expect } from '@jest/globals';
import { expandOccurrences } from './occurrences.js';
import { planSessions, type PlanSessionsInput } from './session-planning.js';
import type { HolidayPolicy } from './schedule.types.js';
import { calendar2026, FixedCalendar } from './testing/fixed-calendar.fixture-spec.js';

const cal = calendar2026();

function plan(
  rrule: string,
  policy: HolidayPolicy,
  window: { validFrom: string; horizonEnd: string },
  extra: Partial<PlanSessionsInput> = {},
) {
  return planSessions({
    occurrences: expandOccurrences({ rrule, ...window }),
    startTime: '08:00',
    durationMinutes: 240,
    timeZone: 'Asia/Ho_Chi_Minh',
    holidayPolicy: policy,
    calendar: cal,
    takenDates: new Set(),
    ...extra,
  });
}

const shifted = (p: ReturnType<typeof plan>) =>
  p.planned.filter((s) => s.shiftedFrom !== null).map((s) => [s.shiftedFrom, s.localDate]);
const YEAR_2026 = { validFrom: '2026-01-01', horizonEnd: '2026-12-31' };

describe('planSessions: weekly on Monday across Tết 2026 and a make-up day off', () => {
  it('next working day: Tết Monday 16/2 would land on Monday 23/2, which has its own session → skipped', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=MO', 'next_working_day', YEAR_2026);
    expect(p.skipped).toEqual([{ occurrenceDate: '2026-02-16', reason: 'duplicate', wouldMoveTo: '2026-02-23' }]);
    expect(shifted(p)).toEqual([['2026-04-27', '2026-04-28']]); // make-up day off for Hùng Kings' day
    expect(p.planned).toHaveLength(51);
    expect(p.planned.filter((s) => s.localDate === '2026-02-23')).toEqual([
      {
        localDate: '2026-02-23',
        startsAt: '2026-02-23T01:00:00.000Z',
        endsAt: '2026-02-23T05:00:00.000Z',
        shiftedFrom: null,
        occurrenceDate: '2026-02-23',
      },
    ]);
  });

  it('previous working day: 16/2 moves back to Friday 13/2, 27/4 to Friday 24/4', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=MO', 'previous_working_day', YEAR_2026);
    expect(p.skipped).toEqual([]);
    expect(shifted(p)).toEqual([
      ['2026-02-16', '2026-02-13'],
      ['2026-04-27', '2026-04-24'],
    ]);
    expect(p.planned).toHaveLength(52);
  });

  it('skip: both holiday Mondays are skipped as holidays', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=MO', 'skip', YEAR_2026);
    expect(p.skipped).toEqual([
      { occurrenceDate: '2026-02-16', reason: 'holiday' },
      { occurrenceDate: '2026-04-27', reason: 'holiday' },
    ]);
    expect(shifted(p)).toEqual([]);
    expect(p.planned).toHaveLength(50);
  });
});

describe('planSessions: twice a month (10th and 25th)', () => {
  it('weekend dates move to Monday; 25/4 (Saturday) skips the make-up day off 27/4 and lands on 28/4', () => {
    const p = plan('FREQ=MONTHLY;BYMONTHDAY=10,25', 'next_working_day', YEAR_2026);
    expect(shifted(p)).toEqual([
      ['2026-01-10', '2026-01-12'],
      ['2026-01-25', '2026-01-26'],
      ['2026-04-25', '2026-04-28'],
      ['2026-05-10', '2026-05-11'],
      ['2026-07-25', '2026-07-27'],
      ['2026-10-10', '2026-10-12'],
      ['2026-10-25', '2026-10-26'],
    ]);
    expect(p.planned).toHaveLength(24);
    expect(p.skipped).toEqual([]);
  });

  it('previous working day: 10/5 (Sunday) goes back past 30/4 and 1/5 to Friday 8/5', () => {
    const p = plan('FREQ=MONTHLY;BYMONTHDAY=10,25', 'previous_working_day', YEAR_2026);
    expect(shifted(p)).toContainEqual(['2026-05-10', '2026-05-08']);
    expect(shifted(p)).toContainEqual(['2026-04-25', '2026-04-24']);
  });

  it('crosses Tết with a rule on the 15th and the 20th: both move to the first day back, one is skipped', () => {
    const p = plan('FREQ=MONTHLY;BYMONTHDAY=15,20', 'next_working_day', {
      validFrom: '2026-02-01',
      horizonEnd: '2026-02-28',
    });
    expect(p.planned).toEqual([
      {
        localDate: '2026-02-23',
        startsAt: '2026-02-23T01:00:00.000Z',
        endsAt: '2026-02-23T05:00:00.000Z',
        shiftedFrom: '2026-02-15',
        occurrenceDate: '2026-02-15',
      },
    ]);
    expect(p.skipped).toEqual([{ occurrenceDate: '2026-02-20', reason: 'duplicate', wouldMoveTo: '2026-02-23' }]);
  });
});

describe('planSessions: monthly by weekday', () => {
  it('first Monday of 2026 never hits a day off: twelve sessions, none moved', () => {
    const p = plan('FREQ=MONTHLY;BYDAY=+1MO', 'next_working_day', YEAR_2026);
    expect(p.planned).toHaveLength(12);
    expect(shifted(p)).toEqual([]);
  });

  it('third Monday falls in Tết (16/2) and moves to 23/2', () => {
    const p = plan('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3', 'next_working_day', YEAR_2026);
    expect(shifted(p)).toEqual([['2026-02-16', '2026-02-23']]);
    expect(p.planned).toHaveLength(12);
  });

  it('last Monday of April is the make-up day off 27/4 and moves to 28/4', () => {
    const p = plan('FREQ=MONTHLY;BYDAY=-1MO', 'next_working_day', {
      validFrom: '2026-04-01',
      horizonEnd: '2026-05-31',
    });
    expect(p.planned.map((s) => [s.occurrenceDate, s.localDate])).toEqual([
      ['2026-04-27', '2026-04-28'],
      ['2026-05-25', '2026-05-25'],
    ]);
  });
});

describe('planSessions: year boundary and New Year 1/1/2027', () => {
  const window = { validFrom: '2026-12-01', horizonEnd: '2027-01-31' };

  it('Friday 1/1/2027 moves to Monday 4/1/2027', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=FR', 'next_working_day', window);
    expect(shifted(p)).toEqual([['2027-01-01', '2027-01-04']]);
    expect(p.planned.map((s) => s.localDate)).toEqual([
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
      '2027-01-04',
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
      '2027-01-29',
    ]);
  });

  it('moving back crosses into the previous year: 1/1/2027 → 31/12/2026', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=FR', 'previous_working_day', window);
    expect(shifted(p)).toEqual([['2027-01-01', '2026-12-31']]);
  });

  it('Monday-and-Friday rule: the moved New Year session would land on Monday 4/1, which keeps its own session', () => {
    const p = plan('FREQ=WEEKLY;BYDAY=MO,FR', 'next_working_day', window);
    expect(p.skipped).toEqual([{ occurrenceDate: '2027-01-01', reason: 'duplicate', wouldMoveTo: '2027-01-04' }]);
    expect(p.planned.find((s) => s.localDate === '2027-01-04')?.shiftedFrom).toBeNull();
  });

  it('daily rule over the boundary: every non-working day collapses onto a working day that is taken → skipped', () => {
    const p = plan('FREQ=DAILY', 'next_working_day', { validFrom: '2026-12-30', horizonEnd: '2027-01-05' });
    expect(p.planned.map((s) => s.localDate)).toEqual(['2026-12-30', '2026-12-31', '2027-01-04', '2027-01-05']);
    expect(p.skipped.map((s) => [s.occurrenceDate, s.reason, s.wouldMoveTo])).toEqual([
      ['2027-01-01', 'duplicate', '2027-01-04'],
      ['2027-01-02', 'duplicate', '2027-01-04'],
      ['2027-01-03', 'duplicate', '2027-01-04'],
    ]);
  });
});

describe('planSessions: days already taken', () => {
  it('an occurrence on a day that has a session is skipped as date_taken', () => {
    const p = plan(
      'FREQ=WEEKLY;BYDAY=MO',
      'next_working_day',
      { validFrom: '2026-01-01', horizonEnd: '2026-01-31' },
      { takenDates: new Set(['2026-01-12']) },
    );
    expect(p.planned.map((s) => s.localDate)).toEqual(['2026-01-05', '2026-01-19', '2026-01-26']);
    expect(p.skipped).toEqual([{ occurrenceDate: '2026-01-12', reason: 'date_taken' }]);
  });

  it('a move onto a taken day is skipped, never doubled', () => {
    const p = plan(
      'FREQ=WEEKLY;BYDAY=MO',
      'next_working_day',
      { validFrom: '2026-04-20', horizonEnd: '2026-04-30' },
      { takenDates: new Set(['2026-04-28']) },
    );
    expect(p.planned.map((s) => s.localDate)).toEqual(['2026-04-20']);
    expect(p.skipped).toEqual([{ occurrenceDate: '2026-04-27', reason: 'date_taken', wouldMoveTo: '2026-04-28' }]);
  });

  it('repeated input dates are reported as duplicates', () => {
    const p = planSessions({
      occurrences: ['2026-03-03', '2026-03-02', '2026-03-03'],
      startTime: '14:00',
      durationMinutes: 180,
      holidayPolicy: 'skip',
      calendar: cal,
      takenDates: new Set(),
    });
    expect(p.planned.map((s) => s.localDate)).toEqual(['2026-03-02', '2026-03-03']);
    expect(p.skipped).toEqual([{ occurrenceDate: '2026-03-03', reason: 'duplicate' }]);
  });
});

describe('planSessions: local time to UTC', () => {
  const one = (timeZone: string | undefined, startTime = '08:00', durationMinutes = 240, date = '2026-03-02') =>
    planSessions({
      occurrences: [date],
      startTime,
      durationMinutes,
      timeZone,
      holidayPolicy: 'skip',
      calendar: new FixedCalendar(),
      takenDates: new Set(),
    }).planned[0];

  it('Asia/Ho_Chi_Minh is UTC+7, the default zone', () => {
    expect(one('Asia/Ho_Chi_Minh')).toMatchObject({
      startsAt: '2026-03-02T01:00:00.000Z',
      endsAt: '2026-03-02T05:00:00.000Z',
    });
    expect(one(undefined)).toMatchObject({ startsAt: '2026-03-02T01:00:00.000Z' });
  });

  it('an early session starts the previous day in UTC; its local date stays the same', () => {
    expect(one('Asia/Ho_Chi_Minh', '06:30', 90)).toMatchObject({
      localDate: '2026-03-02',
      startsAt: '2026-03-01T23:30:00.000Z',
      endsAt: '2026-03-02T01:00:00.000Z',
    });
  });

  it('uses the given zone, including its DST rules', () => {
    expect(one('Europe/Berlin', '09:00', 60, '2026-03-27')).toMatchObject({ startsAt: '2026-03-27T08:00:00.000Z' });
    expect(one('Europe/Berlin', '09:00', 60, '2026-03-30')).toMatchObject({ startsAt: '2026-03-30T07:00:00.000Z' });
  });

  it('rejects a bad time, duration, zone, policy or date', () => {
    expect(() => one('Asia/Ho_Chi_Minh', '8:00')).toThrow(RangeError);
    expect(() => one('Asia/Ho_Chi_Minh', '24:00')).toThrow(RangeError);
    expect(() => one('Asia/Ho_Chi_Minh', '08:00', 0)).toThrow(RangeError);
    expect(() => one('Asia/Ho_Chi_Minh', '08:00', 1.5)).toThrow(RangeError);
    expect(() => one('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => one('Asia/Ho_Chi_Minh', '08:00', 60, '2026-02-30')).toThrow(RangeError);
    expect(() =>
      planSessions({
        occurrences: [],
        startTime: '08:00',
        durationMinutes: 60,
        holidayPolicy: 'nearest' as HolidayPolicy,
        calendar: cal,
        takenDates: new Set(),
      }),
    ).toThrow(RangeError);
  });
});
