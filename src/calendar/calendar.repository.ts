import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { HolidayYearEntity } from './holiday-year.entity.js';
import { RulePresetEntity, RulePresetRevisionEntity } from './rule-preset.entity.js';

@Injectable()
export class CalendarRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  allHolidayYears(): Promise<HolidayYearEntity[]> {
    return this.ds.getRepository(HolidayYearEntity).find();
  }

  findHolidayYear(year: number, em?: EntityManager): Promise<HolidayYearEntity | null> {
    return (em ?? this.ds.manager).getRepository(HolidayYearEntity).findOneBy({ year });
  }

  saveHolidayYear(em: EntityManager, row: HolidayYearEntity): Promise<HolidayYearEntity> {
    return em.getRepository(HolidayYearEntity).save(row);
  }

  allPresets(): Promise<RulePresetEntity[]> {
    return this.ds.getRepository(RulePresetEntity).find({ order: { name: 'ASC' } });
  }

  findPreset(name: string, em?: EntityManager): Promise<RulePresetEntity | null> {
    return (em ?? this.ds.manager).getRepository(RulePresetEntity).findOneBy({ name });
  }

  /** Writes the current document and appends the revision to the append-only history. */
  async savePreset(em: EntityManager, row: RulePresetEntity): Promise<void> {
    await em.getRepository(RulePresetEntity).save(row);
    const revision = Object.assign(new RulePresetRevisionEntity(), {
      id: newId(),
      name: row.name,
      revision: row.revision,
      document: row.document,
      createdAt: row.updatedAt,
      createdBy: row.updatedBy,
    });
    await em.getRepository(RulePresetRevisionEntity).save(revision);
  }

  revisions(name: string): Promise<RulePresetRevisionEntity[]> {
    return this.ds.getRepository(RulePresetRevisionEntity).find({ where: { name }, order: { revision: 'ASC' } });
  }
}
