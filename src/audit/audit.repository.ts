import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlainInsert } from '../database/plain-insert.js';
import { AuditEntity } from './audit.entity.js';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditRepository {
  private readonly plainInsert: PlainInsert<AuditEntity>;

  constructor(@Inject(DataSource) private readonly ds: DataSource) {
    this.plainInsert = new PlainInsert(ds, AuditEntity);
  }

  /** Every write records a row: a plain INSERT (see PlainInsert), not the query builder. */
  insert(em: EntityManager, row: AuditEntity): Promise<unknown> {
    return this.plainInsert.run(em, row);
  }

  async list(f: AuditFilter): Promise<{ items: AuditEntity[]; total: number }> {
    const qb = this.ds.getRepository(AuditEntity).createQueryBuilder('a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').take(f.limit).skip(f.offset);
    if (f.entityType) qb.andWhere('a.entity_type = :et', { et: f.entityType });
    if (f.entityId) qb.andWhere('a.entity_id = :eid', { eid: f.entityId });
    if (f.action) qb.andWhere('a.action = :ac', { ac: f.action });
    if (f.actorId) qb.andWhere('a.actor_id = :aid', { aid: f.actorId });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
