import { Injectable } from '@nestjs/common';
import { agencyName } from '../../org/domain/agency-name.js';
import { OrgReader, type UnitRecord } from '../../org/org-reader.service.js';
import type { SiteOffice } from '../common/layout.js';
import { setSiteOffice } from '../common/site-office.js';

const TTL_MS = 60_000;

/** The office a page speaks for: a unit's agency and reception venue, or the city's on the pages of the whole site. */
@Injectable()
export class SiteOfficeService {
  private cached: { at: number; office: SiteOffice } | null = null;

  constructor(private readonly org: OrgReader) {}

  /** The city (top unit) with its first reception venue; cached for a minute, and given to the error pages. */
  async site(): Promise<SiteOffice> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < TTL_MS) return this.cached.office;
    const units = await this.org.allUnits();
    const city = units.find((u) => u.level === 'city' && !u.parentId) ?? units.find((u) => u.level === 'city');
    const office = city ? await this.of(city) : { agency: 'Cổng tiếp công dân' };
    this.cached = { at: now, office };
    setSiteOffice(office);
    return office;
  }

  private readonly byUnit = new Map<string, { at: number; office: SiteOffice }>();

  /** A unit's agency name and the address of its (first) reception venue; cached for a minute per unit. */
  async of(unit: Pick<UnitRecord, 'id' | 'name' | 'level'>): Promise<SiteOffice> {
    const hit = this.byUnit.get(unit.id);
    if (hit && Date.now() - hit.at < TTL_MS && hit.office.agency === agencyName(unit)) return hit.office;
    const venues = await this.org.venuesByName(unit.id);
    const venue = venues[0];
    const office = { agency: agencyName(unit), address: venue ? `${venue.name}, ${venue.address}` : null };
    if (this.byUnit.size > 1000) this.byUnit.clear();
    this.byUnit.set(unit.id, { at: Date.now(), office });
    return office;
  }
}
