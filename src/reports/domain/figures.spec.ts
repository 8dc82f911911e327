import { describe, expect, it } from '@jest/globals';
import {
  addFigures,
  commitmentOutcome,
  emptyFigures,
  headReception,
  isTaskLate,
  petitionTimeliness,
  rollUp,
  share,
  tallyCases,
  tallyCommitments,
  tallyPetitions,
  withHeadTotals,
} from './figures.js';
import { isWholeMonths, monthsOf, presetRange, previousRange, sameTimeLastYear } from './periods.js';

/** End of a local day in Asia/Ho_Chi_Minh (UTC+7) as an instant: how the petitions module stores a due day. */
const endOfDay = (d: string) => new Date(`${d}T23:59:59.999+07:00`);
const at = (iso: string) => new Date(iso);
const asOf = at('2026-03-31T10:00:00+07:00');

describe('petition timeliness', () => {
  it('answered on the last day of its clock is on time (any hour of that day)', () => {
    const p = {
      status: 'resolved',
      paused: false,
      tasks: [{ dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-10T22:30:00+07:00') }],
    };
    expect(petitionTimeliness(p, asOf)).toBe('on_time');
  });

  it('answered the day after the last day is overdue', () => {
    const p = {
      status: 'resolved',
      paused: false,
      tasks: [{ dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-11T08:00:00+07:00') }],
    };
    expect(petitionTimeliness(p, asOf)).toBe('overdue');
  });

  it('a paused petition whose due day has passed is not overdue while its clock is stopped', () => {
    const tasks = [{ dueAt: endOfDay('2026-03-20'), completedAt: null }];
    expect(petitionTimeliness({ status: 'accepted', paused: true, tasks }, asOf)).toBe('pending');
    expect(petitionTimeliness({ status: 'accepted', paused: false, tasks }, asOf)).toBe('overdue');
  });

  it('a paused petition already answered late stays overdue (the pause does not erase a finished delay)', () => {
    const t = { dueAt: endOfDay('2026-03-01'), completedAt: at('2026-03-05T09:00:00+07:00') };
    expect(isTaskLate(t, true, asOf)).toBe(true);
  });

  it('open and not yet due is pending; one late task of several makes the petition overdue', () => {
    expect(
      petitionTimeliness(
        { status: 'accepted', paused: false, tasks: [{ dueAt: endOfDay('2026-04-10'), completedAt: null }] },
        asOf,
      ),
    ).toBe('pending');
    expect(
      petitionTimeliness(
        {
          status: 'resolved',
          paused: false,
          tasks: [
            { dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-02T09:00:00+07:00') },
            { dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-12T09:00:00+07:00') },
          ],
        },
        asOf,
      ),
    ).toBe('overdue');
  });

  it('refused or transferred without tasks is handled on time; received without tasks is pending', () => {
    expect(petitionTimeliness({ status: 'refused', paused: false, tasks: [] }, asOf)).toBe('on_time');
    expect(petitionTimeliness({ status: 'transferred', paused: false, tasks: [] }, asOf)).toBe('on_time');
    expect(petitionTimeliness({ status: 'received', paused: false, tasks: [] }, asOf)).toBe('pending');
  });

  it('tallies received, handled, on time, overdue and the on-time share', () => {
    const c = tallyPetitions(
      [
        {
          status: 'resolved',
          paused: false,
          tasks: [{ dueAt: endOfDay('2026-03-10'), completedAt: endOfDay('2026-03-10') }],
        },
        {
          status: 'resolved',
          paused: false,
          tasks: [{ dueAt: endOfDay('2026-03-10'), completedAt: endOfDay('2026-03-11') }],
        },
        { status: 'accepted', paused: false, tasks: [{ dueAt: endOfDay('2026-03-12'), completedAt: null }] },
        { status: 'received', paused: false, tasks: [] },
      ],
      asOf,
    );
    expect(c).toEqual({ received: 4, handled: 2, onTime: 1, overdue: 2, onTimeShare: 0.5 });
  });
});

describe('dialogue commitments', () => {
  const due = endOfDay('2026-03-15');
  it('finished on the due day is on time; finished late is done but overdue; open past due is overdue', () => {
    expect(commitmentOutcome({ dueAt: due, completedAt: at('2026-03-15T17:00:00+07:00'), done: true }, asOf)).toBe(
      'done_on_time',
    );
    expect(commitmentOutcome({ dueAt: due, completedAt: at('2026-03-16T08:00:00+07:00'), done: true }, asOf)).toBe(
      'done_late',
    );
    expect(commitmentOutcome({ dueAt: due, completedAt: null, done: false }, asOf)).toBe('overdue');
    expect(commitmentOutcome({ dueAt: endOfDay('2026-04-15'), completedAt: null, done: false }, asOf)).toBe('open');
  });

  it('tallies a commitment finished late as done and overdue, not on time', () => {
    expect(
      tallyCommitments(
        [
          { dueAt: due, completedAt: at('2026-03-10T08:00:00+07:00'), done: true },
          { dueAt: due, completedAt: at('2026-03-20T08:00:00+07:00'), done: true },
          { dueAt: due, completedAt: null, done: false },
          { dueAt: endOfDay('2026-05-01'), completedAt: null, done: false },
        ],
        asOf,
      ),
    ).toEqual({ commitments: 4, commitmentsDone: 2, commitmentsOnTime: 1, commitmentsOverdue: 2 });
  });
});

describe('reception', () => {
  const row = (over: Partial<Parameters<typeof headReception>[0][number]>) => ({
    officialId: 'h1',
    fullName: 'Nguyễn Văn A',
    title: 'Chủ tịch',
    body: 'government',
    unitId: 'u1',
    required: 4,
    heldInPerson: 3,
    heldByDeputy: 1,
    shortfall: 1,
    ...over,
  });

  it('a session held by a deputy is shown apart and does not cover the head’s minimum', () => {
    const heads = headReception([row({})]);
    expect(heads[0]).toMatchObject({ required: 4, held: 3, heldByDeputy: 1, missed: 1 });
    const r = withHeadTotals(emptyFigures().reception, heads);
    expect(r).toMatchObject({ sessionsRequired: 4, sessionsHeld: 3, sessionsHeldByDeputy: 1, sessionsMissed: 1 });
  });

  it('sums the party committee and government heads', () => {
    const r = withHeadTotals(
      emptyFigures().reception,
      headReception([
        row({}),
        row({ officialId: 'h2', body: 'party', required: 2, heldInPerson: 2, heldByDeputy: 0, shortfall: 0 }),
      ]),
    );
    expect(r).toMatchObject({ sessionsRequired: 6, sessionsHeld: 5, sessionsHeldByDeputy: 1, sessionsMissed: 1 });
    expect(r.heads).toHaveLength(2);
  });

  it('counts people (a group counts all its people), group cases from 5 people, cases by type', () => {
    expect(
      tallyCases([
        { petitionType: 'complaint', groupSize: 1 },
        { petitionType: 'complaint', groupSize: 6 },
        { petitionType: 'feedback', groupSize: 4 },
        { petitionType: 'denunciation', groupSize: 0 },
      ]),
    ).toEqual({
      citizensReceived: 12,
      groupCases: 1,
      cases: { complaint: 2, denunciation: 1, recommendation: 0, feedback: 1 },
    });
  });
});

describe('roll-up', () => {
  it('adds every count and recomputes the shares from the sums (not an average of shares)', () => {
    const a = emptyFigures();
    a.petitions = { ...a.petitions, received: 10, handled: 4, onTime: 4, overdue: 0, onTimeShare: 1 };
    a.petitions.byType.complaint = { received: 10, handled: 4, onTime: 4, overdue: 0, onTimeShare: 1 };
    a.reception.adHocByTrigger.complex_case = 1;
    a.reception.adHocSessions = 1;
    a.dialogues.held = 1;
    const b = emptyFigures();
    b.petitions = { ...b.petitions, received: 5, handled: 1, onTime: 0, overdue: 1, onTimeShare: 0 };
    b.petitions.byType.complaint = { received: 5, handled: 1, onTime: 0, overdue: 1, onTimeShare: 0 };
    b.dialogues.held = 2;
    const s = addFigures(a, b);
    expect(s.petitions).toMatchObject({ received: 15, handled: 5, onTime: 4, overdue: 1, onTimeShare: 0.8 });
    expect(s.petitions.byType.complaint.onTimeShare).toBe(0.8);
    expect(s.petitions.byType.feedback.onTimeShare).toBeNull();
    expect(s.reception.adHocByTrigger).toEqual({ complex_case: 1, serious_risk: 0 });
    expect(s.dialogues.held).toBe(3);
    expect(rollUp([a, b, emptyFigures()])).toEqual(s);
    expect(rollUp([])).toEqual(emptyFigures());
  });

  it('share is null on nothing handled', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(2, 3)).toBe(0.6667);
  });
});

describe('periods', () => {
  it('presets of Conclusion 215: month, Q1, 6 and 9 months and the year, cumulative from 1 January', () => {
    expect(presetRange('month', 2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('q1', 2026)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetRange('half', 2026)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(presetRange('nine_months', 2026)).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    expect(presetRange('year', 2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(() => presetRange('month', 2026, 13)).toThrow(RangeError);
  });

  it('previous period: whole months step back by months, other ranges by days', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousRange({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(previousRange({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousRange({ from: '2026-03-10', to: '2026-03-19' })).toEqual({ from: '2026-02-28', to: '2026-03-09' });
  });

  it('same time last year keeps month ends and turns 29 February into 28 February', () => {
    expect(sameTimeLastYear({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(sameTimeLastYear({ from: '2027-02-01', to: '2027-02-28' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(sameTimeLastYear({ from: '2028-02-29', to: '2028-03-05' })).toEqual({
      from: '2027-02-28',
      to: '2027-03-05',
    });
  });

  it('whole months and the months touched', () => {
    expect(isWholeMonths({ from: '2026-01-01', to: '2026-02-28' })).toBe(true);
    expect(isWholeMonths({ from: '2026-01-01', to: '2026-02-27' })).toBe(false);
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
