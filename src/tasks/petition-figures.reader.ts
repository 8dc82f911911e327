import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { namedQuery, num } from '../database/named-query.js';
import { PETITION_TYPES } from '../petitions/domain/petition-types.js';

export interface PetitionFigureRow {
  unitId: string;
  type: string;
  received: number;
  handled: number;
  onTime: number;
  overdue: number;
}

/**
 * Petition counts for periodic reports, one GROUP BY query over the petitions received in a period (main queue:
 * anonymous denunciations are not processed as denunciations). The tasks module reads the petitions it depends on
 * (it never writes them). The CASE expressions are the SQL form of `petitionTimeliness` in
 * src/reports/domain/figures.ts:
 * - handled: status resolved, refused or transferred;
 * - overdue: some task completed after its due instant, or still open past it while the petition has no open pause;
 * - on time: handled and not overdue.
 * Overdue is read from the timeliness each petition stores (petitions/domain/timeliness.ts, kept in the transaction
 * of every task write, pause and resume): `late_completed OR (NOT paused AND open_due_at < :asOf)`. With the earliest
 * open due instant compared with "now" here, a task that goes past due without any write is counted late. Every
 * column read is in ix_petitions_report, so the count reads that index alone (no lookup of tasks or pauses). The
 * petition types are named (every type there is: the filter keeps every row) so that each (unit, type) is one range
 * of that index, read in GROUP BY order without sorting the period's rows.
 */
@Injectable()
export class PetitionFiguresReader {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async byUnitAndType(unitIds: string[] | 'all', from: string, to: string, asOf: Date): Promise<PetitionFigureRow[]> {
    if (unitIds !== 'all' && unitIds.length === 0) return [];
    const unitFilter = unitIds === 'all' ? '' : 'AND p.unit_id IN (:...unitIds)';
    const sql = `
      SELECT x.unit_id AS unit_id, x.type AS type, COUNT(*) AS received,
        SUM(x.handled) AS handled,
        SUM(CASE WHEN x.handled = 1 AND x.late = 0 THEN 1 ELSE 0 END) AS on_time,
        SUM(x.late) AS overdue
      FROM (
        SELECT p.unit_id, p.type,
          CASE WHEN p.status IN ('resolved', 'refused', 'transferred') THEN 1 ELSE 0 END AS handled,
          CASE WHEN p.late_completed OR (NOT p.paused AND p.open_due_at < :asOf) THEN 1 ELSE 0 END AS late
        FROM petitions p
        WHERE p.queue = 'main' AND p.type IN (:...types) AND p.received_on >= :from AND p.received_on <= :to
          ${unitFilter}
      ) x
      GROUP BY x.unit_id, x.type`;
    const rows = await namedQuery(this.ds, sql, { unitIds, types: PETITION_TYPES, from, to, asOf });
    return rows.map((r) => ({
      unitId: String(r.unit_id),
      type: String(r.type),
      received: num(r.received),
      handled: num(r.handled),
      onTime: num(r.on_time),
      overdue: num(r.overdue),
    }));
  }
}
