import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlainInsert } from '../database/plain-insert.js';
import { AuditEntity } from './audit.entity.js';
import { ENTITY_UNIT_SQL } from './audit-scope.js';
import { chainedContent } from './audit-rows.js';
import { type ChainHead, EMPTY_HEAD, link } from './domain/audit-chain.js';

/** Key of the PostgreSQL transaction advisory lock that makes appends to the chain one at a time, across instances. */
export const AUDIT_CHAIN_LOCK_KEY = 7_240_193_017;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  actorUsername?: string;
  /** Instants bounding `at`: from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditRepository {
  private readonly plainInsert: PlainInsert<AuditEntity>;

  constructor(@Inject(DataSource) private readonly ds: DataSource) {
    this.plainInsert = new PlainInsert(ds, AuditEntity);
  }

  /**
   * Appends rows to the hash chain inside the caller's transaction, just before it commits. On PostgreSQL a transaction
   * advisory lock (held until commit or rollback) serialises appends across connections and instances, so each append
   * reads the committed head; on SQLite the connection itself is serial. The insert trigger also refuses any `seq` other
   * than head + 1 and a `prev_hash` other than the head's hash. (A REPEATABLE READ/SERIALIZABLE transaction would read
   * a stale head and fail on that check: audited writes run at READ COMMITTED, the default.)
   */
  async append(em: EntityManager, rows: AuditEntity[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.ds.options.type === 'postgres') await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const linked = link(await this.head(em), rows.map(chainedContent)).rows;
    for (let i = 0; i < rows.length; i += 1) {
      const row = Object.assign(rows[i]!, {
        seq: linked[i]!.seq,
        prevHash: linked[i]!.prevHash,
        hash: linked[i]!.hash,
      });
      await this.plainInsert.run(em, row);
    }
  }

  private async head(em: EntityManager): Promise<ChainHead> {
    const rows = await em.query<{ seq: number | string; hash: string }[]>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    );
    return rows.length === 0 ? EMPTY_HEAD : { seq: Number(rows[0]!.seq), hash: rows[0]!.hash };
  }

  /** The unit an audited entity belongs to, or null when its type has no unit or it does not exist (any more). */
  async unitOf(entityType: string, entityId: string): Promise<string | null> {
    const pg = this.ds.options.type === 'postgres';
    for (const sql of ENTITY_UNIT_SQL[entityType] ?? []) {
      const rows = await this.ds.query<{ unit_id: string | null }[]>(pg ? sql : sql.replace(/\$1/g, '?'), [entityId]);
      if (rows.length > 0) return rows[0]!.unit_id;
    }
    return null;
  }

  async list(f: AuditFilter): Promise<{ items: AuditEntity[]; total: number }> {
    const qb = this.ds
      .getRepository(AuditEntity)
      .createQueryBuilder('a')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(f.limit)
      .skip(f.offset);
    if (f.entityType) qb.andWhere('a.entity_type = :et', { et: f.entityType });
    if (f.entityId) qb.andWhere('a.entity_id = :eid', { eid: f.entityId });
    if (f.action) qb.andWhere('a.action = :ac', { ac: f.action });
    if (f.actorId) qb.andWhere('a.actor_id = :aid', { aid: f.actorId });
    if (f.actorUsername) qb.andWhere('a.actor_username = :aun', { aun: f.actorUsername });
    if (f.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.at < :to', { to: f.to });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
