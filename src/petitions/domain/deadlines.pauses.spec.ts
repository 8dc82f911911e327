import { describe, it, expect } from '@jest/globals';
import { computeDeadlines, mergePauses, type Deadline, type Pause } from './deadlines.js';
import { CAL_2026, WEEKENDS_ONLY, preset2026 } from './testing/fixtures.fixture-spec.js';

const preset = preset2026();

function notice(receivedOn: string, pauses: Pause[], calendar = WEEKENDS_ONLY): Deadline {
  const d = computeDeadlines({ type: 'feedback', receivedOn, preset, calendar, pauses }).find(
    (x) => x.step === 'notice',
  );
  if (!d) throw new Error('no notice step');
  return d;
}

function resolution(acceptedOn: string, pauses: Pause[], calendar = WEEKENDS_ONLY): Deadline {
  const d = computeDeadlines({
    type: 'denunciation',
    receivedOn: '2026-02-02',
    acceptedOn,
    preset,
    calendar,
    pauses,
  }).find((x) => x.step === 'resolution');
  if (!d) throw new Error('no resolution step');
  return d;
}

describe('pauses on a working-day step', () => {
  // Received Mon 2/3/2026; without a pause the notice is due Mon 16/3.
  it('no pause: the base date', () => {
    expect(notice('2026-03-02', [])).toMatchObject({ dueOn: '2026-03-16', pausedDays: 0, paused: false });
  });

  it('moves the due date by the paused working days', () => {
    // Paused Wed 4/3 → Mon 9/3: Thu 5, Fri 6, Mon 9 = 3 working days (the weekend is not counted) → Thu 19/3.
    expect(notice('2026-03-02', [{ from: '2026-03-04', to: '2026-03-09' }])).toMatchObject({
      dueOn: '2026-03-19',
      pausedDays: 3,
    });
  });

  it('a pause over a weekend only counts its working days', () => {
    // Fri 6/3 → Mon 9/3: only Monday is paused → Tue 17/3.
    expect(notice('2026-03-02', [{ from: '2026-03-06', to: '2026-03-09' }])).toMatchObject({
      dueOn: '2026-03-17',
      pausedDays: 1,
    });
  });

  it('a pause across Tết counts only the working days inside it', () => {
    // Received Mon 9/2: base 10, 11, 12, 13, 23, 24, 25, 26, 27/2, 2/3 → Mon 2/3.
    expect(notice('2026-02-09', [], CAL_2026).dueOn).toBe('2026-03-02');
    // Paused Thu 12/2 → Tue 24/2: 13, 23, 24 are working days → 3 more: 3, 4, 5/3.
    expect(notice('2026-02-09', [{ from: '2026-02-12', to: '2026-02-24' }], CAL_2026)).toMatchObject({
      dueOn: '2026-03-05',
      pausedDays: 3,
    });
  });

  it('a pause starting after the due date changes nothing', () => {
    expect(notice('2026-03-02', [{ from: '2026-03-17', to: '2026-03-25' }])).toMatchObject({
      dueOn: '2026-03-16',
      pausedDays: 0,
    });
  });

  it('a pause starting on the due date itself still counts', () => {
    // Paused Mon 16/3 → Wed 18/3: 2 working days → Wed 18/3.
    expect(notice('2026-03-02', [{ from: '2026-03-16', to: '2026-03-18' }])).toMatchObject({
      dueOn: '2026-03-18',
      pausedDays: 2,
    });
  });

  it('a first pause can bring a later one inside the period', () => {
    // First pause → 19/3; the second (18/3 → 20/3: 19, 20 = 2 days) now starts inside → Mon 23/3.
    const pauses = [
      { from: '2026-03-04', to: '2026-03-09' },
      { from: '2026-03-18', to: '2026-03-20' },
    ];
    expect(notice('2026-03-02', pauses)).toMatchObject({ dueOn: '2026-03-23', pausedDays: 5 });
    // Order of input does not matter.
    expect(notice('2026-03-02', [...pauses].reverse()).dueOn).toBe('2026-03-23');
  });

  it('overlapping pauses are not counted twice', () => {
    // 4/3 → 9/3 and 6/3 → 10/3 merge into 4/3 → 10/3: 5, 6, 9, 10 = 4 days → Fri 20/3.
    const d = notice('2026-03-02', [
      { from: '2026-03-04', to: '2026-03-09' },
      { from: '2026-03-06', to: '2026-03-10' },
    ]);
    expect(d).toMatchObject({ dueOn: '2026-03-20', pausedDays: 4 });
  });

  it('an open pause marks the step paused and keeps the date as a lower bound', () => {
    expect(notice('2026-03-02', [{ from: '2026-03-05' }])).toMatchObject({ dueOn: '2026-03-16', paused: true });
    expect(
      notice('2026-03-02', [
        { from: '2026-03-04', to: '2026-03-09' },
        { from: '2026-03-12', to: null },
      ]),
    ).toMatchObject({
      dueOn: '2026-03-19',
      pausedDays: 3,
      paused: true,
    });
  });

  it('an open pause starting after the due date does not pause the step', () => {
    expect(notice('2026-03-02', [{ from: '2026-03-20' }]).paused).toBe(false);
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => notice('2026-03-02', [{ from: '2026-03-09', to: '2026-03-04' }])).toThrow(RangeError);
  });
});

