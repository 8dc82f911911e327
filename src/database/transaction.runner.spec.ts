import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction.runner.js';

const sqliteFull = () =>
  Object.assign(new Error('database or disk is full'), {
    driverError: Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
  });

/**
 * A real SQLite database behind TypeORM, whose COMMIT (and ROLLBACK) the test can make fail the ways a full disk makes
 * them fail; what counts is what another connection reads from the file (what survives a restart).
 */
describe('TransactionRunner on SQLite after a failed COMMIT', () => {
  let dir: string;
  let ds: DataSource;
  let tx: TransactionRunner;
  let raw: Database.Database;
  const failures: Record<string, (() => void) | undefined> = {};

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tiepdan-runner-'));
    ds = await new DataSource({
      type: 'better-sqlite3',
      database: join(dir, 'db.sqlite'),
      enableWAL: true,
    }).initialize();
    await ds.query('CREATE TABLE t (v TEXT NOT NULL)');
    raw = (ds.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
    const qr = ds.createQueryRunner();
    const query = qr.query.bind(qr) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
    (qr as unknown as { query: typeof query }).query = async (sql: string, ...rest: unknown[]) => {
      const fail = failures[sql];
      if (fail) {
        failures[sql] = undefined;
        fail();
      }
      return query(sql, ...rest);
    };
    tx = new TransactionRunner(ds);
  });

  afterEach(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The rows another connection reads: what is durable. */
  function durable(): string[] {
    const other = new Database(join(dir, 'db.sqlite'), { readonly: true });
    try {
      return (other.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v);
    } finally {
      other.close();
    }
  }

  const insert = (v: string) => (em: { query(sql: string, p: unknown[]): Promise<unknown> }) =>
    em.query('INSERT INTO t (v) VALUES (?)', [v]).then(() => v);

  it('commits the next write for real when COMMIT and then ROLLBACK failed and SQLite kept the transaction open', async () => {
    failures.COMMIT = () => {
      throw sqliteFull();
    };
    failures.ROLLBACK = () => {
      throw sqliteFull();
    };
    await expect(tx.run(insert('lost'))).rejects.toMatchObject({ driverError: { code: 'SQLITE_FULL' } });
    expect(raw.inTransaction).toBe(false);
    await expect(tx.run(insert('kept'))).resolves.toBe('kept');
    expect(durable()).toEqual(['kept']);
    expect(tx.sqliteGuard!.lastStorageFailure).toBeNull();
  });

  it('commits the next write for real when SQLite rolled the failed COMMIT back by itself', async () => {
    failures.COMMIT = () => {
      raw.exec('ROLLBACK'); // what SQLite does on SQLITE_FULL at COMMIT; TypeORM's own ROLLBACK then fails
      throw sqliteFull();
    };
    await expect(tx.run(insert('lost'))).rejects.toMatchObject({ driverError: { code: 'SQLITE_FULL' } });
    expect(tx.sqliteGuard!.lastStorageFailure?.code).toBe('SQLITE_FULL');
    await tx.run(insert('kept-1'));
    await tx.run(insert('kept-2'));
    expect(durable()).toEqual(['kept-1', 'kept-2']);
  });

  it('group commit: rejects every unit of the group whose COMMIT failed, then commits the next groups durably', async () => {
    failures.COMMIT = () => {
      throw sqliteFull();
    };
    failures.ROLLBACK = () => {
      throw sqliteFull();
    };
    const first = await Promise.allSettled([tx.runGrouped(insert('a')), tx.runGrouped(insert('b'))]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const next = await Promise.all([tx.runGrouped(insert('c')), tx.runGrouped(insert('d'))]);
    expect(next).toEqual(['c', 'd']);
    expect(durable()).toEqual(['c', 'd']);
  });

  it('rolls back a stale transaction found before BEGIN, so the write is not nested in it and is durable', async () => {
    raw.exec('BEGIN'); // someone else's transaction the runner's would be nested in
    const qr = ds.createQueryRunner() as unknown as { isTransactionActive: boolean; transactionDepth: number };
    qr.isTransactionActive = true;
    qr.transactionDepth = 1;
    await expect(tx.run(insert('x'))).resolves.toBe('x'); // the stale transaction is rolled back before BEGIN
    expect(durable()).toEqual(['x']);
  });
});
