/**
 * Group commit: units of work that arrive while a transaction is running are carried out together in the next
 * transaction, each inside its own savepoint, and the whole group commits once.
 *
 * - A unit that throws is rolled back to its savepoint; the others of its group are unaffected and it gets its error.
 * - No unit is answered before its group has committed: a caller told "done" can rely on the change being durable.
 * - When the commit itself fails, every unit of the group that had succeeded is rejected with that error (nothing of
 *   the group was written).
 * - Units run one after the other, in arrival order, so each sees the changes of the units before it (serial order).
 *
 * A group starts at the end of the event loop's current turn (setImmediate), so it carries every unit that arrived in
 * that turn plus those that queued while the previous group ran. Under light load a group holds one unit and waits
 * for nothing but the end of the turn; under a storm the cost of a commit (on SQLite the WAL write, the largest part
 * of a booking's database time) is shared by the whole group.
 */

/** The database operations group commit needs, given the transaction's handle `H`. */
export interface GroupCommitDriver<H> {
  /** Runs `body` inside one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(body: (handle: H) => Promise<T>): Promise<T>;
  savepoint(handle: H, name: string): Promise<unknown>;
  release(handle: H, name: string): Promise<unknown>;
  rollbackTo(handle: H, name: string): Promise<unknown>;
}

interface Unit<H> {
  work: (handle: H) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  outcome?: { ok: true; value: unknown } | { ok: false; error: unknown };
}

const SAVEPOINT = 'group_unit';

export class GroupCommit<H> {
  private queue: Unit<H>[] = [];
  private flushing = false;
  private scheduled = false;
  private groups = 0;
  private units = 0;

  /** `maxGroup`: the most units one transaction carries (bounds the time a group holds the write lock). */
  constructor(
    private readonly driver: GroupCommitDriver<H>,
    private readonly maxGroup = 64,
  ) {
    if (!Number.isInteger(maxGroup) || maxGroup < 1) throw new RangeError('maxGroup must be a positive integer');
  }

  /** How many transactions carried how many units (for tests). */
  get stats(): { groups: number; units: number } {
    return { groups: this.groups, units: this.units };
  }

  run<T>(work: (handle: H) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing && !this.scheduled) {
        // Wait for the end of this turn of the event loop: the requests read from the sockets in the same turn join
        // this group. (A transaction without I/O waits finishes within the turn, so without this every group would
        // hold one unit.)
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          void this.flush();
        });
      }
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
        await this.commitGroup(group);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async commitGroup(group: Unit<H>[]): Promise<void> {
    let failure: { error: unknown } | null = null;
    try {
      await this.driver.transaction(async (handle) => {
        for (const unit of group) unit.outcome = await this.runUnit(handle, unit);
      });
    } catch (error) {
      failure = { error };
    }
    this.groups += 1;
    this.units += group.length;
    for (const unit of group) {
      const outcome = unit.outcome;
      if (outcome && !outcome.ok) unit.reject(outcome.error);
      else if (failure || !outcome) unit.reject(failure ? failure.error : new Error('unit of work did not run'));
      else unit.resolve(outcome.value);
    }
  }

  private async runUnit(handle: H, unit: Unit<H>): Promise<NonNullable<Unit<H>['outcome']>> {
    await this.driver.savepoint(handle, SAVEPOINT);
    try {
      const value = await unit.work(handle);
      await this.driver.release(handle, SAVEPOINT);
      return { ok: true, value };
    } catch (error) {
      // Undo this unit only; if even that fails the transaction is unusable: let the whole group fail.
      await this.driver.rollbackTo(handle, SAVEPOINT);
      await this.driver.release(handle, SAVEPOINT);
      return { ok: false, error };
    }
  }
}
