import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ANONYMOUS, currentContext, type Actor } from '../common/context/request-context.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { AuditEntity } from './audit.entity.js';
import { type AuditFilter, AuditRepository } from './audit.repository.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary?: string | null;
  /** Defaults to the actor of the current request. */
  actor?: Actor;
}

/** The append-only audit log: every write and every read of protected data. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private row(rec: AuditRecord): AuditEntity {
    const ctx = currentContext();
    const actor = rec.actor ?? ctx?.actor ?? ANONYMOUS;
    return Object.assign(new AuditEntity(), {
      id: newId(),
      at: this.clock.now(),
      actorId: actor.userId,
      actorUsername: actor.username,
      actorRoles: actor.roles,
      action: rec.action,
      entityType: rec.entityType,
      entityId: rec.entityId ?? null,
      requestId: ctx?.requestId ?? null,
      summary: rec.summary ? rec.summary.slice(0, 300) : null,
    });
  }

  /** Records inside the caller's transaction (preferred: the audit row commits or rolls back with the change). */
  recordIn(em: EntityManager, rec: AuditRecord): Promise<unknown> {
    return this.repo.insert(em, this.row(rec));
  }

  /** Records in a transaction of its own. */
  record(rec: AuditRecord): Promise<unknown> {
    const row = this.row(rec);
    return this.tx.run((em) => this.repo.insert(em, row));
  }

  list(filter: AuditFilter) {
    return this.repo.list(filter);
  }
}
