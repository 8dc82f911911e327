import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GroupCommit, type GroupCommitDriver } from './group-commit.js';

/** An in-memory database with transactions and savepoints: a list of committed entries. */
class FakeDb implements GroupCommitDriver<string[]> {
  committed: string[] = [];
  transactions = 0;
  failNextCommit = false;
  private savepoints: number[] = [];
  private open = false;
  events: string[] = [];

  async transaction<T>(body: (handle: string[]) => Promise<T>): Promise<T> {
    if (this.open) throw new Error('nested transaction');
    this.open = true;
    this.transactions += 1;
    const working = [...this.committed];
    try {
      const result = await body(working);
      await Promise.resolve();
      if (this.failNextCommit) {
        this.failNextCommit = false;
        throw new Error('disk full');
      }
      this.committed = working;
      this.events.push('commit');
      return result;
    } finally {
      this.open = false;
    }
  }

  async savepoint(handle: string[]): Promise<void> {
    this.savepoints.push(handle.length);
  }

  async release(): Promise<void> {
    this.savepoints.pop();
  }

  async rollbackTo(handle: string[]): Promise<void> {
    handle.length = this.savepoints[this.savepoints.length - 1]!;
  }
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('runs a lone unit at once in its own transaction', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    await expect(
      gc.run(async (h) => {
        h.push('a');
        return 1;
      }),
    ).resolves.toBe(1);
    expect(db.committed).toEqual(['a']);
    expect(gc.stats).toEqual({ groups: 1, units: 1 });
  });

  it('carries the units that arrive in the same turn of the event loop in one transaction', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gc.run(async (h) => {
          h.push(`u${i}`);
          await tick();
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(db.committed).toEqual(Array.from({ length: 10 }, (_, i) => `u${i}`));
    expect(db.transactions).toBe(1);
  });

  it('groups the units that arrive while a transaction runs and commits them once', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    const first = gc.run(async (h) => {
      h.push('first');
      await tick();
      await tick();
    });
    await tick(); // the first group is running now
    const later = Array.from({ length: 5 }, (_, i) =>
      gc.run(async (h) => {
        h.push(`u${i}`);
      }),
    );
    await Promise.all([first, ...later]);
    expect(db.committed).toEqual(['first', 'u0', 'u1', 'u2', 'u3', 'u4']);
    expect(db.transactions).toBe(2); // the first alone, the five that waited for it together
  });

  it('answers nobody before the commit', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    const seen: string[] = [];
    await Promise.all(
      [1, 2, 3].map((i) =>
        gc
          .run(async (h) => {
            h.push(`u${i}`);
          })
          .then(() => seen.push(`${db.events.length}`)),
      ),
    );
    expect(seen.every((s) => Number(s) >= 1)).toBe(true);
  });

  it('rolls a failing unit back to its savepoint and keeps the rest of its group', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    const blocker = gc.run(async (h) => {
      h.push('first');
      await tick();
    });
    await tick();
    const ok1 = gc.run(async (h) => {
      h.push('ok1');
    });
    const bad = gc.run(async (h) => {
      h.push('half');
      throw new Error('slot full');
    });
    const ok2 = gc.run(async (h) => {
      h.push('ok2');
    });
    await blocker;
    await expect(bad).rejects.toThrow('slot full');
    await Promise.all([ok1, ok2]);
    expect(db.committed).toEqual(['first', 'ok1', 'ok2']);
    expect(db.transactions).toBe(2);
  });

  it('rejects every unit of a group whose commit fails and writes none of it', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db);
    const blocker = gc.run(async (h) => {
      h.push('first');
      await tick();
      db.failNextCommit = false;
    });
    await blocker;
    db.failNextCommit = true;
    const a = gc.run(async (h) => {
      h.push('a');
    });
    const b = gc.run(async () => {
      throw new Error('own error');
    });
    await expect(a).rejects.toThrow('disk full');
    await expect(b).rejects.toThrow('own error');
    expect(db.committed).toEqual(['first']);
    await expect(
      gc.run(async (h) => {
        h.push('after');
      }),
    ).resolves.toBeUndefined();
    expect(db.committed).toEqual(['first', 'after']);
  });

  it('never carries more units in one transaction than allowed', async () => {
    const db = new FakeDb();
    const gc = new GroupCommit(db, 4);
    const sizes: number[] = [];
    const orig = db.transaction.bind(db);
    db.transaction = async (body) =>
      orig(async (h) => {
        const before = h.length;
        const r = await body(h);
        sizes.push(h.length - before);
        return r;
      });
    await Promise.all(
      Array.from({ length: 13 }, (_, i) =>
        gc.run(async (h) => {
          h.push(String(i));
          await tick();
        }),
      ),
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(db.committed).toHaveLength(13);
  });

  it('refuses a group size that is not a positive integer', () => {
    expect(() => new GroupCommit(new FakeDb(), 0)).toThrow(RangeError);
    expect(() => new GroupCommit(new FakeDb(), 1.5)).toThrow(RangeError);
  });

  it('matches running the successful units one by one, whatever fails and whenever units arrive', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ fails: fc.boolean(), delay: fc.nat(2), waitBefore: fc.boolean() }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 8 }),
        async (units, maxGroup) => {
          const db = new FakeDb();
          const gc = new GroupCommit(db, maxGroup);
          const settled: Promise<unknown>[] = [];
          for (const [i, u] of units.entries()) {
            if (u.waitBefore) await tick();
            settled.push(
              gc
                .run(async (h) => {
                  h.push(`${i}a`);
                  for (let d = 0; d < u.delay; d++) await tick();
                  if (u.fails) throw new Error(`fail ${i}`);
                  h.push(`${i}b`);
                  return i;
                })
                .then(
                  (v) => ({ ok: true, v }),
                  (e: Error) => ({ ok: false, e: e.message }),
                ),
            );
          }
          const outcomes = await Promise.all(settled);
          const expected = units.flatMap((u, i) => (u.fails ? [] : [`${i}a`, `${i}b`]));
          expect(db.committed).toEqual(expected);
          expect(outcomes).toEqual(units.map((u, i) => (u.fails ? { ok: false, e: `fail ${i}` } : { ok: true, v: i })));
          expect(gc.stats.units).toBe(units.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
