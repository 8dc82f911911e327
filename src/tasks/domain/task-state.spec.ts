import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import type { IsoDate, WorkingCalendar } from '../../calendar/domain/calendar.types.js';
import { weekday } from '../../calendar/domain/iso-date.js';
import {
  allowedActions,
  effectiveTaskDueAt,
  escalationDue,
  invalidTransitionMessage,
  isOverdue,
  mayPerform,
  reminderDue,
  TASK_STATUSES,
  transition,
  type TaskAction,
  type TaskActor,
  type TaskState,
  type TaskStatus,
} from './task-state.js';

const handler: TaskActor = { userId: 'u-handler', roles: ['handler'], unitId: 'unit-a' };
const office: TaskActor = { userId: 'u-office', roles: ['office'], unitId: 'unit-city' };

const task = (status: TaskStatus = 'open', dueAt: string | null = '2026-02-23T16:59:59.999Z'): TaskState => ({
  status,
  assigneeUnitId: 'unit-a',
  dueAt,
});

/** Weekends plus Tết 2026 (Mon 16/2 – Fri 20/2), from explicit dates. */
const tetOff = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
const CAL: WorkingCalendar = { isWorkingDay: (d: IsoDate) => weekday(d) <= 5 && !tetOff.has(d) };

describe('transition', () => {
  it('open → in_progress → done', () => {
    const started = transition(task('open'), { type: 'start' }, handler);
    expect(started).toMatchObject({
      ok: true,
      task: { status: 'in_progress' },
      event: { action: 'start', fromStatus: 'open', toStatus: 'in_progress', byUserId: 'u-handler' },
    });
    if (!started.ok) throw new Error('unreachable');
    const done = transition(started.task, { type: 'complete' }, handler);
    expect(done).toMatchObject({ ok: true, task: { status: 'done' } });
  });

  it.each(['open', 'in_progress'] as const)('%s → returned, with a reason', (status) => {
    const r = transition(task(status), { type: 'return', reason: '  Không thuộc thẩm quyền  ' }, handler);
    expect(r).toMatchObject({
      ok: true,
      task: { status: 'returned', reason: 'Không thuộc thẩm quyền' },
      event: { reason: 'Không thuộc thẩm quyền' },
    });
  });

  it('returning needs a reason', () => {
    expect(transition(task('open'), { type: 'return', reason: '   ' }, handler)).toEqual({
      ok: false,
      code: 'TASK_REASON_REQUIRED',
    });
  });

  it.each(['open', 'in_progress', 'returned'] as const)(
    '%s → reassigned to another unit: open there, with both units in the event',
    (status) => {
      const r = transition(
        task(status),
        { type: 'reassign', toUnitId: 'unit-b', reason: 'Chuyển đơn vị có thẩm quyền' },
        office,
      );
      expect(r).toEqual({
        ok: true,
        task: {
          status: 'open',
          assigneeUnitId: 'unit-b',
          dueAt: '2026-02-23T16:59:59.999Z',
          reason: 'Chuyển đơn vị có thẩm quyền',
        },
        event: {
          action: 'reassign',
          fromStatus: status,
          toStatus: 'open',
          byUserId: 'u-office',
          reason: 'Chuyển đơn vị có thẩm quyền',
          fromUnitId: 'unit-a',
          toUnitId: 'unit-b',
        },
      });
    },
  );

  it('reassigning needs a reason and another unit', () => {
    expect(transition(task(), { type: 'reassign', toUnitId: 'unit-b', reason: '' }, office)).toEqual({
      ok: false,
      code: 'TASK_REASON_REQUIRED',
    });
    expect(transition(task(), { type: 'reassign', toUnitId: 'unit-a', reason: 'x' }, office)).toEqual({
      ok: false,
      code: 'TASK_SAME_ASSIGNEE',
    });
  });

  it.each([
    ['open', { type: 'complete' }],
    ['in_progress', { type: 'start' }],
    ['done', { type: 'start' }],
    ['done', { type: 'complete' }],
    ['done', { type: 'return', reason: 'x' }],
    ['done', { type: 'reassign', toUnitId: 'unit-b', reason: 'x' }],
    ['returned', { type: 'start' }],
    ['returned', { type: 'complete' }],
    ['returned', { type: 'return', reason: 'x' }],
  ] as [TaskStatus, TaskAction][])('%s + %j → INVALID_TASK_TRANSITION', (status, action) => {
    expect(transition(task(status), action, office)).toEqual({ ok: false, code: 'INVALID_TASK_TRANSITION' });
  });

  it('never mutates its input', () => {
    const t = task('open');
    transition(t, { type: 'reassign', toUnitId: 'unit-b', reason: 'x' }, office);
    expect(t).toEqual(task('open'));
  });

  const arbAction: fc.Arbitrary<TaskAction> = fc.oneof(
    fc.constant({ type: 'start' } as const),
    fc.constant({ type: 'complete' } as const),
    fc.record({ type: fc.constant('return' as const), reason: fc.constantFrom('', 'Lý do') }),
    fc.record({
      type: fc.constant('reassign' as const),
      toUnitId: fc.constantFrom('unit-a', 'unit-b', 'unit-c'),
      reason: fc.constantFrom('', 'Lý do'),
    }),
  );

  it('property: any sequence of actions keeps a valid status; done is final; failures change nothing', () => {
    fc.assert(
      fc.property(fc.array(arbAction, { maxLength: 25 }), (actions) => {
        let t = task('open');
        for (const a of actions) {
          const r = transition(t, a, office);
          if (r.ok) {
            expect(t.status).not.toBe('done');
            expect(allowedActions(t.status)).toContain(a.type);
            expect(r.event.fromStatus).toBe(t.status);
            expect(r.event.toStatus).toBe(r.task.status);
            t = r.task;
          } else if (r.code === 'INVALID_TASK_TRANSITION') {
            expect(allowedActions(t.status)).not.toContain(a.type);
          }
          expect(TASK_STATUSES).toContain(t.status);
        }
      }),
    );
  });
});

