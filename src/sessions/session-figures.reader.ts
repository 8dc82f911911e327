import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { namedQuery, num } from '../database/named-query.js';

export interface AdHocFigureRow {
  unitId: string;
  reason: string | null;
  held: number;
}

/** Ad-hoc sessions held in a local-date range, per unit and trigger (Art. 18(3)), for periodic reports. */
@Injectable()
export class SessionFiguresReader {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async adHocHeld(unitIds: string[] | 'all', from: string, to: string): Promise<AdHocFigureRow[]> {
    if (unitIds !== 'all' && unitIds.length === 0) return [];
    const unitFilter = unitIds === 'all' ? '' : 'AND s.unit_id IN (:...unitIds)';
    const rows = await namedQuery(
      this.ds,
      `SELECT s.unit_id AS unit_id, s.ad_hoc_reason AS reason, COUNT(*) AS held
       FROM sessions s
       WHERE s.ad_hoc = :adHoc AND s.status = 'held' AND s.local_date >= :from AND s.local_date <= :to ${unitFilter}
       GROUP BY s.unit_id, s.ad_hoc_reason`,
      { unitIds, from, to, adHoc: true },
    );
    return rows.map((r) => ({
      unitId: String(r.unit_id),
      reason: r.reason === null ? null : String(r.reason),
      held: num(r.held),
    }));
  }
}
