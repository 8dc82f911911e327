import { describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { type PendingAudit, runWithContext } from '../common/context/request-context.js';
import { Clock } from '../common/time/clock.js';
import type { TransactionRunner } from '../database/transaction.runner.js';
import type { AuditEntity } from './audit.entity.js';
import type { AuditRepository } from './audit.repository.js';
import { AuditUnitOfWork } from './audit-unit-of-work.js';

/** A PostgreSQL-like transaction: `writes` says whether the work changed data (a transaction id was assigned). */
function fixture() {
  const appended: AuditEntity[][] = [];
  const repo = {
    append: async (_em: EntityManager, rows: AuditEntity[]) => {
      if (rows.length) appended.push([...rows]);
    },
  } as unknown as AuditRepository;
  const tx = { isPostgres: true, setHook: () => undefined } as unknown as TransactionRunner;
  const ds = { subscribers: [] } as unknown as DataSource;
  const uow = new AuditUnitOfWork(ds, tx, repo, new Clock());
  let writes = false;
  const em = { query: async () => [{ w: writes }] } as unknown as EntityManager;
  const pending = (): PendingAudit => ({
    action: 'create',
    entityType: 'official',
    params: {},
    summary: 'POST /officials',
    claimed: false,
  });
  const actor = { userId: 'u1', username: 'office', roles: ['office'], unitId: null };
  return {
    uow,
    em,
    appended,
    pending,
    actor,
    setWrites: (w: boolean) => {
      writes = w;
    },
  };
}

describe('AuditUnitOfWork', () => {
  it("appends the request's pending row in the first unit that changes data, with the request id and the work's id", async () => {
    const f = fixture();
    const audit = f.pending();
    await runWithContext({ requestId: 'req-1', actor: f.actor, audit }, async () => {
      f.setWrites(false);
      const read = f.uow.wrap(async () => 'nothing');
      await read.work(f.em);
      read.settle(true);
      expect(audit.claimed).toBe(false);
      f.setWrites(true);
      const write = f.uow.wrap(async () => ({ id: 'official-1' }));
      await write.work(f.em);
      write.settle(true);
      const again = f.uow.wrap(async () => ({ id: 'other' }));
      await again.work(f.em);
    });
    expect(f.appended).toHaveLength(1);
    expect(f.appended[0]![0]).toMatchObject({
      requestId: 'req-1',
      entityId: 'official-1',
      action: 'create',
      actorUsername: 'office',
    });
    expect(audit.claimed).toBe(true);
  });

  it('gives the claim back when the work throws or the commit fails, and on a retried attempt', async () => {
    const f = fixture();
    f.setWrites(true);
    const audit = f.pending();
    await runWithContext({ requestId: 'req-2', actor: f.actor, audit }, async () => {
      const failing = f.uow.wrap(async () => {
        throw new Error('boom');
      });
      await expect(failing.work(f.em)).rejects.toThrow('boom');
      failing.settle(false);
      expect(audit.claimed).toBe(false);

      const unit = f.uow.wrap(async () => ({ id: 'x' }));
      await unit.work(f.em);
      expect(audit.claimed).toBe(true);
      await unit.work(f.em); // the runner retried after a failed commit: the row is appended again
      unit.settle(false);
      expect(audit.claimed).toBe(false);
    });
    expect(f.appended).toHaveLength(2);
  });

  it('keeps rows recorded during a unit for its end, with the context captured when the unit was queued', async () => {
    const f = fixture();
    f.setWrites(false);
    const unit = runWithContext({ requestId: 'req-3', actor: f.actor }, () =>
      f.uow.wrap(async (em) => {
        await f.uow.record(em, { action: 'action:check-in', entityType: 'booking', entityId: 'b1' });
        expect(f.appended).toHaveLength(0);
        return null;
      }),
    );
    // Run later from another request's context, as a group commit does.
    await runWithContext({ requestId: 'someone-else', actor: { ...f.actor, username: 'other' } }, () =>
      unit.work(f.em),
    );
    expect(f.appended).toEqual([
      [expect.objectContaining({ requestId: 'req-3', actorUsername: 'office', entityId: 'b1' })],
    ]);
  });
});
