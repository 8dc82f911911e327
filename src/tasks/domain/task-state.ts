/**
 * Follow-up tasks (nhiệm vụ xử lý): the state machine and the clock rules of the daily job.
 * Pure: every function takes `now` explicitly.
 *
 *   open ──start──▶ in_progress ──complete──▶ done
 *   open | in_progress ──return(reason)──▶ returned
 *   open | in_progress | returned ──reassign(unit, reason)──▶ open (at the new unit)
 *
 * Decision: reassignment is a transition of the same task, not a terminal state: the task
 * moves to the new assignee unit and starts again as `open`; the event records both units and
 * the reason. `done` is final. Who may perform an action (handlers of the assignee unit work a
 * task; office, leader or admin reassign) is answered by `mayPerform`; the service enforces it
 * together with unit scope.
 */
import { DateTime } from '../../common/time/luxon.js';
import type { IsoDate } from '../../calendar/domain/calendar.types.js';
import { countWorkingDaysBetween, type CalendarLike } from '../../calendar/domain/working-days.js';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'returned'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  open: 'Chưa xử lý',
  in_progress: 'Đang xử lý',
  done: 'Đã hoàn thành',
  returned: 'Trả lại',
};

export const DEFAULT_TASK_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface TaskState {
  status: TaskStatus;
  assigneeUnitId: string;
  /** Due instant (UTC ISO); `null` when no due date applies. */
  dueAt: string | null;
  /** Reason of the last return or reassignment. */
  reason?: string | null;
}

export type TaskAction =
  | { type: 'start' }
  | { type: 'complete' }
  | { type: 'return'; reason: string }
  | { type: 'reassign'; toUnitId: string; reason: string };

export interface TaskActor {
  userId: string;
  roles: readonly string[];
  unitId: string | null;
}

export interface TaskEvent {
  action: TaskAction['type'];
  fromStatus: TaskStatus;
  toStatus: TaskStatus;
  byUserId: string;
  reason?: string;
  fromUnitId?: string;
  toUnitId?: string;
}

export type TaskErrorCode = 'INVALID_TASK_TRANSITION' | 'TASK_REASON_REQUIRED' | 'TASK_SAME_ASSIGNEE';

export type TransitionResult<T extends TaskState> =
  { ok: true; task: T; event: TaskEvent } | { ok: false; code: TaskErrorCode };

const ALLOWED_FROM: Readonly<Record<TaskAction['type'], readonly TaskStatus[]>> = {
  start: ['open'],
  complete: ['in_progress'],
  return: ['open', 'in_progress'],
  reassign: ['open', 'in_progress', 'returned'],
};

const TARGET: Readonly<Record<TaskAction['type'], TaskStatus>> = {
  start: 'in_progress',
  complete: 'done',
  return: 'returned',
  reassign: 'open',
};

/** Actions possible from a status, in a stable order (for UIs and property tests). */
export function allowedActions(status: TaskStatus): TaskAction['type'][] {
  return (Object.keys(ALLOWED_FROM) as TaskAction['type'][]).filter((a) => ALLOWED_FROM[a].includes(status));
}

/** What each action does, in Vietnamese (for messages; the API's status values never appear in them). */
export const TASK_ACTION_LABELS: Readonly<Record<TaskAction['type'], string>> = {
  start: 'bắt đầu xử lý',
  complete: 'hoàn thành',
  return: 'trả lại',
  reassign: 'giao cho đơn vị khác',
};

/** Why `action` cannot be done from `status`, and which actions can: "Không thể hoàn thành … Từ trạng thái này chỉ có thể: …". */
export function invalidTransitionMessage(status: TaskStatus, action: TaskAction['type']): string {
  const head = `Không thể ${TASK_ACTION_LABELS[action]} nhiệm vụ đang ở trạng thái “${TASK_STATUS_LABELS[status]}”.`;
  const possible = allowedActions(status).map((a) => TASK_ACTION_LABELS[a]);
  return possible.length === 0
    ? `${head} Đây là trạng thái cuối, nhiệm vụ không thể chuyển sang trạng thái khác.`
    : `${head} Từ trạng thái này chỉ có thể: ${possible.join(', ')}.`;
}

