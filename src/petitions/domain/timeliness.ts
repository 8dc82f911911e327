/**
 * The stored timeliness of a petition (columns `late_completed`, `open_due_at`, `paused` of `petitions`): what the
 * periodic report needs of its tasks and pauses, kept up to date in the transaction of every task write (the tasks
 * module hands its summary over) and of every pause and resume. It stays exact as time passes without any write:
 * the earliest open due instant is stored, not an "overdue" flag, and compared with the report's "now".
 */

/** What one task contributes: its due instant and when it was completed (null while not completed). */
export interface TimelinessTask {
  dueAt: Date;
  completedAt: Date | null;
}

/** The summary of a petition's tasks. */
export interface TaskTimeliness {
  /** Some task was completed after its due instant (for good: a completed task stays completed). */
  lateCompleted: boolean;
  /** The earliest due instant of the tasks not completed; null when every task is completed (or there is none). */
  openDueAt: Date | null;
}

export function taskTimeliness(tasks: readonly TimelinessTask[]): TaskTimeliness {
  let lateCompleted = false;
  let openDueAt: Date | null = null;
  for (const t of tasks) {
    if (t.completedAt) {
      if (t.completedAt.getTime() > t.dueAt.getTime()) lateCompleted = true;
    } else if (!openDueAt || t.dueAt.getTime() < openDueAt.getTime()) openDueAt = t.dueAt;
  }
  return { lateCompleted, openDueAt };
}

/**
 * Late at `asOf`: a task completed late, or a task still open past its due instant while the clock runs (no open
 * pause). The SQL form, in the report's reader: `late_completed OR (NOT paused AND open_due_at < :asOf)`.
 */
export function isLateAt(t: TaskTimeliness & { paused: boolean }, asOf: Date): boolean {
  return t.lateCompleted || (!t.paused && t.openDueAt !== null && t.openDueAt.getTime() < asOf.getTime());
}
