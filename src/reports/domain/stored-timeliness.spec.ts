import { describe, expect, it } from '@jest/globals';
import { isLateAt, taskTimeliness } from '../../petitions/domain/timeliness.js';
import { type PetitionTaskFact, petitionTimeliness } from './figures.js';

/**
 * The report counts overdue petitions from the summary the petitions module stores (petitions/domain/timeliness.ts):
 * it must say "late" exactly when the rule of the report (`petitionTimeliness`) says "overdue", at any "now".
 */
const endOfDay = (d: string) => new Date(`${d}T23:59:59.999+07:00`);
const at = (iso: string) => new Date(iso);

describe('stored petition timeliness', () => {
  it('keeps the earliest open due instant and whether a task was completed late', () => {
    const s = taskTimeliness([
      { dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-10T22:00:00+07:00') },
      { dueAt: endOfDay('2026-03-20'), completedAt: null },
      { dueAt: endOfDay('2026-03-15'), completedAt: null },
    ]);
    expect(s).toEqual({ lateCompleted: false, openDueAt: endOfDay('2026-03-15') });
    expect(taskTimeliness([{ dueAt: endOfDay('2026-03-10'), completedAt: at('2026-03-11T08:00:00+07:00') }])).toEqual({
      lateCompleted: true,
      openDueAt: null,
    });
    expect(taskTimeliness([])).toEqual({ lateCompleted: false, openDueAt: null });
  });

  it('an open task becomes late as time passes, without any write', () => {
    const s = { ...taskTimeliness([{ dueAt: endOfDay('2026-03-20'), completedAt: null }]), paused: false };
    expect(isLateAt(s, at('2026-03-20T23:00:00+07:00'))).toBe(false);
    expect(isLateAt(s, at('2026-03-21T00:00:01+07:00'))).toBe(true);
    expect(isLateAt({ ...s, paused: true }, at('2026-03-21T00:00:01+07:00'))).toBe(false);
  });

  it('agrees with petitionTimeliness on every combination of up to three tasks, pause and "now"', () => {
    const dues = [endOfDay('2026-03-05'), endOfDay('2026-03-15'), endOfDay('2026-03-25')];
    const completions = [null, at('2026-03-04T09:00:00+07:00'), at('2026-03-16T09:00:00+07:00')];
    const nows = [at('2026-03-01T00:00:00Z'), at('2026-03-10T00:00:00Z'), at('2026-03-20T00:00:00Z'), at('2026-04-01')];
    const options: PetitionTaskFact[] = dues.flatMap((dueAt) =>
      completions.map((completedAt) => ({ dueAt, completedAt })),
    );
    const sets: PetitionTaskFact[][] = [[]];
    for (const a of options) {
      sets.push([a]);
      for (const b of options) {
        sets.push([a, b]);
        for (const c of options) sets.push([a, b, c]);
      }
    }
    let checked = 0;
    let late = 0;
    for (const tasks of sets)
      for (const paused of [false, true])
        for (const status of ['accepted', 'resolved'])
          for (const asOf of nows) {
            const expected = petitionTimeliness({ status, paused, tasks }, asOf) === 'overdue';
            expect(isLateAt({ ...taskTimeliness(tasks), paused }, asOf)).toBe(expected);
            checked++;
            if (expected) late++;
          }
    expect(checked).toBe(sets.length * 16);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(checked);
  });
});
