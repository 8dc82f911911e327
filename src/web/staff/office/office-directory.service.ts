import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../../auth/auth.decorators.js';
import { frequencyInForce } from '../../../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../../../calendar/rule-presets.service.js';
import { OrgReader, type OfficialRecord, type UnitRecord, type VenueRecord } from '../../../org/org-reader.service.js';
import { UnitScopeService } from '../../../org/unit-scope.service.js';
import { TtlMemo } from '../../common/ttl-memo.js';

/** The units, officials and venues a staff member's pages may name and offer (the user's scope), read together. */
export interface OfficeDirectory {
  units: UnitRecord[];
  officials: OfficialRecord[];
  venues: VenueRecord[];
  officialName(id: string | null): string;
  venueName(id: string): string;
  unitName(id: string): string;
}

/** The legal minimum of a head official's reception (reception-frequency preset in force on a date). */
export interface LegalMinimum {
  officialId: string;
  count: number;
  per: 'week' | 'month';
  source: string;
}

/** One collator for every sort (`localeCompare(…, 'vi')` would build one per comparison). */
const BY_VI = new Intl.Collator('vi');

export const PER_LABELS = { week: 'tuần', month: 'tháng' } as const;

export function minimumText(m: LegalMinimum): string {
  return `ít nhất ${m.count} ngày mỗi ${PER_LABELS[m.per]}`;
}

/**
 * Reads the scope's units, officials and venues in three queries (whatever the number of sessions shown), so a
 * calendar page names every item without a query per item.
 */
@Injectable()
export class OfficeDirectoryService {
  constructor(
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly presets: RulePresetsService,
  ) {}

  /** By scope (roles and unit): names change rarely; a new official or venue shows within 30 s. */
  private readonly memo = new TtlMemo<OfficeDirectory>(30_000, 500);

  of(user: AuthUser): Promise<OfficeDirectory> {
    return this.memo.get(`${[...user.roles].sort().join(',')}|${user.unitId ?? ''}`, () => this.read(user));
  }

  private async read(user: AuthUser, unitId?: string): Promise<OfficeDirectory> {
    const unitIds = await this.scope.unitFilter(user);
    const [allUnits, officials, venues] = await Promise.all([
      this.org.allUnits(),
      this.org.officialsIn(unitIds, unitId ? { unitId } : {}),
      this.org.venuesIn(unitIds, unitId ? { unitId } : {}),
    ]);
    const units = unitIds === 'all' ? allUnits : allUnits.filter((u) => unitIds.includes(u.id));
    const officialById = new Map(officials.map((o) => [o.id, o]));
    const venueById = new Map(venues.map((v) => [v.id, v]));
    const unitById = new Map(allUnits.map((u) => [u.id, u]));
    return {
      units: [...units].sort((a, b) => BY_VI.compare(a.name, b.name)),
      officials: [...officials].sort((a, b) => BY_VI.compare(a.fullName, b.fullName)),
      venues: [...venues].sort((a, b) => BY_VI.compare(a.name, b.name)),
      officialName: (id) => (id ? (officialById.get(id)?.fullName ?? 'Cán bộ khác') : ''),
      venueName: (id) => venueById.get(id)?.name ?? 'Địa điểm khác',
      unitName: (id) => unitById.get(id)?.name ?? '',
    };
  }

  /** The minimum the preset in force on `date` sets for each head official of the directory. */
  async minimums(dir: OfficeDirectory, date: string): Promise<Map<string, LegalMinimum>> {
    const presets = await this.presets.receptionFrequency();
    const levels = new Map(dir.units.map((u) => [u.id, u.level]));
    const out = new Map<string, LegalMinimum>();
    for (const o of dir.officials) {
      if (o.position !== 'head') continue;
      const level = levels.get(o.unitId);
      if (!level) continue;
      const v = frequencyInForce(presets, level, o.body, date);
      if (v) out.set(o.id, { officialId: o.id, count: v.count, per: v.per, source: v.source });
    }
    return out;
  }
}
