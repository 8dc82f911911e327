import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxMessageEntity, type OutboxStatus } from './outbox-message.entity.js';

export interface OutboxFilter {
  status?: OutboxStatus;
  kind?: string;
  limit: number;
  offset: number;
}

/** Every SQL call of the outbox. */
@Injectable()
export class OutboxRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  get isPostgres(): boolean {
    return this.ds.options.type === 'postgres';
  }

  /** INSERT … ON CONFLICT DO NOTHING (PostgreSQL) / INSERT OR IGNORE (SQLite): a duplicate never aborts the transaction. */
  async insertIgnoringDuplicate(em: EntityManager, row: OutboxMessageEntity): Promise<boolean> {
    await em.createQueryBuilder().insert().into(OutboxMessageEntity).values(row).orIgnore().execute();
    if (row.dedupeKey === null) return true;
    const found = await em.getRepository(OutboxMessageEntity).exists({ where: { id: row.id } });
    return found;
  }

  list(f: OutboxFilter): Promise<[OutboxMessageEntity[], number]> {
    const qb = this.ds.getRepository(OutboxMessageEntity).createQueryBuilder('m');
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('m.kind = :kind', { kind: f.kind });
    return qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'ASC').take(f.limit).skip(f.offset).getManyAndCount();
  }

  findById(id: string): Promise<OutboxMessageEntity | null> {
    return this.ds.getRepository(OutboxMessageEntity).findOneBy({ id });
  }
}
