import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { SessionEntity, type SessionStatus } from './session.entity.js';

export interface SessionFilter {
  unitIds: string[] | 'all';
  officialId?: string;
  unitId?: string;
  from?: string;
  to?: string;
  status?: SessionStatus;
  limit?: number;
}

const CHUNK = 100;

const SESSION_FOR_BOOKING = [
  'id',
  'status',
  'starts_at',
  'ends_at',
  'time_zone',
  'slot_minutes',
  'seats_per_slot',
  'unit_id',
  'official_id',
  'venue_id',
  'delegate_official_id',
  'ad_hoc',
  'sequence',
];

/** Every ORM call on the sessions table. Writes take the transaction's EntityManager. */
@Injectable()
export class SessionsRepository {
  private readonly sessionForBookingSql: string;
  private sessionColumnsByName: Map<string, ColumnMetadata> | null = null;

  constructor(@Inject(DataSource) private readonly ds: DataSource) {
    this.sessionForBookingSql = `SELECT ${SESSION_FOR_BOOKING.join(', ')} FROM sessions WHERE id = ${ds.options.type === 'postgres' ? '$1' : '?'}`;
  }

  private m(em?: EntityManager): EntityManager {
    return em ?? this.ds.manager;
  }

  find(id: string, em?: EntityManager): Promise<SessionEntity | null> {
    return this.m(em).getRepository(SessionEntity).findOneBy({ id });
  }

  /**
   * The fields a booking needs of its session, read with one plain SELECT and hydrated by the driver (the booking
   * write path runs this inside every booking transaction, so it skips the ORM's query building).
   */
  async forBooking(em: EntityManager, id: string): Promise<SessionEntity | null> {
    const rows = (await em.query(this.sessionForBookingSql, [id])) as Record<string, unknown>[];
    if (rows.length === 0) return null;
    const out = new SessionEntity() as unknown as Record<string, unknown>;
    for (const [column, value] of Object.entries(rows[0]!)) {
      const c = this.sessionColumns().get(column)!;
      out[c.propertyName] = this.ds.driver.prepareHydratedValue(value, c);
    }
    return out as unknown as SessionEntity;
  }

  private sessionColumns(): Map<string, ColumnMetadata> {
    this.sessionColumnsByName ??= new Map(this.ds.getMetadata(SessionEntity).columns.map((c) => [c.databaseName, c]));
    return this.sessionColumnsByName;
  }

  /** Published sessions starting in [from, to). */
  publishedStartingBetween(from: Date, to: Date): Promise<SessionEntity[]> {
    return this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.status = :status', { status: 'published' })
      .andWhere('s.starts_at >= :from AND s.starts_at < :to', { from, to })
      .getMany();
  }

  /**
   * What the public calendar of a unit shows: sessions published at some time (published, or cancelled after
   * publication) on local dates [fromDate, toDate], by start.
   */
  publicOfUnit(unitId: string, fromDate: string, toDate: string): Promise<SessionEntity[]> {
    return this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.unit_id = :unitId', { unitId })
      .andWhere('s.status IN (:...statuses)', { statuses: ['published', 'cancelled'] })
      .andWhere('s.published_at IS NOT NULL')
      .andWhere('s.local_date >= :fromDate AND s.local_date <= :toDate', { fromDate, toDate })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  list(f: SessionFilter): Promise<SessionEntity[]> {
    const qb = this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (f.unitIds !== 'all')
      qb.andWhere('s.unit_id IN (:...unitIds)', { unitIds: f.unitIds.length ? f.unitIds : ['-'] });
    if (f.officialId) qb.andWhere('s.official_id = :officialId', { officialId: f.officialId });
    if (f.unitId) qb.andWhere('s.unit_id = :unitId', { unitId: f.unitId });
    if (f.from) qb.andWhere('s.local_date >= :from', { from: f.from });
    if (f.to) qb.andWhere('s.local_date <= :to', { to: f.to });
    if (f.status) qb.andWhere('s.status = :status', { status: f.status });
    if (f.limit) qb.take(f.limit);
    return qb.getMany();
  }

  /** Sessions of a schedule on or after a local date (every status). */
  ofSchedule(scheduleId: string, fromDate: string, em?: EntityManager): Promise<SessionEntity[]> {
    return this.m(em)
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.schedule_id = :scheduleId', { scheduleId })
      .andWhere('s.local_date >= :fromDate', { fromDate })
      .orderBy('s.local_date', 'ASC')
      .getMany();
  }

  /** Local dates on which the official has an active (not cancelled) session, from a date on, except one schedule's. */
  async activeDatesOf(
    officialId: string,
    fromDate: string,
    exceptScheduleId: string | null,
    em?: EntityManager,
  ): Promise<Set<string>> {
    const qb = this.m(em)
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .select('s.local_date', 'd')
      .where('s.official_id = :officialId', { officialId })
      .andWhere("s.status <> 'cancelled'")
      .andWhere('s.local_date >= :fromDate', { fromDate });
    if (exceptScheduleId) qb.andWhere('(s.schedule_id IS NULL OR s.schedule_id <> :sid)', { sid: exceptScheduleId });
    const rows = await qb.getRawMany<{ d: string | Date }>();
    return new Set(rows.map((r) => (typeof r.d === 'string' ? r.d.slice(0, 10) : r.d.toISOString().slice(0, 10))));
  }

  /**
   * Inserts sessions, silently dropping any that would break a unique index (ux_sessions_official_day: another
   * session of the official took the day meanwhile). Returns the ids actually inserted.
   */
  async insertIgnoringTaken(em: EntityManager, rows: SessionEntity[]): Promise<Set<string>> {
    const inserted = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await em.createQueryBuilder().insert().into(SessionEntity).values(chunk).orIgnore().execute();
      const found = await em
        .getRepository(SessionEntity)
        .find({ select: { id: true }, where: { id: In(chunk.map((r) => r.id)) } });
      for (const f of found) inserted.add(f.id);
    }
    return inserted;
  }

  insert(em: EntityManager, s: SessionEntity): Promise<unknown> {
    return em.getRepository(SessionEntity).insert(s);
  }

  save(em: EntityManager, s: SessionEntity): Promise<SessionEntity> {
    return em.getRepository(SessionEntity).save(s);
  }

  /** The guarded "held" write (see SessionHeldService): never on a cancelled session. True when the row changed. */
  async markHeld(em: EntityManager, id: string, officialId: string, at: Date): Promise<boolean> {
    const res = await em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ status: 'held', heldByOfficialId: officialId, heldAt: at, updatedAt: at })
      .where('id = :id AND status <> :cancelled', { id, cancelled: 'cancelled' })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  async deleteIds(em: EntityManager, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK)
      await em.getRepository(SessionEntity).delete({ id: In(ids.slice(i, i + CHUNK)) });
  }

  /** Held sessions of some officials in a local-date range (compliance). */
  held(officialIds: string[], from: string, to: string): Promise<SessionEntity[]> {
    if (officialIds.length === 0) return Promise.resolve([]);
    return this.ds
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.official_id IN (:...ids)', { ids: officialIds })
      .andWhere("s.status = 'held'")
      .andWhere('s.local_date >= :from AND s.local_date <= :to', { from, to })
      .getMany();
  }
}