/** Applies `action`; never mutates `task`. */
export function transition<T extends TaskState>(task: T, action: TaskAction, actor: TaskActor): TransitionResult<T> {
  if (!ALLOWED_FROM[action.type].includes(task.status)) return { ok: false, code: 'INVALID_TASK_TRANSITION' };
  const toStatus = TARGET[action.type];
  const event: TaskEvent = { action: action.type, fromStatus: task.status, toStatus, byUserId: actor.userId };
  if (action.type === 'return' || action.type === 'reassign') {
    const reason = typeof action.reason === 'string' ? action.reason.trim() : '';
    if (reason === '') return { ok: false, code: 'TASK_REASON_REQUIRED' };
    event.reason = reason;
    if (action.type === 'reassign') {
      if (action.toUnitId === task.assigneeUnitId) return { ok: false, code: 'TASK_SAME_ASSIGNEE' };
      event.fromUnitId = task.assigneeUnitId;
      event.toUnitId = action.toUnitId;
      return { ok: true, task: { ...task, status: toStatus, assigneeUnitId: action.toUnitId, reason }, event };
    }
    return { ok: true, task: { ...task, status: toStatus, reason }, event };
  }
  return { ok: true, task: { ...task, status: toStatus }, event };
}

/** Handlers of the assignee unit work the task; office, leader and admin reassign it. */
export function mayPerform(task: TaskState, action: TaskAction['type'], actor: TaskActor): boolean {
  if (actor.roles.includes('admin')) return true;
  if (action === 'reassign') return actor.roles.includes('office') || actor.roles.includes('leader');
  return actor.roles.includes('handler') && actor.unitId !== null && actor.unitId === task.assigneeUnitId;
}

/** A task whose clock runs: open or in progress. */
export function isActive(task: Pick<TaskState, 'status'>): boolean {
  return task.status === 'open' || task.status === 'in_progress';
}

function toMillis(instant: string | Date): number {
  const ms = typeof instant === 'string' ? DateTime.fromISO(instant, { setZone: true }).toMillis() : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

function localDay(instant: string | Date, zone: string): IsoDate {
  return DateTime.fromMillis(toMillis(instant), { zone }).toISODate() as IsoDate;
}

/** Active and past its due instant. */
export function isOverdue(task: TaskState, now: Date | string): boolean {
  return isActive(task) && task.dueAt !== null && toMillis(now) > toMillis(task.dueAt);
}

/**
 * Should the daily job remind the assignee today? Yes when the task is active, not yet overdue,
 * today (local) is a working day, at most `daysBefore` working days remain until the due day
 * (counted in `(today, dueDay]`, so the due day itself gives 0), and no reminder went out today.
 */
export function reminderDue(
  task: TaskState,
  now: Date | string,
  calendar: CalendarLike,
  daysBefore = 2,
  lastRemindedOn: IsoDate | null = null,
  zone: string = DEFAULT_TASK_TIME_ZONE,
): boolean {
  if (!isActive(task) || task.dueAt === null || isOverdue(task, now)) return false;
  const today = localDay(now, zone);
  if (lastRemindedOn === today) return false;
  const isWorking = typeof calendar === 'function' ? calendar(today) : calendar.isWorkingDay(today);
  if (!isWorking) return false;
  return countWorkingDaysBetween(calendar, today, localDay(task.dueAt, zone)) <= daysBefore;
}

/** Escalate to the unit's head and office: overdue, and not yet escalated this local day. */
export function escalationDue(
  task: TaskState,
  now: Date | string,
  lastEscalatedOn: IsoDate | null,
  zone: string = DEFAULT_TASK_TIME_ZONE,
): boolean {
  return isOverdue(task, now) && lastEscalatedOn !== localDay(now, zone);
}

/**
 * A task's due instant: the petition's deadline, unless the conclusion set an earlier one
 * (a later date requested by a conclusion does not loosen the statutory deadline).
 */
export function effectiveTaskDueAt(deadlineDueAt: string | null, requestedDueAt?: string | null): string | null {
  if (!requestedDueAt) return deadlineDueAt;
  if (!deadlineDueAt) return requestedDueAt;
  return toMillis(requestedDueAt) < toMillis(deadlineDueAt) ? requestedDueAt : deadlineDueAt;
}
