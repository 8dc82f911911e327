import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids.js';
import { OfficialEntity, type Body, type Position } from './official.entity.js';
import type { OfficialRecord, UnitRecord, VenueRecord } from './org-reader.service.js';
import { OrgRepository } from './org.repository.js';
import { UnitEntity, type UnitLevel } from './unit.entity.js';
import { VenueEntity } from './venue.entity.js';

export interface SeedUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
  validFrom: string | null;
}
export interface SeedOfficial {
  fullName: string;
  title: string;
  unitId: string;
  position: Position;
  body: Body;
}
export interface SeedVenue {
  name: string;
  address: string;
  unitId: string;
}

/**
 * Reference and demo data loaders (src/seed) write units, officials and venues through here, inside their own
 * `SeedLogService.runOnce` transaction: the org module stays the only writer of its tables.
 */
@Injectable()
export class OrgSeedService {
  constructor(private readonly repo: OrgRepository) {}

  /** The unit with this code, created when absent. */
  async ensureUnitWithin(em: EntityManager, u: SeedUnit, now: Date): Promise<UnitRecord> {
    const found = await this.repo.findUnitByCode(u.code, em);
    if (found) return found;
    return this.addUnitWithin(em, u, now);
  }

  addUnitWithin(em: EntityManager, u: SeedUnit, now: Date): Promise<UnitRecord> {
    return this.repo.saveUnit(
      em,
      Object.assign(new UnitEntity(), { id: newId(), ...u, validTo: null, createdAt: now, updatedAt: now }),
    );
  }

  addOfficialWithin(em: EntityManager, o: SeedOfficial, now: Date): Promise<OfficialRecord> {
    return this.repo.saveOfficial(
      em,
      Object.assign(new OfficialEntity(), { id: newId(), ...o, active: true, createdAt: now, updatedAt: now }),
    );
  }

  addVenueWithin(em: EntityManager, v: SeedVenue, now: Date): Promise<VenueRecord> {
    return this.repo.saveVenue(
      em,
      Object.assign(new VenueEntity(), { id: newId(), ...v, createdAt: now, updatedAt: now }),
    );
  }
}
