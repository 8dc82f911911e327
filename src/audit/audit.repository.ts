import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  insert(em: EntityManager, row: AuditEntity): Promise<unknown> {
    return em.getRepository(AuditEntity).insert(row);
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
