import { sqliteFailureKind } from '../common/errors/db-errors.js';
import { DatabaseBusyError, DatabaseUnavailableError } from './database-errors.js';

/** The parts of a better-sqlite3 `Database` the guard uses. */
export interface RawSqliteConnection {
  /** True while the connection is inside a transaction (SQLite's own view, not TypeORM's). */
  readonly inTransaction: boolean;
  exec(sql: string): unknown;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
}

/** TypeORM's view of the single SQLite query runner's transaction (fields of `AbstractSqliteQueryRunner`). */
export interface QueryRunnerTxState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * Keeps the single SQLite connection honest about transactions.
 *
 * Why: when a COMMIT fails with SQLITE_FULL or an I/O error, SQLite may roll the transaction back by itself; TypeORM's
 * own ROLLBACK then fails and TypeORM goes on believing a transaction is open, so every later transaction becomes a
 * savepoint of a transaction that is never committed: the API answers 201 for writes that are lost at the next
 * restart. Or SQLite keeps the transaction open and nothing rolls it back. Either way the connection lies.
 *
 * The guard checks SQLite's own `inTransaction` before every transaction and after every commit or failure:
 * - an open transaction left over by a failure is rolled back and TypeORM's state reset;
 * - if even that ROLLBACK fails, the connection is marked broken and no transaction starts (503) until a later
 *   ROLLBACK succeeds;
 * - a "successful" commit after which SQLite is still inside a transaction was not durable: it is rolled back and the
 *   caller gets a 503, never a 2xx.
 * It also remembers the last storage failure (disk full, I/O error) until a commit succeeds, for the health check,
 * and after a SQLITE_BUSY (another process holds the write lock) probes the lock without waiting before the next
 * transaction, so queued requests fail at once instead of each freezing the process for the busy timeout.
 */
export class SqliteTransactionGuard {
  private broken = false;
  private storageFailure: { code: string; at: number } | null = null;
  private busy = false;

  constructor(
    private readonly connection: () => RawSqliteConnection,
    private readonly txState: () => QueryRunnerTxState,
    private readonly busyTimeoutMs: number,
    private readonly log: (message: string, error?: unknown) => void = () => {},
  ) {}

  /** The last storage failure (SQLITE_FULL, I/O error) not yet followed by a successful commit. */
  get lastStorageFailure(): { code: string; at: number } | null {
    return this.storageFailure;
  }

  get isBroken(): boolean {
    return this.broken;
  }

  /** Before BEGIN: the connection must be outside any transaction, in SQLite's and TypeORM's eyes. */
  beforeTransaction(): void {
    const raw = this.connection();
    const state = this.txState();
    if (this.broken || raw.inTransaction || state.isTransactionActive || state.transactionDepth !== 0) {
      if (!this.reset('stale transaction found before BEGIN')) throw new DatabaseUnavailableError();
    }
    if (this.busy) this.probeWriteLock(raw);
  }

  /** After COMMIT returned: SQLite must be outside a transaction, else nothing was made durable. */
  afterCommit(): void {
    const raw = this.connection();
    const state = this.txState();
    if (raw.inTransaction || state.isTransactionActive || state.transactionDepth !== 0) {
      this.log('COMMIT returned but the connection is still inside a transaction; rolling back');
      this.reset('commit did not end the transaction');
      throw new DatabaseUnavailableError();
    }
    this.storageFailure = null;
    this.busy = false;
  }

  /** After the transaction failed (in the work, at COMMIT or at ROLLBACK): records why and resets the connection. */
  afterFailure(error: unknown): void {
    const kind = sqliteFailureKind(error);
    if (kind === 'storage') this.storageFailure = { code: driverCode(error), at: Date.now() };
    if (kind === 'busy') this.busy = true;
    const raw = this.connection();
    const state = this.txState();
    if (raw.inTransaction || state.isTransactionActive || state.transactionDepth !== 0) {
      this.log(`a failed transaction (${driverCode(error)}) left the connection inside a transaction; resetting it`);
      this.reset('transaction failed');
    }
  }

  /**
   * Rolls back whatever SQLite still has open and resets TypeORM's bookkeeping. Returns false (and marks the connection
   * broken) when SQLite stays inside a transaction.
   */
  reset(reason: string): boolean {
    const raw = this.connection();
    if (raw.inTransaction) {
      try {
        raw.exec('ROLLBACK');
      } catch (error) {
        this.log(`ROLLBACK failed (${reason})`, error);
      }
    }
    if (raw.inTransaction) {
      if (!this.broken)
        this.log(`connection stuck inside a transaction (${reason}); refusing writes until a ROLLBACK succeeds`);
      this.broken = true;
      return false;
    }
    const state = this.txState();
    state.isTransactionActive = false;
    state.transactionDepth = 0;
    if (this.broken) this.log('connection recovered: transaction rolled back');
    this.broken = false;
    return true;
  }

  /** Takes and releases the write lock without waiting; throws DatabaseBusyError when another process holds it. */
  private probeWriteLock(raw: RawSqliteConnection): void {
    raw.pragma('busy_timeout = 0');
    try {
      raw.exec('BEGIN IMMEDIATE');
      raw.exec('ROLLBACK');
      this.busy = false;
    } catch (error) {
      if (raw.inTransaction) raw.exec('ROLLBACK');
      if (sqliteFailureKind(error) === 'busy') throw new DatabaseBusyError();
      throw error;
    } finally {
      raw.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
  }
}

function driverCode(error: unknown): string {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
