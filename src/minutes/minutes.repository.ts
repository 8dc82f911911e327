import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isSalutation, type Salutation } from './domain/citizen-address.js';
import { MinutesAmendmentEntity, MinutesEntity } from './minutes.entity.js';
import { ReceptionCaseEntity } from './reception-case.entity.js';
import type { ReceptionForm } from '../sessions/domain/online-reception.js';

/** Every ORM call of the minutes and reception-log feature. Writes take the transaction's EntityManager. */
@Injectable()
export class MinutesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  find(id: string, em?: EntityManager): Promise<MinutesEntity | null> {
    return this.m(em).getRepository(MinutesEntity).findOneBy({ id });
  }

  findBySession(sessionId: string, em?: EntityManager): Promise<MinutesEntity | null> {
    return this.m(em).getRepository(MinutesEntity).findOneBy({ sessionId });
  }

  insert(em: EntityManager, m: MinutesEntity): Promise<unknown> {
    return em.getRepository(MinutesEntity).insert(m);
  }

  /**
   * The gate of every edit: bumps the version only while the minutes are a draft. On PostgreSQL the UPDATE also
   * takes the row lock, so an edit and a concurrent finalise are serialised. False when locked (or missing).
   */
  async touchDraft(em: EntityManager, id: string, now: Date, changes: Partial<MinutesEntity> = {}): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(MinutesEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: now })
      .where('id = :id AND status = :draft', { id, draft: 'draft' })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  async lock(em: EntityManager, id: string, hash: string, at: Date, by: string): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(MinutesEntity)
      .set({ status: 'final', contentHash: hash, finalizedAt: at, finalizedBy: by, updatedAt: at })
      .where('id = :id AND status = :draft', { id, draft: 'draft' })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  cases(minutesId: string, em?: EntityManager): Promise<ReceptionCaseEntity[]> {
    return this.m(em)
      .getRepository(ReceptionCaseEntity)
      .find({ where: { minutesId }, order: { seq: 'ASC' } });
  }

  findCase(id: string, em?: EntityManager): Promise<ReceptionCaseEntity | null> {
    return this.m(em).getRepository(ReceptionCaseEntity).findOneBy({ id });
  }

  async nextSeq(em: EntityManager, minutesId: string): Promise<number> {
    const row = await em
      .getRepository(ReceptionCaseEntity)
      .createQueryBuilder('c')
      .select('MAX(c.seq)', 'max')
      .where('c.minutes_id = :minutesId', { minutesId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  insertCase(em: EntityManager, c: ReceptionCaseEntity): Promise<unknown> {
    return em.getRepository(ReceptionCaseEntity).insert(c);
  }

  async deleteCase(em: EntityManager, minutesId: string, caseId: string): Promise<boolean> {
    const res = await em.getRepository(ReceptionCaseEntity).delete({ id: caseId, minutesId });
    return (res.affected ?? 0) === 1;
  }

  async setCasePetition(em: EntityManager, caseId: string, petitionId: string): Promise<void> {
    await em.getRepository(ReceptionCaseEntity).update({ id: caseId }, { petitionId });
  }

  insertAmendment(em: EntityManager, a: MinutesAmendmentEntity): Promise<unknown> {
    return em.getRepository(MinutesAmendmentEntity).insert(a);
  }

  amendments(minutesId: string): Promise<MinutesAmendmentEntity[]> {
    return this.ds
      .getRepository(MinutesAmendmentEntity)
      .find({ where: { minutesId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Reception-log lines of a unit between two local dates (inclusive), in the order they were received. */
  logCases(unitId: string, from: string, to: string): Promise<ReceptionCaseEntity[]> {
    return this.ds
      .getRepository(ReceptionCaseEntity)
      .createQueryBuilder('c')
      .where('c.unit_id = :unitId AND c.received_on >= :from AND c.received_on <= :to', { unitId, from, to })
      .orderBy('c.received_on', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .addOrderBy('c.seq', 'ASC')
      .getMany();
  }

  /** The session and status of a booking (the bookings table is read, never written, from here). */
  async bookingByCode(
    em: EntityManager,
    code: string,
  ): Promise<{ sessionId: string; status: string; salutation: Salutation | null; form: ReceptionForm } | null> {
    const row = await em
      .createQueryBuilder()
      .select('b.session_id', 'sessionId')
      .addSelect('b.status', 'status')
      .addSelect('b.salutation', 'salutation')
      .addSelect('b.form', 'form')
      .from('bookings', 'b')
      .where('b.code = :code', { code })
      .getRawOne<{ sessionId: string; status: string; salutation: string | null; form: string | null }>();
    return row
      ? {
          ...row,
          salutation: isSalutation(row.salutation) ? row.salutation : null,
          form: row.form === 'online' ? 'online' : 'in_person',
        }
      : null;
  }
}
