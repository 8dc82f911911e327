import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ScheduleEntity, ScheduleSkipEntity } from './schedule.entity.js';

/** Every ORM call on schedules and schedule_skips. Writes take the transaction's EntityManager. */
@Injectable()
export class SchedulesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  find(id: string, em?: EntityManager): Promise<ScheduleEntity | null> {
    return (em ?? this.ds.manager).getRepository(ScheduleEntity).findOneBy({ id });
  }

  list(unitIds: string[] | 'all', f: { officialId?: string; unitId?: string }): Promise<ScheduleEntity[]> {
    const qb = this.ds
      .getRepository(ScheduleEntity)
      .createQueryBuilder('s')
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC');
    if (unitIds !== 'all') qb.andWhere('s.unit_id IN (:...unitIds)', { unitIds: unitIds.length ? unitIds : ['-'] });
    if (f.officialId) qb.andWhere('s.official_id = :officialId', { officialId: f.officialId });
    if (f.unitId) qb.andWhere('s.unit_id = :unitId', { unitId: f.unitId });
    return qb.getMany();
  }

  /** Active schedules whose sessions do not yet reach `horizon` (and whose validity goes beyond what exists). */
  needingExtension(horizon: string): Promise<ScheduleEntity[]> {
    return this.ds
      .getRepository(ScheduleEntity)
      .createQueryBuilder('s')
      .where('s.active = :active', { active: true })
      .andWhere('(s.generated_until IS NULL OR s.generated_until < :horizon)', { horizon })
      .andWhere('(s.valid_until IS NULL OR s.generated_until IS NULL OR s.generated_until < s.valid_until)')
      .orderBy('s.id', 'ASC')
      .getMany();
  }

  save(em: EntityManager, s: ScheduleEntity): Promise<ScheduleEntity> {
    return em.getRepository(ScheduleEntity).save(s);
  }

  skips(scheduleId: string): Promise<ScheduleSkipEntity[]> {
    return this.ds.getRepository(ScheduleSkipEntity).find({ where: { scheduleId }, order: { occurrenceDate: 'ASC' } });
  }

  async deleteSkipsFrom(em: EntityManager, scheduleId: string, fromDate: string): Promise<void> {
    await em
      .getRepository(ScheduleSkipEntity)
      .createQueryBuilder()
      .delete()
      .where('schedule_id = :scheduleId AND occurrence_date >= :fromDate', { scheduleId, fromDate })
      .execute();
  }

  /** Records skipped occurrences; one row per occurrence (a repeat is ignored). */
  async insertSkips(em: EntityManager, rows: ScheduleSkipEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 100) {
      await em
        .createQueryBuilder()
        .insert()
        .into(ScheduleSkipEntity)
        .values(rows.slice(i, i + 100))
        .orIgnore()
        .execute();
    }
  }
}
