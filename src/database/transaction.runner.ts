import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Mutex } from '../common/concurrency/mutex.js';
import { GroupCommit } from './group-commit.js';
import {
  type QueryRunnerTxState,
  type RawSqliteConnection,
  SqliteTransactionGuard,
} from './sqlite-transaction-guard.js';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

type Work<T> = (em: EntityManager) => Promise<T>;

/**
 * Wraps every unit of work given to `run`/`runGrouped` (the audit log appends its rows at the end of the work, inside
 * the transaction, just before the commit). `wrap` is called synchronously in the caller's async context; `settle` is
 * told whether the unit's transaction committed.
 */
export interface UnitOfWorkHook {
  wrap<T>(work: Work<T>): { work: Work<T>; settle(committed: boolean): void };
}

/**
 * The one way services write. On SQLite TypeORM holds a single connection that cannot carry two transactions, so
 * transactions are queued in-process; on PostgreSQL each gets its own pooled connection.
 *
 * On SQLite every transaction is framed by a {@link SqliteTransactionGuard}: a failed COMMIT (disk full, I/O error)
 * can never leave the connection inside a transaction that later writes would silently join, and a write is answered
 * only once SQLite is out of its transaction (i.e. it committed).
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteQueue = new Mutex();
  private readonly sqlite: boolean;
  private readonly grouped: GroupCommit<EntityManager>;
  private hook: UnitOfWorkHook | null = null;
  private guardInstance?: SqliteTransactionGuard;
  private readonly logger = new Logger('Database');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.sqlite = dataSource.options.type !== 'postgres';
    this.grouped = new GroupCommit<EntityManager>({
      transaction: (body) => this.runRaw(body),
      savepoint: (em, name) => em.query(`SAVEPOINT ${name}`),
      release: (em, name) => em.query(`RELEASE SAVEPOINT ${name}`),
      rollbackTo: (em, name) => em.query(`ROLLBACK TO SAVEPOINT ${name}`),
    });
  }

  get isPostgres(): boolean {
    return !this.sqlite;
  }

  /** SQLite only: the guard of the single connection (its state feeds the health check). */
  get sqliteGuard(): SqliteTransactionGuard | undefined {
    if (!this.sqlite) return undefined;
    if (!this.guardInstance) {
      const driver = this.dataSource.driver as unknown as { databaseConnection: RawSqliteConnection };
      const busyTimeoutMs = Number(driver.databaseConnection.pragma('busy_timeout', { simple: true })) || 0;
      this.guardInstance = new SqliteTransactionGuard(
        () => driver.databaseConnection,
        // better-sqlite3's query runner is a singleton: createQueryRunner() returns the one every transaction uses.
        () => this.dataSource.createQueryRunner() as unknown as QueryRunnerTxState,
        busyTimeoutMs,
        (message, err) => (err ? this.logger.error({ err }, message) : this.logger.error(message)),
      );
    }
    return this.guardInstance;
  }

  /** Installs the one unit-of-work hook (the audit module does, at start-up). */
  setHook(hook: UnitOfWorkHook): void {
    this.hook = hook;
  }

  run<T>(work: (em: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return this.hooked(work, (w) => this.runRaw(w, isolation));
  }

  private hooked<T>(work: Work<T>, exec: (work: Work<T>) => Promise<T>): Promise<T> {
    if (!this.hook) return exec(work);
    const unit = this.hook.wrap(work);
    return exec(unit.work).then(
      (value) => (unit.settle(true), value),
      (error: unknown) => {
        unit.settle(false);
        throw error;
      },
    );
  }

  private runRaw<T>(work: Work<T>, isolation?: IsolationLevel): Promise<T> {
    if (this.sqlite) return this.sqliteQueue.runExclusive(() => this.runSqlite(work));
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }

  /**
   * Like `run` for short units of work that arrive in storms (bookings). On SQLite, where transactions are serial
   * anyway, the units that queue up behind a running transaction share the next one, each in its own savepoint
   * (group commit, see group-commit.ts); a unit's promise settles only after its group committed. On PostgreSQL each
   * unit has its own transaction, as with `run`, so units on different rows run in parallel.
   */
  runGrouped<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.sqlite ? this.hooked(work, (w) => this.grouped.run(w)) : this.run(work);
  }

  private async runSqlite<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const guard = this.sqliteGuard!;
    guard.beforeTransaction();
    let result: T;
    try {
      result = await this.dataSource.transaction(work);
    } catch (error) {
      guard.afterFailure(error);
      throw error;
    }
    guard.afterCommit();
    return result;
  }
}