describe('pauses on a calendar-day step', () => {
  // Denunciation accepted Mon 2/3/2026: resolution 2/3 + 30 = Wed 1/4.
  it('moves the due date by the paused calendar days', () => {
    // Paused 10/3 → 15/3: 5 days → 1/4 + 5 = Mon 6/4.
    expect(resolution('2026-03-02', [{ from: '2026-03-10', to: '2026-03-15' }])).toMatchObject({
      dueOn: '2026-04-06',
      pausedDays: 5,
    });
  });

  it('applies the Civil Code roll-over after the pause', () => {
    // Paused 10/3 → 13/3: 3 days → 2/3 + 33 = Sat 4/4 → Mon 6/4.
    expect(resolution('2026-03-02', [{ from: '2026-03-10', to: '2026-03-13' }])).toMatchObject({
      dueOn: '2026-04-06',
      pausedDays: 3,
    });
  });

  it('only the part of a pause after acceptance delays the resolution', () => {
    // Paused 25/2 → 5/3, accepted 2/3: only 3, 4, 5/3 count → 2/3 + 33 = Sat 4/4 → Mon 6/4.
    expect(resolution('2026-03-02', [{ from: '2026-02-25', to: '2026-03-05' }])).toMatchObject({
      pausedDays: 3,
      dueOn: '2026-04-06',
    });
  });

  it('a pause ending on the anchor day does not count', () => {
    expect(resolution('2026-03-02', [{ from: '2026-02-20', to: '2026-03-02' }])).toMatchObject({
      pausedDays: 0,
      dueOn: '2026-04-01',
    });
  });
});

describe('mergePauses', () => {
  it('sorts and merges; a closed pause after an open one bounds how long it has lasted', () => {
    expect(
      mergePauses([
        { from: '2026-03-20', to: '2026-03-22' },
        { from: '2026-03-01', to: '2026-03-05' },
        { from: '2026-03-04', to: '2026-03-08' },
        { from: '2026-03-15' },
      ]),
    ).toEqual([
      { from: '2026-03-01', to: '2026-03-08' },
      // the pause recorded 20 → 22/3 proves the open one (from 15/3) lasted at least until 22/3
      { from: '2026-03-15', to: '2026-03-22' },
      { from: '2026-03-22', to: null },
    ]);
  });

  it('an open pause alone, or before any closed one, stays open from its start', () => {
    expect(
      mergePauses([
        { from: '2026-03-01', to: '2026-03-02' },
        { from: '2026-03-10', to: null },
      ]),
    ).toEqual([
      { from: '2026-03-01', to: '2026-03-02' },
      { from: '2026-03-10', to: null },
    ]);
  });

  it('an open pause starting inside a closed one continues it, keeping the closed part', () => {
    expect(mergePauses([{ from: '2026-03-01', to: '2026-03-05' }, { from: '2026-03-03' }])).toEqual([
      { from: '2026-03-01', to: '2026-03-05' },
      { from: '2026-03-05', to: null },
    ]);
    // On a step: the closed part (5, 6, 9/3) still counts and the step is paused.
    expect(notice('2026-03-02', [{ from: '2026-03-04', to: '2026-03-09' }, { from: '2026-03-05' }])).toMatchObject({
      dueOn: '2026-03-19',
      pausedDays: 3,
      paused: true,
    });
  });

  it('keeps disjoint pauses apart', () => {
    expect(
      mergePauses([
        { from: '2026-03-01', to: '2026-03-02' },
        { from: '2026-03-03', to: '2026-03-04' },
      ]),
    ).toHaveLength(2);
  });
});
