import { describe, expect, it } from '@jest/globals';
import { petitionTasksFacts } from './petition-progress.reporter.js';

describe('petitionTasksFacts', () => {
  const at = new Date('2026-03-10T02:00:00Z');
  it('counts active, done and answered tasks; work has begun once a task is in progress or done', () => {
    expect(petitionTasksFacts([{ status: 'open', resultAt: null }], '2026-03-10')).toEqual({
      active: 1,
      done: 0,
      answered: 0,
      startedOn: null,
      on: '2026-03-10',
    });
    expect(
      petitionTasksFacts(
        [
          { status: 'in_progress', resultAt: null },
          { status: 'returned', resultAt: null },
        ],
        '2026-03-10',
      ),
    ).toEqual({ active: 1, done: 0, answered: 0, startedOn: '2026-03-10', on: '2026-03-10' });
    expect(
      petitionTasksFacts(
        [
          { status: 'done', resultAt: at },
          { status: 'done', resultAt: null },
        ],
        '2026-03-10',
      ),
    ).toEqual({ active: 0, done: 2, answered: 1, startedOn: '2026-03-10', on: '2026-03-10' });
  });
});
