import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Mutex } from '../common/concurrency/mutex.js';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/**
 * The one way services write. On SQLite TypeORM holds a single connection that cannot carry two transactions, so
 * transactions are queued in-process; on PostgreSQL each gets its own pooled connection.
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteQueue = new Mutex();
  private readonly sqlite: boolean;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.sqlite = dataSource.options.type !== 'postgres';
  }

  get isPostgres(): boolean {
    return !this.sqlite;
  }

  run<T>(work: (em: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    if (this.sqlite) return this.sqliteQueue.runExclusive(() => this.dataSource.transaction(work));
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }
}
