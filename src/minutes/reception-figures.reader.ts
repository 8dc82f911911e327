import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { namedQuery, num } from '../database/named-query.js';

export interface ReceptionCaseFigureRow {
  unitId: string;
  petitionType: string;
  cases: number;
  people: number;
  groupCases: number;
}

/**
 * Reception cases for periodic reports: per unit and petition type, the cases received in a local-date range, the
 * people (a group counts all its people; the SQL form of `tallyCases` in src/reports/domain/figures.ts) and the group
 * cases of at least `groupMin` people. No personal data leaves this query.
 */
@Injectable()
export class ReceptionFiguresReader {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async byUnitAndType(
    unitIds: string[] | 'all',
    from: string,
    to: string,
    groupMin: number,
  ): Promise<ReceptionCaseFigureRow[]> {
    if (unitIds !== 'all' && unitIds.length === 0) return [];
    const unitFilter = unitIds === 'all' ? '' : 'AND c.unit_id IN (:...unitIds)';
    const rows = await namedQuery(
      this.ds,
      `SELECT c.unit_id AS unit_id, c.petition_type AS petition_type, COUNT(*) AS cases,
         SUM(CASE WHEN c.group_size > 1 THEN c.group_size ELSE 1 END) AS people,
         SUM(CASE WHEN c.group_size >= :groupMin THEN 1 ELSE 0 END) AS group_cases
       FROM reception_cases c
       WHERE c.received_on >= :from AND c.received_on <= :to ${unitFilter}
       GROUP BY c.unit_id, c.petition_type`,
      { unitIds, from, to, groupMin },
    );
    return rows.map((r) => ({
      unitId: String(r.unit_id),
      petitionType: String(r.petition_type),
      cases: num(r.cases),
      people: num(r.people),
      groupCases: num(r.group_cases),
    }));
  }
}
