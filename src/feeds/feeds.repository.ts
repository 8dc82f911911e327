import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { OfficialEntity } from '../org/official.entity.js';
import { UnitEntity } from '../org/unit.entity.js';
import { VenueEntity } from '../org/venue.entity.js';
import type { FeedKind, FeedQuery } from './feed-source.js';

/** A session as a feed shows it, with the names it needs (plain data, instants as ISO strings). */
export interface FeedSessionRow {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: 'planned' | 'published' | 'held' | 'cancelled';
  adHoc: boolean;
  sequence: number;
  shiftedFrom: string | null;
  changeReason: string | null;
  officialName: string;
  officialTitle: string;
  delegate: { name: string; title: string } | null;
  venueName: string;
  venueAddress: string;
  /** Latest of the session's, its venue's and its officials' updated_at. */
  lastModified: string;
}

export interface SessionAggregate {
  count: number;
  sequenceSum: number;
  lastModified: string | null;
}

const TARGET_COLUMN: Record<FeedKind, string> = { official: 's.official_id', unit: 's.unit_id', venue: 's.venue_id' };

/** Sessions the public sees: published, held, and cancellations of sessions that had been published. */
const PUBLIC_VISIBLE = "(s.status IN ('published', 'held') OR (s.status = 'cancelled' AND s.published_at IS NOT NULL))";

/** Instants come back as Date (PostgreSQL) or as 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite). */
export function isoInstant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const normalised = text.includes('T') ? text : text.replace(' ', 'T');
  const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(normalised) ? normalised : `${normalised}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${text}`);
  return new Date(ms).toISOString();
}

function latest(...values: unknown[]): string | null {
  let best: string | null = null;
  for (const v of values) {
    const iso = isoInstant(v);
    if (iso && (best === null || iso > best)) best = iso;
  }
  return best;
}

/** Read-only access to what feeds show: sessions with their officials and venues. No writes. */
@Injectable()
export class FeedsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  findOfficial(id: string): Promise<OfficialEntity | null> {
    return this.ds.getRepository(OfficialEntity).findOneBy({ id });
  }

  findUnit(id: string): Promise<UnitEntity | null> {
    return this.ds.getRepository(UnitEntity).findOneBy({ id });
  }

  findVenue(id: string): Promise<VenueEntity | null> {
    return this.ds.getRepository(VenueEntity).findOneBy({ id });
  }

  listOfficials(unitId?: string): Promise<OfficialEntity[]> {
    return this.ds.getRepository(OfficialEntity).find({ where: { active: true, ...(unitId ? { unitId } : {}) }, order: { fullName: 'ASC' } });
  }

  listUnits(unitId?: string): Promise<UnitEntity[]> {
    return this.ds.getRepository(UnitEntity).find({ where: unitId ? { id: unitId } : {}, order: { name: 'ASC' } });
  }

  listVenues(unitId?: string): Promise<VenueEntity[]> {
    return this.ds.getRepository(VenueEntity).find({ where: unitId ? { unitId } : {}, order: { name: 'ASC' } });
  }

  /** Sessions of the target whose start is in the window (any status), joined with names. */
  private base(q: FeedQuery): SelectQueryBuilder<object> {
    return this.ds
      .createQueryBuilder()
      .from('sessions', 's')
      .innerJoin('officials', 'o', 'o.id = s.official_id')
      .innerJoin('venues', 'v', 'v.id = s.venue_id')
      .leftJoin('officials', 'd', 'd.id = s.delegate_official_id')
      .where(`${TARGET_COLUMN[q.target.kind]} = :targetId`, { targetId: q.target.id })
      .andWhere('s.starts_at >= :from AND s.starts_at < :to', { from: q.from, to: q.to });
  }

  private visible(q: FeedQuery): { sql: string; params: Record<string, unknown> } {
    if (!q.planned) return { sql: PUBLIC_VISIBLE, params: {} };
    if (q.planned.unitIds === 'all') return { sql: `(${PUBLIC_VISIBLE} OR s.status = 'planned')`, params: {} };
    const units = q.planned.unitIds.length ? [...q.planned.unitIds] : ['-'];
    return { sql: `(${PUBLIC_VISIBLE} OR (s.status = 'planned' AND s.unit_id IN (:...plannedUnits)))`, params: { plannedUnits: units } };
  }

  /**
   * One aggregate query: how many sessions show and the sum of their SEQUENCE, and the latest change of any
   * session of the target in the window (whatever its status, so that a session leaving the feed moves it too)
   * and of the officials and venues named.
   */
  async sessionAggregate(q: FeedQuery): Promise<SessionAggregate> {
    const vis = this.visible(q);
    const raw = await this.base(q)
      .select(`COUNT(CASE WHEN ${vis.sql} THEN 1 END)`, 'n')
      .addSelect(`SUM(CASE WHEN ${vis.sql} THEN s.sequence ELSE 0 END)`, 'seq')
      .addSelect('MAX(s.updated_at)', 'su')
      .addSelect('MAX(o.updated_at)', 'ou')
      .addSelect('MAX(v.updated_at)', 'vu')
      .addSelect('MAX(d.updated_at)', 'du')
      .setParameters(vis.params)
      .getRawOne<Record<string, unknown>>();
    return {
      count: Number(raw?.n ?? 0),
      sequenceSum: Number(raw?.seq ?? 0),
      lastModified: latest(raw?.su, raw?.ou, raw?.vu, raw?.du),
    };
  }

  async sessionRows(q: FeedQuery): Promise<FeedSessionRow[]> {
    const vis = this.visible(q);
    const rows = await this.base(q)
      .andWhere(vis.sql, vis.params)
      .select(['s.id AS id', 's.starts_at AS starts_at', 's.ends_at AS ends_at', 's.time_zone AS time_zone', 's.status AS status', 's.ad_hoc AS ad_hoc',
        's.sequence AS sequence', 'CAST(s.shifted_from AS VARCHAR(10)) AS shifted_from', 's.change_reason AS change_reason', 's.updated_at AS s_updated',
        'o.full_name AS o_name', 'o.title AS o_title', 'o.updated_at AS o_updated', 'v.name AS v_name', 'v.address AS v_address', 'v.updated_at AS v_updated',
        'd.id AS d_id', 'd.full_name AS d_name', 'd.title AS d_title', 'd.updated_at AS d_updated'])
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: String(r.id),
      startsAt: isoInstant(r.starts_at)!,
      endsAt: isoInstant(r.ends_at)!,
      timeZone: String(r.time_zone),
      status: r.status as FeedSessionRow['status'],
      adHoc: r.ad_hoc === true || r.ad_hoc === 1 || r.ad_hoc === '1',
      sequence: Number(r.sequence),
      shiftedFrom: r.shifted_from ? String(r.shifted_from).slice(0, 10) : null,
      changeReason: (r.change_reason as string | null) ?? null,
      officialName: String(r.o_name),
      officialTitle: String(r.o_title),
      delegate: r.d_id ? { name: String(r.d_name), title: String(r.d_title) } : null,
      venueName: String(r.v_name),
      venueAddress: String(r.v_address),
      lastModified: latest(r.s_updated, r.o_updated, r.v_updated, r.d_updated)!,
    }));
  }
}
