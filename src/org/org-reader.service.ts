import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OfficialEntity } from './official.entity.js';
import { OrgRepository } from './org.repository.js';
import type { UnitEntity } from './unit.entity.js';
import type { VenueEntity } from './venue.entity.js';

/**
 * What other modules may know of a unit, an official or a venue: read-only rows. The org module owns the units,
 * officials and venues tables; other modules read them through `OrgReader` and never import its repository or
 * entities (checked by `npm run lint:deps`).
 */
export type UnitRecord = Readonly<UnitEntity>;
export type OfficialRecord = Readonly<OfficialEntity>;
export type VenueRecord = Readonly<VenueEntity>;
export type { Body, Position } from './official.entity.js';
export type { UnitLevel } from './unit.entity.js';

/**
 * The read-only face of the organisation module for other modules. `em` lets a caller read inside its own
 * transaction (the same connection on SQLite).
 */
@Injectable()
export class OrgReader {
  constructor(private readonly repo: OrgRepository) {}

  allUnits(): Promise<UnitRecord[]> {
    return this.repo.allUnits();
  }

  /** `em`: inside the caller's transaction (a second pool connection there can starve the pool under load). */
  findUnit(id: string, em?: EntityManager): Promise<UnitRecord | null> {
    return this.repo.findUnit(id, em);
  }

  findUnitByCode(code: string, em?: EntityManager): Promise<UnitRecord | null> {
    return this.repo.findUnitByCode(code, em);
  }

  findOfficial(id: string): Promise<OfficialRecord | null> {
    return this.repo.findOfficial(id);
  }

  officialsIn(unitIds: string[] | 'all', filter: { unitId?: string; position?: string }): Promise<OfficialRecord[]> {
    return this.repo.officialsIn(unitIds, filter);
  }

  officialsByIds(ids: string[], em?: EntityManager): Promise<OfficialRecord[]> {
    return this.repo.officialsByIds(ids, em);
  }

  /** Active officials (of one unit, or all), by name: the feed targets. */
  activeOfficials(unitId?: string): Promise<OfficialRecord[]> {
    return this.repo.activeOfficials(unitId);
  }

  /** One unit (or all) by name: the feed targets. */
  unitsByName(unitId?: string): Promise<UnitRecord[]> {
    return this.repo.unitsByName(unitId);
  }

  findVenue(id: string, em?: EntityManager): Promise<VenueRecord | null> {
    return this.repo.findVenue(id, em);
  }

  venuesIn(unitIds: string[] | 'all', filter: { unitId?: string }): Promise<VenueRecord[]> {
    return this.repo.venuesIn(unitIds, filter);
  }

  /** Venues of one unit (or all), by name: the feed targets. */
  venuesByName(unitId?: string): Promise<VenueRecord[]> {
    return this.repo.venuesByName(unitId);
  }

  officialByName(unitId: string, fullName: string, em?: EntityManager): Promise<OfficialRecord | null> {
    return this.repo.officialByName(unitId, fullName, em);
  }

  venueByName(unitId: string, name: string, em?: EntityManager): Promise<VenueRecord | null> {
    return this.repo.venueByName(unitId, name, em);
  }
}
