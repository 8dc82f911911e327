import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction.runner.js';
import type { AuditRecord } from './audit-rows.js';
import { AuditUnitOfWork } from './audit-unit-of-work.js';
import { type AuditFilter, AuditRepository } from './audit.repository.js';

export type { AuditRecord } from './audit-rows.js';

/** The append-only, hash-chained audit log: every write and every read of protected data. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly tx: TransactionRunner,
    private readonly unitOfWork: AuditUnitOfWork,
  ) {}

  /** Records inside the caller's transaction (preferred: the audit row commits or rolls back with the change). */
  recordIn(em: EntityManager, rec: AuditRecord): Promise<unknown> {
    return this.unitOfWork.record(em, rec);
  }

  /** Records in a transaction of its own. */
  record(rec: AuditRecord): Promise<unknown> {
    return this.tx.run((em) => this.unitOfWork.record(em, rec));
  }

  unitOf(entityType: string, entityId: string): Promise<string | null> {
    return this.repo.unitOf(entityType, entityId);
  }

  list(filter: AuditFilter) {
    return this.repo.list(filter);
  }
}
