import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { OfficialEntity } from './official.entity.js';
import { UnitEntity } from './unit.entity.js';
import { VenueEntity } from './venue.entity.js';

/** Every ORM call of the organisation module. Writes take the transaction's EntityManager. */
@Injectable()
export class OrgRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  allUnits(): Promise<UnitEntity[]> {
    return this.ds.getRepository(UnitEntity).find({ order: { level: 'ASC', name: 'ASC' } });
  }

  findUnit(id: string, em?: EntityManager): Promise<UnitEntity | null> {
    return (em ?? this.ds.manager).getRepository(UnitEntity).findOneBy({ id });
  }

  findUnitByCode(code: string, em?: EntityManager): Promise<UnitEntity | null> {
    return (em ?? this.ds.manager).getRepository(UnitEntity).findOneBy({ code });
  }

  saveUnit(em: EntityManager, unit: UnitEntity): Promise<UnitEntity> {
    return em.getRepository(UnitEntity).save(unit);
  }

  findOfficial(id: string): Promise<OfficialEntity | null> {
    return this.ds.getRepository(OfficialEntity).findOneBy({ id });
  }

  officialsIn(unitIds: string[] | 'all', filter: { unitId?: string; position?: string }): Promise<OfficialEntity[]> {
    const qb = this.ds.getRepository(OfficialEntity).createQueryBuilder('o').orderBy('o.full_name', 'ASC');
    if (unitIds !== 'all') qb.andWhere('o.unit_id IN (:...unitIds)', { unitIds: unitIds.length ? unitIds : ['-'] });
    if (filter.unitId) qb.andWhere('o.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.position) qb.andWhere('o.position = :position', { position: filter.position });
    return qb.getMany();
  }

  officialsByIds(ids: string[], em?: EntityManager): Promise<OfficialEntity[]> {
    return ids.length
      ? (em ?? this.ds.manager).getRepository(OfficialEntity).findBy({ id: In(ids) })
      : Promise.resolve([]);
  }

  saveOfficial(em: EntityManager, official: OfficialEntity): Promise<OfficialEntity> {
    return em.getRepository(OfficialEntity).save(official);
  }

  findVenue(id: string, em?: EntityManager): Promise<VenueEntity | null> {
    return (em ?? this.ds.manager).getRepository(VenueEntity).findOneBy({ id });
  }

  venuesIn(unitIds: string[] | 'all', filter: { unitId?: string }): Promise<VenueEntity[]> {
    const qb = this.ds.getRepository(VenueEntity).createQueryBuilder('v').orderBy('v.name', 'ASC');
    if (unitIds !== 'all') qb.andWhere('v.unit_id IN (:...unitIds)', { unitIds: unitIds.length ? unitIds : ['-'] });
    if (filter.unitId) qb.andWhere('v.unit_id = :unitId', { unitId: filter.unitId });
    return qb.getMany();
  }

  saveVenue(em: EntityManager, venue: VenueEntity): Promise<VenueEntity> {
    return em.getRepository(VenueEntity).save(venue);
  }

  /** Active officials of one unit (or all), by name. */
  activeOfficials(unitId?: string): Promise<OfficialEntity[]> {
    return this.ds
      .getRepository(OfficialEntity)
      .find({ where: { active: true, ...(unitId ? { unitId } : {}) }, order: { fullName: 'ASC' } });
  }

  unitsByName(unitId?: string): Promise<UnitEntity[]> {
    return this.ds.getRepository(UnitEntity).find({ where: unitId ? { id: unitId } : {}, order: { name: 'ASC' } });
  }

  venuesByName(unitId?: string): Promise<VenueEntity[]> {
    return this.ds.getRepository(VenueEntity).find({ where: unitId ? { unitId } : {}, order: { name: 'ASC' } });
  }

  /** An official or a venue of a unit by its name (demo seeding). */
  officialByName(unitId: string, fullName: string, em?: EntityManager): Promise<OfficialEntity | null> {
    return (em ?? this.ds.manager).getRepository(OfficialEntity).findOneBy({ unitId, fullName });
  }

  venueByName(unitId: string, name: string, em?: EntityManager): Promise<VenueEntity | null> {
    return (em ?? this.ds.manager).getRepository(VenueEntity).findOneBy({ unitId, name });
  }
}
