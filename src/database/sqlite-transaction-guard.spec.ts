import { describe, expect, it } from '@jest/globals';
import { DatabaseBusyError, DatabaseUnavailableError } from './database-errors.js';
import {
  type QueryRunnerTxState,
  type RawSqliteConnection,
  SqliteTransactionGuard,
} from './sqlite-transaction-guard.js';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

/** A connection whose transaction state and failures the test controls. */
class FakeConnection implements RawSqliteConnection {
  inTransaction = false;
  failRollback = false;
  lockedByOther = false;
  busyTimeout = 1500;
  executed: string[] = [];

  exec(sql: string): void {
    this.executed.push(sql);
    if (sql === 'ROLLBACK') {
      if (!this.inTransaction) throw sqliteError('SQLITE_ERROR');
      if (this.failRollback) throw sqliteError('SQLITE_IOERR');
      this.inTransaction = false;
    } else if (sql === 'BEGIN IMMEDIATE') {
      if (this.lockedByOther) throw sqliteError('SQLITE_BUSY');
      this.inTransaction = true;
    }
  }

  pragma(sql: string): void {
    const m = /^busy_timeout = (\d+)$/.exec(sql);
    if (m) this.busyTimeout = Number(m[1]);
  }
}

function setup() {
  const raw = new FakeConnection();
  const state: QueryRunnerTxState = { isTransactionActive: false, transactionDepth: 0 };
  const logs: string[] = [];
  const guard = new SqliteTransactionGuard(
    () => raw,
    () => state,
    1500,
    (m) => logs.push(m),
  );
  return { raw, state, guard, logs };
}

describe('SqliteTransactionGuard', () => {
  it('lets a transaction start on a clean connection without touching it', () => {
    const { raw, guard } = setup();
    guard.beforeTransaction();
    expect(raw.executed).toEqual([]);
  });

  it("after a COMMIT that SQLite rolled back by itself (SQLITE_FULL), resets TypeORM's belief in an open transaction", () => {
    const { raw, state, guard } = setup();
    // TypeORM's COMMIT failed, its ROLLBACK failed ("no transaction is active"): it still counts one open transaction.
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    guard.afterFailure({ driverError: sqliteError('SQLITE_FULL') });
    expect(state).toEqual({ isTransactionActive: false, transactionDepth: 0 });
    expect(raw.inTransaction).toBe(false);
    expect(guard.lastStorageFailure?.code).toBe('SQLITE_FULL');
  });

  it('rolls back a transaction SQLite kept open after a failed COMMIT, so the next write is not a savepoint inside it', () => {
    const { raw, state, guard } = setup();
    raw.inTransaction = true;
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    guard.afterFailure({ driverError: sqliteError('SQLITE_IOERR_WRITE') });
    expect(raw.executed).toEqual(['ROLLBACK']);
    expect(raw.inTransaction).toBe(false);
    expect(state).toEqual({ isTransactionActive: false, transactionDepth: 0 });
  });

  it('finds and rolls back a stale transaction before BEGIN, whoever left it', () => {
    const { raw, state, guard } = setup();
    raw.inTransaction = true;
    state.isTransactionActive = true;
    state.transactionDepth = 2;
    guard.beforeTransaction();
    expect(raw.inTransaction).toBe(false);
    expect(state).toEqual({ isTransactionActive: false, transactionDepth: 0 });
  });

  it('refuses transactions (503) while the ROLLBACK fails, and recovers once it succeeds', () => {
    const { raw, state, guard, logs } = setup();
    raw.inTransaction = true;
    raw.failRollback = true;
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    guard.afterFailure(sqliteError('SQLITE_IOERR'));
    expect(guard.isBroken).toBe(true);
    expect(() => guard.beforeTransaction()).toThrow(DatabaseUnavailableError);
    expect(() => guard.beforeTransaction()).toThrow(DatabaseUnavailableError);
    expect(logs.filter((l) => l.includes('stuck'))).toHaveLength(1);
    raw.failRollback = false;
    guard.beforeTransaction();
    expect(guard.isBroken).toBe(false);
    expect(raw.inTransaction).toBe(false);
    expect(state).toEqual({ isTransactionActive: false, transactionDepth: 0 });
  });

  it('never lets a commit count as done while SQLite is still inside a transaction (it was only a savepoint)', () => {
    const { raw, guard } = setup();
    raw.inTransaction = true;
    expect(() => guard.afterCommit()).toThrow(DatabaseUnavailableError);
    expect(raw.inTransaction).toBe(false);
  });

  it('remembers a storage failure until a commit succeeds', () => {
    const { guard } = setup();
    guard.afterFailure({ driverError: sqliteError('SQLITE_FULL') });
    guard.afterFailure(new Error('validation failed'));
    expect(guard.lastStorageFailure).not.toBeNull();
    guard.beforeTransaction();
    guard.afterCommit();
    expect(guard.lastStorageFailure).toBeNull();
  });

  it('after SQLITE_BUSY, fails the next transactions at once while another process holds the lock, then lets them through', () => {
    const { raw, guard } = setup();
    guard.afterFailure({ driverError: sqliteError('SQLITE_BUSY') });
    raw.lockedByOther = true;
    const timeouts: number[] = [];
    const pragma = raw.pragma.bind(raw);
    raw.pragma = (sql: string) => {
      pragma(sql);
      if (sql === 'busy_timeout = 0') timeouts.push(0);
    };
    expect(() => guard.beforeTransaction()).toThrow(DatabaseBusyError);
    expect(timeouts).toEqual([0]); // probed without waiting
    expect(raw.busyTimeout).toBe(1500); // and the wait restored for real statements
    expect(raw.inTransaction).toBe(false);
    raw.lockedByOther = false;
    guard.beforeTransaction();
    expect(raw.executed.slice(-2)).toEqual(['BEGIN IMMEDIATE', 'ROLLBACK']);
    raw.executed.length = 0;
    guard.beforeTransaction(); // lock seen free: no more probing
    expect(raw.executed).toEqual([]);
  });
});