describe('mayPerform', () => {
  it('handlers of the assignee unit work the task; others do not', () => {
    expect(mayPerform(task(), 'start', handler)).toBe(true);
    expect(mayPerform(task(), 'complete', { ...handler, unitId: 'unit-b' })).toBe(false);
    expect(mayPerform(task(), 'return', { ...handler, roles: ['viewer'] })).toBe(false);
  });

  it('office, leader and admin reassign; handlers do not', () => {
    expect(mayPerform(task(), 'reassign', office)).toBe(true);
    expect(mayPerform(task(), 'reassign', { ...office, roles: ['leader'] })).toBe(true);
    expect(mayPerform(task(), 'reassign', { ...office, roles: ['admin'] })).toBe(true);
    expect(mayPerform(task(), 'reassign', handler)).toBe(false);
  });
});

describe('isOverdue (due at the end of Mon 23/2/2026, Vietnam time)', () => {
  it('flips one millisecond after the end of the local day', () => {
    expect(isOverdue(task(), '2026-02-23T16:59:59.999Z')).toBe(false);
    expect(isOverdue(task(), '2026-02-23T17:00:00.000Z')).toBe(true);
    expect(isOverdue(task(), new Date('2026-02-24T00:00:00+07:00'))).toBe(true);
  });

  it('only active tasks are overdue, and only with a due date', () => {
    const late = '2026-03-01T00:00:00Z';
    expect(isOverdue(task('in_progress'), late)).toBe(true);
    expect(isOverdue(task('done'), late)).toBe(false);
    expect(isOverdue(task('returned'), late)).toBe(false);
    expect(isOverdue(task('open', null), late)).toBe(false);
  });
});

describe('reminderDue (2 working days before, across Tết 2026)', () => {
  // Due Mon 23/2, right after Tết. Working days left are counted in (today, 23/2].
  it('Wed 11/2: 3 working days left (12, 13, 23/2) → not yet', () => {
    expect(reminderDue(task(), '2026-02-11T02:00:00Z', CAL)).toBe(false);
  });

  it('Thu 12/2: 2 working days left (13, 23/2) despite 11 calendar days → remind', () => {
    expect(reminderDue(task(), '2026-02-12T02:00:00Z', CAL)).toBe(true);
  });

  it('uses the local date: 11/2 at 18:00 UTC is already Thu 12/2 in Vietnam', () => {
    expect(reminderDue(task(), '2026-02-11T18:00:00Z', CAL)).toBe(true);
  });

  it('not on a day off (Tết), and only once a day', () => {
    expect(reminderDue(task(), '2026-02-17T02:00:00Z', CAL)).toBe(false);
    expect(reminderDue(task(), '2026-02-13T02:00:00Z', CAL, 2, '2026-02-13')).toBe(false);
    expect(reminderDue(task(), '2026-02-13T02:00:00Z', CAL, 2, '2026-02-12')).toBe(true);
  });

  it('on the due day itself, until it ends', () => {
    expect(reminderDue(task(), '2026-02-23T16:00:00Z', CAL)).toBe(true);
    expect(reminderDue(task(), '2026-02-23T17:00:00Z', CAL)).toBe(false);
  });

  it('honours daysBefore and ignores finished or undated tasks', () => {
    expect(reminderDue(task(), '2026-02-11T02:00:00Z', CAL, 3)).toBe(true);
    expect(reminderDue(task('done'), '2026-02-12T02:00:00Z', CAL)).toBe(false);
    expect(reminderDue(task('returned'), '2026-02-12T02:00:00Z', CAL)).toBe(false);
    expect(reminderDue(task('open', null), '2026-02-12T02:00:00Z', CAL)).toBe(false);
  });
});

