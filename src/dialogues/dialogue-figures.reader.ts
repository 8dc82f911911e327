import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { namedQuery, num } from '../database/named-query.js';
import type { UnitRecord } from '../org/org-reader.service.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { DialoguesRepository } from './dialogues.repository.js';
import type { DialogueLevel } from './domain/dialogue-presets.js';
import { dialogueCompliance } from './domain/dialogue-rules.js';

export interface DialogueFigureRow {
  unitId: string;
  held: number;
  questions: number;
  questionsAnswered: number;
  commitments: number;
  commitmentsDone: number;
  commitmentsOnTime: number;
  commitmentsOverdue: number;
}

/**
 * Dialogue figures for periodic reports, by unit over a local-date range (GROUP BY queries):
 * - held: dialogues held (results published or not) on a day of the range;
 * - questions: questions sent before those dialogues (merged duplicates not counted again); answered: minute items
 *   with an answer;
 * - commitments: minute items with a commitment, through their follow-up task — the SQL form of
 *   `tallyCommitments` in src/reports/domain/figures.ts (done on time: completed by the due instant; overdue: done
 *   late or still open past it).
 * `required` reuses the dialogue compliance rules (the preset's periods that end in the range, plus voter requests).
 */
@Injectable()
export class DialogueFiguresReader {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    private readonly repo: DialoguesRepository,
    private readonly rules: DialogueRulesService,
  ) {}

  async byUnit(unitIds: string[] | 'all', from: string, to: string, asOf: Date): Promise<DialogueFigureRow[]> {
    if (unitIds !== 'all' && unitIds.length === 0) return [];
    const unitFilter = unitIds === 'all' ? '' : 'AND d.unit_id IN (:...unitIds)';
    const inRange = `d.local_date >= :from AND d.local_date <= :to AND d.status IN ('held', 'results_published') ${unitFilter}`;
    const params = { unitIds, from, to, asOf };
    const [held, questions, items] = await Promise.all([
      namedQuery(
        this.ds,
        `SELECT d.unit_id AS unit_id, COUNT(*) AS n FROM dialogues d WHERE ${inRange} GROUP BY d.unit_id`,
        params,
      ),
      namedQuery(
        this.ds,
        `SELECT d.unit_id AS unit_id, COUNT(*) AS n FROM dialogue_questions q JOIN dialogues d ON d.id = q.dialogue_id
         WHERE q.status <> 'merged' AND ${inRange} GROUP BY d.unit_id`,
        params,
      ),
      namedQuery(
        this.ds,
        `SELECT d.unit_id AS unit_id,
           SUM(CASE WHEN i.answer IS NOT NULL AND i.answer <> '' THEN 1 ELSE 0 END) AS answered,
           SUM(CASE WHEN i.commitment_text IS NOT NULL THEN 1 ELSE 0 END) AS commitments,
           SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END) AS done,
           SUM(CASE WHEN t.status = 'done' AND t.completed_at <= t.due_at THEN 1 ELSE 0 END) AS on_time,
           SUM(CASE WHEN (t.status = 'done' AND t.completed_at > t.due_at)
                      OR (t.status <> 'done' AND t.due_at < :asOf) THEN 1 ELSE 0 END) AS overdue
         FROM dialogue_minute_items i
         JOIN dialogue_minutes m ON m.id = i.minutes_id
         JOIN dialogues d ON d.id = m.dialogue_id
         LEFT JOIN tasks t ON t.id = i.task_id AND i.commitment_text IS NOT NULL
         WHERE ${inRange} GROUP BY d.unit_id`,
        params,
      ),
    ]);
    const out = new Map<string, DialogueFigureRow>();
    const row = (unitId: string) => {
      let r = out.get(unitId);
      if (!r) {
        r = {
          unitId,
          held: 0,
          questions: 0,
          questionsAnswered: 0,
          commitments: 0,
          commitmentsDone: 0,
          commitmentsOnTime: 0,
          commitmentsOverdue: 0,
        };
        out.set(unitId, r);
      }
      return r;
    };
    for (const r of held) row(String(r.unit_id)).held = num(r.n);
    for (const r of questions) row(String(r.unit_id)).questions = num(r.n);
    for (const r of items) {
      const x = row(String(r.unit_id));
      x.questionsAnswered = num(r.answered);
      x.commitments = num(r.commitments);
      x.commitmentsDone = num(r.done);
      x.commitmentsOnTime = num(r.on_time);
      x.commitmentsOverdue = num(r.overdue);
    }
    return [...out.values()];
  }

  /**
   * Dialogues required of each unit in [from, to] by the dialogue preset (the compliance rules of
   * `dialogueCompliance`): for each year touched, the strictest series' periods that end inside the range, plus one
   * per voter request dated in the range.
   */
  async required(units: readonly UnitRecord[], from: string, to: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!units.length) return out;
    const presets = await this.rules.dialoguePresets();
    const today = this.rules.today();
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      const facts = await this.repo.factsFor(
        units.map((u) => u.id),
        y,
      );
      const byUnit = new Map<string, typeof facts>();
      for (const f of facts) byUnit.set(f.unitId, [...(byUnit.get(f.unitId) ?? []), f]);
      for (const u of units) {
        const unitFacts = byUnit.get(u.id) ?? [];
        const c = dialogueCompliance(presets, u.level as DialogueLevel, y, unitFacts, today);
        const periodic = Math.max(
          0,
          ...c.series.map((s) =>
            s.periods.filter((p) => p.to >= from && p.to <= to).reduce((n, p) => n + p.required, 0),
          ),
        );
        const voter = unitFacts.filter(
          (f) => f.trigger === 'voter_request' && f.status !== 'cancelled' && f.localDate >= from && f.localDate <= to,
        ).length;
        out.set(u.id, (out.get(u.id) ?? 0) + periodic + voter);
      }
    }
    return out;
  }
}
