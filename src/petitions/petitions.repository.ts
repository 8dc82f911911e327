import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { namedQuery } from '../database/named-query.js';
import type { PetitionType } from './domain/petition-types.js';
import type { TaskTimeliness } from './domain/timeliness.js';
import {
  PetitionEntity,
  PetitionExtensionEntity,
  PetitionIdentityEntity,
  PetitionPauseEntity,
  type PetitionStatus,
} from './petition.entity.js';

export interface PetitionListFilter {
  unitIds: string[] | 'all';
  unitId?: string;
  queue: 'main' | 'anonymous' | 'all';
  type?: PetitionType;
  status?: PetitionStatus;
  /** Instants bounding received_at. */
  from?: Date;
  to?: Date;
  duplicatesOnly?: boolean;
  limit: number;
  offset: number;
}

/** Every ORM call of the petitions module. Writes take the transaction's EntityManager. */
@Injectable()
export class PetitionsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  find(id: string, em?: EntityManager): Promise<PetitionEntity | null> {
    return this.m(em).getRepository(PetitionEntity).findOneBy({ id });
  }

  findMany(ids: string[]): Promise<PetitionEntity[]> {
    return ids.length ? this.ds.getRepository(PetitionEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  async list(f: PetitionListFilter): Promise<{ items: PetitionEntity[]; total: number }> {
    const qb = this.ds.getRepository(PetitionEntity).createQueryBuilder('p');
    if (f.unitIds !== 'all')
      qb.andWhere('p.unit_id IN (:...unitIds)', { unitIds: f.unitIds.length ? f.unitIds : ['-'] });
    if (f.unitId) qb.andWhere('p.unit_id = :unitId', { unitId: f.unitId });
    if (f.queue !== 'all') qb.andWhere('p.queue = :queue', { queue: f.queue });
    if (f.type) qb.andWhere('p.type = :type', { type: f.type });
    if (f.status) qb.andWhere('p.status = :status', { status: f.status });
    if (f.from) qb.andWhere('p.received_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('p.received_at < :to', { to: f.to });
    if (f.duplicatesOnly) qb.andWhere("p.possible_duplicate_of <> '[]'");
    qb.orderBy('p.received_at', 'DESC').addOrderBy('p.id', 'DESC').take(f.limit).skip(f.offset);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * The staff search box: petitions of `unitIds` whose lookup code is `code`, or whose petitioner's name contains
   * `name`. A sealed petition (denunciation) never matches by name: its name is not stored in clear, and the type is
   * excluded as well. Newest first, paged in SQL.
   */
  async search(f: {
    unitIds: string[] | 'all';
    code?: string;
    name?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: PetitionEntity[]; total: number }> {
    const qb = this.ds.getRepository(PetitionEntity).createQueryBuilder('p');
    if (f.unitIds !== 'all')
      qb.andWhere('p.unit_id IN (:...unitIds)', { unitIds: f.unitIds.length ? f.unitIds : ['-'] });
    if (f.code) qb.andWhere('p.lookup_code = :code', { code: f.code });
    else {
      const like = this.ds.options.type === 'postgres' ? 'ILIKE' : 'LIKE';
      const pattern = `%${(f.name ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`p.petitioner_name ${like} :name ESCAPE '\\'`, { name: pattern }).andWhere(
        "p.type <> 'denunciation'",
      );
    }
    qb.orderBy('p.received_at', 'DESC').addOrderBy('p.id', 'DESC').take(f.limit).skip(f.offset);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * What the deadlines of several petitions are computed from (and their type and subject), without the content and
   * the encrypted columns: a list's worth of petitions in one narrow query.
   */
  deadlineFactsOf(ids: readonly string[]): Promise<PetitionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.ds
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .select([
        'p.id',
        'p.unitId',
        'p.type',
        'p.queue',
        'p.status',
        'p.anonymous',
        'p.subject',
        'p.receivedOn',
        'p.acceptedOn',
        'p.remoteArea',
        'p.complex',
        'p.complexity',
        'p.round',
        'p.severalSites',
        'p.transferred',
        'p.updatedAt',
      ])
      .where('p.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /** Pauses of several petitions (one query), by petition. */
  async pausesOf(ids: readonly string[]): Promise<Map<string, PetitionPauseEntity[]>> {
    const out = new Map<string, PetitionPauseEntity[]>();
    if (ids.length === 0) return out;
    const rows = await this.ds
      .getRepository(PetitionPauseEntity)
      .find({ where: { petitionId: In([...ids]) }, order: { fromOn: 'ASC', createdAt: 'ASC' } });
    for (const r of rows) out.set(r.petitionId, [...(out.get(r.petitionId) ?? []), r]);
    return out;
  }

  /** Extensions of several petitions (one query), by petition. */
  async extensionsOf(ids: readonly string[]): Promise<Map<string, PetitionExtensionEntity[]>> {
    const out = new Map<string, PetitionExtensionEntity[]>();
    if (ids.length === 0) return out;
    const rows = await this.ds
      .getRepository(PetitionExtensionEntity)
      .find({ where: { petitionId: In([...ids]) }, order: { seq: 'ASC' } });
    for (const r of rows) out.set(r.petitionId, [...(out.get(r.petitionId) ?? []), r]);
    return out;
  }

  /** Earlier non-sealed petitions of a unit filed with the same ID number (blind index). */
  openByIdIndex(em: EntityManager, unitId: string, bidx: readonly string[]): Promise<PetitionEntity[]> {
    return em
      .getRepository(PetitionEntity)
      .createQueryBuilder('p')
      .where('p.unit_id = :unitId AND p.petitioner_id_bidx IN (:...bidx)', { unitId, bidx })
      .orderBy('p.received_at', 'DESC')
      .take(200)
      .getMany();
  }

  /** Earlier denunciations of a unit whose sealed identity has the same ID number (blind index). */
  async sealedByIdIndex(em: EntityManager, unitId: string, bidx: readonly string[]): Promise<PetitionEntity[]> {
    const rows = await em
      .getRepository(PetitionIdentityEntity)
      .createQueryBuilder('i')
      .select('i.petition_id', 'petitionId')
      .where('i.unit_id = :unitId AND i.id_bidx IN (:...bidx)', { unitId, bidx })
      .limit(200)
      .getRawMany<{ petitionId: string }>();
    if (rows.length === 0) return [];
    return em.getRepository(PetitionEntity).findBy({ id: In(rows.map((r) => r.petitionId)) });
  }

  findByLookupCode(code: string, em?: EntityManager): Promise<PetitionEntity | null> {
    return this.m(em).getRepository(PetitionEntity).findOneBy({ lookupCode: code });
  }

  /** Sets the lookup columns of a petition that has none yet (false when another writer set them first). */
  async setLookup(
    em: EntityManager,
    id: string,
    cols: Pick<PetitionEntity, 'lookupCode' | 'lookupSecretHash' | 'lookupSecretEnc'>,
  ): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(PetitionEntity)
      .set(cols)
      .where('id = :id AND lookup_code IS NULL', { id })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  insert(em: EntityManager, p: PetitionEntity): Promise<unknown> {
    return em.getRepository(PetitionEntity).insert(p);
  }

  save(em: EntityManager, p: PetitionEntity): Promise<PetitionEntity> {
    return em.getRepository(PetitionEntity).save(p);
  }

  insertIdentity(em: EntityManager, i: PetitionIdentityEntity): Promise<unknown> {
    return em.getRepository(PetitionIdentityEntity).insert(i);
  }

  findIdentity(petitionId: string, em?: EntityManager): Promise<PetitionIdentityEntity | null> {
    return this.m(em).getRepository(PetitionIdentityEntity).findOneBy({ petitionId });
  }

  pauses(petitionId: string, em?: EntityManager): Promise<PetitionPauseEntity[]> {
    return this.m(em)
      .getRepository(PetitionPauseEntity)
      .find({ where: { petitionId }, order: { fromOn: 'ASC', createdAt: 'ASC' } });
  }

  insertPause(em: EntityManager, p: PetitionPauseEntity): Promise<unknown> {
    return em.getRepository(PetitionPauseEntity).insert(p);
  }

  /** Closes the open pause; returns false when none was open. */
  async closeOpenPause(em: EntityManager, petitionId: string, toOn: string, by: string, at: Date): Promise<boolean> {
    const r = await em
      .getRepository(PetitionPauseEntity)
      .createQueryBuilder()
      .update()
      .set({ toOn, resumedBy: by, resumedAt: at })
      .where('petition_id = :petitionId AND to_on IS NULL', { petitionId })
      .execute();
    return (r.affected ?? 0) > 0;
  }

  /**
   * Stores the summary of the petition's tasks the report counts from (`TaskTimeliness`), inside the transaction of
   * the task write. On PostgreSQL the petition row is locked before `read` runs, so two task writes of one petition
   * committing together each read the other's committed tasks (the later one stores the summary of both); SQLite
   * transactions are serialised already.
   */
  async setTaskTimeliness(em: EntityManager, petitionId: string, read: () => Promise<TaskTimeliness>): Promise<void> {
    if (em.connection.options.type === 'postgres')
      await em.query('SELECT id FROM petitions WHERE id = $1 FOR UPDATE', [petitionId]);
    const t = await read();
    await namedQuery(em, 'UPDATE petitions SET late_completed = :late, open_due_at = :due WHERE id = :id', {
      late: t.lateCompleted,
      due: t.openDueAt,
      id: petitionId,
    });
  }

  /** Whether the petition's clock is stopped (an open pause), with each pause and resume. */
  async setPaused(em: EntityManager, petitionId: string, paused: boolean): Promise<void> {
    await namedQuery(em, 'UPDATE petitions SET paused = :paused WHERE id = :id', { paused, id: petitionId });
  }

  extensions(petitionId: string, em?: EntityManager): Promise<PetitionExtensionEntity[]> {
    return this.m(em)
      .getRepository(PetitionExtensionEntity)
      .find({ where: { petitionId }, order: { seq: 'ASC' } });
  }

  insertExtension(em: EntityManager, e: PetitionExtensionEntity): Promise<unknown> {
    return em.getRepository(PetitionExtensionEntity).insert(e);
  }
}