describe('escalationDue (once per task and local day)', () => {
  it('escalates an overdue task once per Vietnamese calendar day', () => {
    const now = '2026-02-23T18:00:00Z'; // Tue 24/2 01:00 in Vietnam
    expect(escalationDue(task(), now, null)).toBe(true);
    expect(escalationDue(task(), now, '2026-02-23')).toBe(true);
    expect(escalationDue(task(), now, '2026-02-24')).toBe(false);
    expect(escalationDue(task(), '2026-02-24T16:59:59Z', '2026-02-24')).toBe(false);
    expect(escalationDue(task(), '2026-02-24T17:00:00Z', '2026-02-24')).toBe(true);
  });

  it('not before the deadline, nor for done tasks', () => {
    expect(escalationDue(task(), '2026-02-23T10:00:00Z', null)).toBe(false);
    expect(escalationDue(task('done'), '2026-03-01T00:00:00Z', null)).toBe(false);
  });

  it('property: a daily job with a moving clock escalates at most once per local day', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * 24 * 60 }), { minLength: 1, maxLength: 40 }), (minutes) => {
        const ticks = [...minutes]
          .sort((a, b) => a - b)
          .map((m) => new Date(Date.parse('2026-02-23T00:00:00Z') + m * 60_000));
        let last: IsoDate | null = null;
        const escalatedDays: string[] = [];
        for (const now of ticks) {
          if (escalationDue(task(), now, last)) {
            last = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
            escalatedDays.push(last);
          }
        }
        expect(new Set(escalatedDays).size).toBe(escalatedDays.length);
      }),
    );
  });
});

describe('effectiveTaskDueAt', () => {
  it('an earlier date from the conclusion wins; a later one does not loosen the deadline', () => {
    expect(effectiveTaskDueAt('2026-03-10T16:59:59.999Z', '2026-03-05T16:59:59.999Z')).toBe('2026-03-05T16:59:59.999Z');
    expect(effectiveTaskDueAt('2026-03-10T16:59:59.999Z', '2026-03-20T16:59:59.999Z')).toBe('2026-03-10T16:59:59.999Z');
    expect(effectiveTaskDueAt('2026-03-10T16:59:59.999Z', null)).toBe('2026-03-10T16:59:59.999Z');
    expect(effectiveTaskDueAt(null, '2026-03-20T16:59:59.999Z')).toBe('2026-03-20T16:59:59.999Z');
    expect(effectiveTaskDueAt(null)).toBeNull();
  });

  it('compares instants, not strings', () => {
    expect(effectiveTaskDueAt('2026-03-10T16:59:59.999Z', '2026-03-10T20:00:00+07:00')).toBe(
      '2026-03-10T20:00:00+07:00',
    );
  });
});

describe('invalidTransitionMessage', () => {
  it('names the current state in Vietnamese and the actions still possible', () => {
    expect(invalidTransitionMessage('open', 'complete')).toBe(
      'Không thể hoàn thành nhiệm vụ đang ở trạng thái “Chưa xử lý”. Từ trạng thái này chỉ có thể: bắt đầu xử lý, trả lại, giao cho đơn vị khác.',
    );
    expect(invalidTransitionMessage('returned', 'start')).toBe(
      'Không thể bắt đầu xử lý nhiệm vụ đang ở trạng thái “Trả lại”. Từ trạng thái này chỉ có thể: giao cho đơn vị khác.',
    );
    expect(invalidTransitionMessage('done', 'return')).toContain('Đây là trạng thái cuối');
  });
  it('never puts an API status value in the message', () => {
    for (const status of TASK_STATUSES) {
      for (const action of ['start', 'complete', 'return', 'reassign'] as const) {
        expect(invalidTransitionMessage(status, action)).not.toMatch(
          /\b(open|in_progress|done|returned|start|complete|return|reassign)\b/,
        );
      }
    }
  });
});
