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

  /** A unit's agency name and the address of its (first) reception venue. */
  async of(unit: Pick<UnitRecord, 'id' | 'name' | 'level'>): Promise<SiteOffice> {
    const venues = await this.org.venuesByName(unit.id);
    const venue = venues[0];
    return { agency: agencyName(unit), address: venue ? `${venue.name}, ${venue.address}` : null };
  }
}
