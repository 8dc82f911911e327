import { DomainError } from '../common/errors/domain-error.js';
import { DB_PROBLEMS } from '../common/errors/db-errors.js';

/**
 * The database cannot take the request now (connection lost, stuck transaction, time-out). 503; the error filter adds
 * `Retry-After`.
 */
export class DatabaseUnavailableError extends DomainError {
  constructor(code: 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' = 'DATABASE_UNAVAILABLE') {
    super(code, 503, DB_PROBLEMS[code].detail);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Another process holds the database's write lock. */
export class DatabaseBusyError extends DomainError {
  constructor() {
    super('DATABASE_BUSY', 503, DB_PROBLEMS.DATABASE_BUSY.detail);
    this.name = 'DatabaseBusyError';
  }
}

/** The disk holding the database is full: nothing can be written until space is freed. */
export class DatabaseStorageFullError extends DomainError {
  constructor() {
    super('DATABASE_STORAGE_FULL', 503, DB_PROBLEMS.DATABASE_STORAGE_FULL.detail);
    this.name = 'DatabaseStorageFullError';
  }
}
