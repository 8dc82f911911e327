import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { PETITION_STATUSES, type PetitionStatus } from './petition-types.js';
import { nextPetitionProgress, type PetitionTasksFacts } from './petition-status.js';

const facts = (over: Partial<PetitionTasksFacts> = {}): PetitionTasksFacts => ({
  active: 1,
  done: 0,
  answered: 0,
  startedOn: null,
  on: '2026-03-10',
  ...over,
});

describe('petition status from its tasks', () => {
  it('stays received while no task has started', () => {
    expect(nextPetitionProgress({ status: 'received', acceptedOn: null }, facts())).toBeNull();
  });

  it('becomes accepted on the day the first task starts', () => {
    expect(nextPetitionProgress({ status: 'received', acceptedOn: null }, facts({ startedOn: '2026-03-09' }))).toEqual({
      status: 'accepted',
      acceptedOn: '2026-03-09',
    });
    expect(
      nextPetitionProgress({ status: 'accepted', acceptedOn: '2026-03-06' }, facts({ startedOn: '2026-03-09' })),
    ).toBeNull();
  });

  it('is resolved when every task is done and an answer is recorded, keeping the acceptance day', () => {
    const done = facts({ active: 0, done: 2, answered: 1, startedOn: '2026-03-09', on: '2026-03-20' });
    expect(nextPetitionProgress({ status: 'accepted', acceptedOn: '2026-03-06' }, done)).toEqual({
      status: 'resolved',
      acceptedOn: '2026-03-06',
    });
    expect(nextPetitionProgress({ status: 'received', acceptedOn: null }, done)).toEqual({
      status: 'resolved',
      acceptedOn: '2026-03-09',
    });
    expect(nextPetitionProgress({ status: 'received', acceptedOn: null }, { ...done, startedOn: null })).toEqual({
      status: 'resolved',
      acceptedOn: '2026-03-20',
    });
    expect(nextPetitionProgress({ status: 'transferred', acceptedOn: null }, done)).toEqual({
      status: 'resolved',
      acceptedOn: null,
    });
  });

  it('is not resolved while a task is active or no answer is recorded', () => {
    expect(
      nextPetitionProgress(
        { status: 'accepted', acceptedOn: '2026-03-06' },
        facts({ active: 1, done: 1, answered: 1 }),
      ),
    ).toBeNull();
    expect(
      nextPetitionProgress(
        { status: 'accepted', acceptedOn: '2026-03-06' },
        facts({ active: 0, done: 1, answered: 0 }),
      ),
    ).toBeNull();
  });

  it('only moves forward: final statuses never change, and resolved is reached only with every task done', () => {
    const rank: Record<PetitionStatus, number> = { received: 0, transferred: 1, accepted: 1, refused: 2, resolved: 2 };
    const arb = fc.record({
      status: fc.constantFrom(...PETITION_STATUSES),
      accepted: fc.boolean(),
      active: fc.nat(3),
      done: fc.nat(3),
      answered: fc.nat(3),
      started: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const p = { status: a.status, acceptedOn: a.accepted ? '2026-03-02' : null };
        const next = nextPetitionProgress(
          p,
          facts({ active: a.active, done: a.done, answered: a.answered, startedOn: a.started ? '2026-03-05' : null }),
        );
        if (!next) return;
        expect(rank[next.status]).toBeGreaterThan(rank[p.status]);
        if (next.status === 'resolved') expect(a.active === 0 && a.done > 0 && a.answered > 0).toBe(true);
        if (next.status === 'accepted' || (next.status === 'resolved' && p.status === 'received'))
          expect(next.acceptedOn).not.toBeNull();
        if (p.acceptedOn) expect(next.acceptedOn).toBe(p.acceptedOn);
      }),
    );
  });
});
