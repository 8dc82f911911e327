import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type InsertEvent } from 'typeorm';
import { currentContext, type PendingAudit, type RequestContext } from '../common/context/request-context.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner, type UnitOfWorkHook } from '../database/transaction.runner.js';
import type { AuditEntity } from './audit.entity.js';
import { auditRow, type AuditRecord } from './audit-rows.js';
import { entityIdOf } from './audit-naming.js';
import { AuditRepository } from './audit.repository.js';

interface UnitScope {
  ctx: RequestContext | undefined;
  rows: AuditEntity[];
  /** The id of the first entity the unit inserted through the ORM (the created entity, when the work returns no id). */
  firstInsertedId?: string;
}

/**
 * Puts audit rows inside the transaction of the change they record. Every unit of work of the TransactionRunner is
 * wrapped: rows recorded during it (`AuditService.recordIn`) wait for its end and are appended to the chain just before
 * the commit, and the first unit of a write request that changes data also appends the request's pending row (set by
 * the AuditInterceptor). So a change never commits without its audit row, and a failed audit insert rolls the change
 * back.
 */
@Injectable()
export class AuditUnitOfWork implements UnitOfWorkHook, OnModuleInit {
  /** Keyed by the transaction's EntityManager; units sharing one (group commit) run one after the other. */
  private readonly scopes = new WeakMap<EntityManager, UnitScope>();

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    private readonly tx: TransactionRunner,
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.tx.setHook(this);
    const subscriber: EntitySubscriberInterface = {
      afterInsert: (event: InsertEvent<unknown>) => this.noteInsert(event),
    };
    this.ds.subscribers.push(subscriber);
  }

  private noteInsert(event: InsertEvent<unknown>): void {
    const scope = this.scopes.get(event.manager);
    const id = (event.entity as { id?: unknown } | undefined)?.id;
    if (scope && scope.firstInsertedId === undefined && typeof id === 'string') scope.firstInsertedId = id;
  }

  wrap<T>(work: (em: EntityManager) => Promise<T>): {
    work: (em: EntityManager) => Promise<T>;
    settle(committed: boolean): void;
  } {
    // Captured now, in the caller's context: a grouped unit runs later, in the context of whoever started its group.
    const ctx = currentContext();
    const pending = ctx?.audit;
    let claimed = false;
    const release = () => {
      if (claimed && pending) pending.claimed = false;
      claimed = false;
    };
    return {
      work: async (em) => {
        release(); // a runner that retries the work after a failed attempt: that attempt's claim was rolled back
        const scope: UnitScope = { ctx, rows: [] };
        this.scopes.set(em, scope);
        try {
          const mark = pending && !pending.claimed ? await this.changeMark(em) : null;
          const result = await work(em);
          if (pending && mark !== null && (await this.changedSince(em, mark)) && !pending.claimed) {
            pending.claimed = claimed = true;
            scope.rows.push(this.pendingRow(pending, ctx, result, scope.firstInsertedId));
          }
          await this.repo.append(em, scope.rows);
          return result;
        } catch (error) {
          release();
          throw error;
        } finally {
          this.scopes.delete(em);
        }
      },
      settle: (committed) => {
        if (!committed) release();
      },
    };
  }

  /** Records a row in the transaction of `em`: at the end of its unit of work, or at once outside one. */
  async record(em: EntityManager, rec: AuditRecord): Promise<void> {
    const scope = this.scopes.get(em);
    if (scope) scope.rows.push(auditRow(rec, scope.ctx ?? currentContext(), this.clock.now()));
    else await this.repo.append(em, [auditRow(rec, currentContext(), this.clock.now())]);
  }

  /** The entity id: what the work returned or the route names (entityIdOf), else the first entity it inserted. */
  private pendingRow(
    p: PendingAudit,
    ctx: RequestContext | undefined,
    result: unknown,
    inserted: string | undefined,
  ): AuditEntity {
    const entityId = entityIdOf(result, p.params) ?? inserted ?? null;
    return auditRow(
      { action: p.action, entityType: p.entityType, entityId, summary: p.summary },
      ctx,
      this.clock.now(),
    );
  }

  /** SQLite: the connection's change counter before the work; PostgreSQL needs no mark (see changedSince). */
  private async changeMark(em: EntityManager): Promise<number> {
    if (this.tx.isPostgres) return 0;
    const rows = await em.query<{ n: number }[]>('SELECT total_changes() AS n');
    return Number(rows[0]!.n);
  }

  /**
   * Whether the work changed data: SQLite counts changed rows; PostgreSQL (13+) gives a transaction an id on its first
   * write or row lock, so a SELECT … FOR UPDATE also counts (harmless: the row then records a locked read-modify).
   */
  private async changedSince(em: EntityManager, mark: number): Promise<boolean> {
    if (this.tx.isPostgres) {
      const rows = await em.query<{ w: boolean }[]>('SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS w');
      return rows[0]!.w === true;
    }
    return (await this.changeMark(em)) > mark;
  }
}
