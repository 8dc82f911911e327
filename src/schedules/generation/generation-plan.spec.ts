import { describe, expect, it } from '@jest/globals';
import { FixedCalendar } from '../domain/testing/fixed-calendar.fixture-spec.js';
import { type OwnSession, planGeneration, type ScheduleRule } from './generation-plan.js';

// Tết 2026: 16–20 Feb off (weekends 14–15 and 21–22 too).
const cal = new FixedCalendar(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
const rule: ScheduleRule = {
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  validFrom: '2026-02-02',
  validUntil: null,
  startTime: '08:00',
  durationMinutes: 180,
  timeZone: 'Asia/Ho_Chi_Minh',
  holidayPolicy: 'next_working_day',
  venueId: 'v1',
  slotMinutes: 30,
  seatsPerSlot: 5,
};
const own = (o: Partial<OwnSession> & Pick<OwnSession, 'id' | 'localDate'>): OwnSession => ({
  shiftedFrom: null,
  status: 'planned',
  modified: false,
  startsAt: `${o.localDate}T01:00:00.000Z`,
  endsAt: `${o.localDate}T04:00:00.000Z`,
  venueId: 'v1',
  slotMinutes: 30,
  seatsPerSlot: 5,
  ...o,
});

describe('planGeneration', () => {
  it('plans a fresh window: Monday 16/2 (Tết) would move to Monday 23/2, which its own occurrence holds, so it is skipped', () => {
    const p = planGeneration({
      rule,
      from: '2026-02-02',
      to: '2026-03-02',
      calendar: cal,
      otherTaken: new Set(),
      own: [],
    });
    expect(p.insert.map((s) => s.localDate)).toEqual(['2026-02-02', '2026-02-09', '2026-02-23', '2026-03-02']);
    expect(p.skips).toEqual([{ occurrenceDate: '2026-02-16', reason: 'duplicate', wouldMoveTo: '2026-02-23' }]);
    expect(p.insert[0]).toMatchObject({
      startsAt: '2026-02-02T01:00:00.000Z',
      endsAt: '2026-02-02T04:00:00.000Z',
      shiftedFrom: null,
    });
  });

  it('moves to the next working day when it is free (Thursday rule, Tết Thursday 19/2 → Monday 23/2)', () => {
    const p = planGeneration({
      rule: { ...rule, rrule: 'FREQ=WEEKLY;BYDAY=TH' },
      from: '2026-02-12',
      to: '2026-02-27',
      calendar: cal,
      otherTaken: new Set(),
      own: [],
    });
    expect(p.insert.map((s) => [s.localDate, s.shiftedFrom])).toEqual([
      ['2026-02-12', null],
      ['2026-02-23', '2026-02-19'],
      ['2026-02-26', null],
    ]);
  });

  it('records a date taken by another session of the official instead of doubling the day', () => {
    const p = planGeneration({
      rule,
      from: '2026-02-02',
      to: '2026-02-09',
      calendar: cal,
      otherTaken: new Set(['2026-02-09']),
      own: [],
    });
    expect(p.insert.map((s) => s.localDate)).toEqual(['2026-02-02']);
    expect(p.skips).toEqual([{ occurrenceDate: '2026-02-09', reason: 'date_taken' }]);
  });

  it('updates untouched planned sessions in place, removes those the rule no longer has, and keeps the rest', () => {
    const sessions = [
      own({ id: 'a', localDate: '2026-03-02' }),
      own({ id: 'b', localDate: '2026-03-09' }),
      own({ id: 'c', localDate: '2026-03-16', status: 'published' }),
      own({
        id: 'd',
        localDate: '2026-03-23',
        modified: true,
        startsAt: '2026-03-23T07:00:00.000Z',
        endsAt: '2026-03-23T09:00:00.000Z',
      }),
      own({ id: 'e', localDate: '2026-03-30', status: 'cancelled' }),
    ];
    // New rule: 09:00 instead of 08:00, same day.
    const p = planGeneration({
      rule: { ...rule, startTime: '09:00' },
      from: '2026-03-02',
      to: '2026-03-31',
      calendar: cal,
      otherTaken: new Set(),
      own: sessions,
    });
    expect(p.insert).toEqual([]);
    expect(p.update.map((u) => [u.id, u.planned.startsAt])).toEqual([
      ['a', '2026-03-02T02:00:00.000Z'],
      ['b', '2026-03-09T02:00:00.000Z'],
    ]);
    expect(p.remove).toEqual([]);
    expect(p.skips).toEqual([]); // days of kept or cancelled own sessions are not skips
    expect(p.conflicts.map((c) => [c.sessionId, c.reason, c.expected?.startsAt])).toEqual([
      ['c', 'published', '2026-03-16T02:00:00.000Z'],
      ['d', 'modified', '2026-03-23T02:00:00.000Z'],
    ]);
  });

  it('removes planned sessions when the weekday changes and reports a published one that no longer matches', () => {
    const sessions = [
      own({ id: 'a', localDate: '2026-03-02' }),
      own({ id: 'c', localDate: '2026-03-09', status: 'published' }),
    ];
    const p = planGeneration({
      rule: { ...rule, rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      from: '2026-03-01',
      to: '2026-03-10',
      calendar: cal,
      otherTaken: new Set(),
      own: sessions,
    });
    expect(p.remove).toEqual(['a']);
    expect(p.insert.map((s) => s.localDate)).toEqual(['2026-03-03', '2026-03-10']);
    expect(p.conflicts).toEqual([
      { sessionId: 'c', localDate: '2026-03-09', status: 'published', reason: 'published', expected: null },
    ]);
  });

  it('leaves unchanged sessions alone (nothing to write on a repeat run)', () => {
    const first = planGeneration({
      rule,
      from: '2026-03-01',
      to: '2026-03-31',
      calendar: cal,
      otherTaken: new Set(),
      own: [],
    });
    const stored = first.insert.map((s, i) =>
      own({ id: String(i), localDate: s.localDate, startsAt: s.startsAt, endsAt: s.endsAt }),
    );
    const again = planGeneration({
      rule,
      from: '2026-03-01',
      to: '2026-03-31',
      calendar: cal,
      otherTaken: new Set(),
      own: stored,
    });
    expect(again).toEqual({ insert: [], update: [], remove: [], skips: [], conflicts: [] });
  });

  it('removes every untouched planned session of a deactivated schedule and reports the published ones', () => {
    const sessions = [
      own({ id: 'a', localDate: '2026-03-02' }),
      own({ id: 'c', localDate: '2026-03-09', status: 'published' }),
      own({ id: 'p', localDate: '2026-02-23' }),
    ];
    const p = planGeneration({
      rule,
      from: '2026-03-01',
      to: '2027-03-01',
      calendar: cal,
      otherTaken: new Set(),
      own: sessions,
      inactive: true,
    });
    expect(p).toMatchObject({ insert: [], update: [], remove: ['a'], skips: [] });
    expect(p.conflicts.map((c) => c.sessionId)).toEqual(['c']);
  });

  it('respects validUntil and an empty window', () => {
    expect(
      planGeneration({
        rule: { ...rule, validUntil: '2026-02-05' },
        from: '2026-02-02',
        to: '2026-12-31',
        calendar: cal,
        otherTaken: new Set(),
        own: [],
      }).insert,
    ).toHaveLength(1);
    expect(
      planGeneration({ rule, from: '2026-03-01', to: '2026-02-01', calendar: cal, otherTaken: new Set(), own: [] })
        .insert,
    ).toHaveLength(0);
  });
});
