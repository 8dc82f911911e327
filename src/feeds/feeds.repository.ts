import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { isoInstant } from '../common/time/iso-instant.js';
import type { FeedKind, FeedQuery } from './feed-source.js';
import type { SessionMode } from '../sessions/domain/online-reception.js';

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
  /** Form of reception (never the meeting address: feeds are public). */
  mode: SessionMode;
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

  /**
   * The record a feed is about: its name parts, unit and last change (raw SQL: this runs on every conditional GET).
   * `name` and `title` are the official's full name and title, or the unit's / venue's name (title empty).
   */
  async findTarget(
    kind: FeedKind,
    id: string,
  ): Promise<{ name: string; title: string; unitId: string; updatedAt: string } | null> {
    const { list, p } = this.params();
    const from = {
      official: 'SELECT full_name AS name, title, unit_id, updated_at FROM officials',
      unit: "SELECT name, '' AS title, id AS unit_id, updated_at FROM units",
      venue: "SELECT name, '' AS title, unit_id, updated_at FROM venues",
    }[kind];
    const sql = `${from} WHERE id = ${p(id)}`;
    const [row] = (await this.ds.query(sql, list)) as Record<string, unknown>[];
    return row
      ? {
          name: String(row.name),
          title: String(row.title),
          unitId: String(row.unit_id),
          updatedAt: isoInstant(row.updated_at)!,
        }
      : null;
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
    return {
      sql: `(${PUBLIC_VISIBLE} OR (s.status = 'planned' AND s.unit_id IN (:...plannedUnits)))`,
      params: { plannedUnits: units },
    };
  }

  /** Positional parameters for raw SQL: `$n` on PostgreSQL, `?` on SQLite (instants in TypeORM's SQLite text form). */
  private params(): { list: unknown[]; p: (v: unknown) => string } {
    const list: unknown[] = [];
    const pg = this.ds.options.type === 'postgres';
    return {
      list,
      p: (v: unknown) => {
        list.push(v instanceof Date ? (pg ? v.toISOString() : v.toISOString().replace('T', ' ').replace('Z', '')) : v);
        return pg ? `$${list.length}` : '?';
      },
    };
  }

  /**
   * One aggregate query (raw SQL: this runs on every conditional GET): how many sessions show and the sum of
   * their SEQUENCE, and the latest change of any session of the target in the window (whatever its status, so
   * that a session leaving the feed moves it too) and of the officials and venues named.
   */
  async sessionAggregate(q: FeedQuery): Promise<SessionAggregate> {
    const { list, p } = this.params();
    // Parameters are numbered in text order, so the visibility filter is written (and its parameters pushed) twice.
    const vis = (): string => {
      if (!q.planned) return PUBLIC_VISIBLE;
      if (q.planned.unitIds === 'all') return `(${PUBLIC_VISIBLE} OR s.status = 'planned')`;
      const units = q.planned.unitIds.length ? q.planned.unitIds : ['-'];
      return `(${PUBLIC_VISIBLE} OR (s.status = 'planned' AND s.unit_id IN (${units.map(p).join(', ')})))`;
    };
    const sql = `SELECT COUNT(CASE WHEN ${vis()} THEN 1 END) AS n, SUM(CASE WHEN ${vis()} THEN s.sequence ELSE 0 END) AS seq,
        MAX(s.updated_at) AS su, MAX(o.updated_at) AS ou, MAX(v.updated_at) AS vu, MAX(d.updated_at) AS du
      FROM sessions s JOIN officials o ON o.id = s.official_id JOIN venues v ON v.id = s.venue_id LEFT JOIN officials d ON d.id = s.delegate_official_id
      WHERE ${TARGET_COLUMN[q.target.kind]} = ${p(q.target.id)} AND s.starts_at >= ${p(q.from)} AND s.starts_at < ${p(q.to)}`;
    const [raw] = (await this.ds.query(sql, list)) as Record<string, unknown>[];
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
      .select([
        's.id AS id',
        's.starts_at AS starts_at',
        's.ends_at AS ends_at',
        's.time_zone AS time_zone',
        's.status AS status',
        's.ad_hoc AS ad_hoc',
        's.sequence AS sequence',
        'CAST(s.shifted_from AS VARCHAR(10)) AS shifted_from',
        's.change_reason AS change_reason',
        's.mode AS mode',
        's.updated_at AS s_updated',
        'o.full_name AS o_name',
        'o.title AS o_title',
        'o.updated_at AS o_updated',
        'v.name AS v_name',
        'v.address AS v_address',
        'v.updated_at AS v_updated',
        'd.id AS d_id',
        'd.full_name AS d_name',
        'd.title AS d_title',
        'd.updated_at AS d_updated',
      ])
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
      mode: ((r.mode as string | null) ?? 'in_person') as SessionMode,
      lastModified: latest(r.s_updated, r.o_updated, r.v_updated, r.d_updated)!,
    }));
  }
}
