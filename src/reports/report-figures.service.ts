import { Inject, Injectable, Optional } from '@nestjs/common';
import { ComplianceService } from '../compliance/compliance.service.js';
import { DialogueFiguresReader } from '../dialogues/dialogue-figures.reader.js';
import { ReceptionFiguresReader } from '../minutes/reception-figures.reader.js';
import { OrgReader, type UnitRecord } from '../org/org-reader.service.js';
import { SessionFiguresReader } from '../sessions/session-figures.reader.js';
import { PetitionFiguresReader } from '../tasks/petition-figures.reader.js';
import {
  AD_HOC_TRIGGERS,
  type AdHocTrigger,
  emptyFigures,
  type Figures,
  GROUP_CASE_MIN_PEOPLE,
  headReception,
  PETITION_KINDS,
  type PetitionKind,
  rollUp,
  share,
  withHeadTotals,
} from './domain/figures.js';
import { type DateRange } from './domain/periods.js';
import { SATISFACTION_SOURCE, type SatisfactionFigures, type SatisfactionSource } from './satisfaction.source.js';

export interface UnitFigures extends Figures {
  satisfaction: SatisfactionFigures | null;
}

/** The unit tree below a unit: every unit of the subtree and each direct child's own subtree. */
export interface UnitTree {
  unit: UnitRecord;
  all: UnitRecord[];
  children: { unit: UnitRecord; subtree: UnitRecord[] }[];
}

export function treeOf(unit: UnitRecord, units: readonly UnitRecord[]): UnitTree {
  const kids = new Map<string, UnitRecord[]>();
  for (const u of units) if (u.parentId) kids.set(u.parentId, [...(kids.get(u.parentId) ?? []), u]);
  const subtree = (root: UnitRecord): UnitRecord[] => {
    const out: UnitRecord[] = [];
    const stack = [root];
    while (stack.length) {
      const u = stack.pop()!;
      out.push(u);
      stack.push(...(kids.get(u.id) ?? []));
    }
    return out;
  };
  return {
    unit,
    all: subtree(unit),
    children: (kids.get(unit.id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((c) => ({ unit: c, subtree: subtree(c) })),
  };
}

/**
 * The figures of a set of units over a range, per unit, from the owning modules' readers (one GROUP BY query per
 * kind of fact) and the compliance module's per-head rules. Roll-ups add the units' figures.
 */
@Injectable()
export class ReportFiguresService {
  constructor(
    private readonly org: OrgReader,
    private readonly compliance: ComplianceService,
    private readonly petitions: PetitionFiguresReader,
    private readonly sessions: SessionFiguresReader,
    private readonly reception: ReceptionFiguresReader,
    private readonly dialogues: DialogueFiguresReader,
    @Optional() @Inject(SATISFACTION_SOURCE) private readonly satisfactionSource?: SatisfactionSource,
  ) {}

  allUnits(): Promise<UnitRecord[]> {
    return this.org.allUnits();
  }

  /** Figures per unit id for every unit of `units` (units without any fact get zeros). */
  async perUnit(units: readonly UnitRecord[], range: DateRange, asOf: Date): Promise<Map<string, Figures>> {
    const ids = units.map((u) => u.id);
    const [heads, petitions, adHoc, cases, dialogues, required] = await Promise.all([
      this.compliance.forUnits(ids, range.from, range.to),
      this.petitions.byUnitAndType(ids, range.from, range.to, asOf),
      this.sessions.adHocHeld(ids, range.from, range.to),
      this.reception.byUnitAndType(ids, range.from, range.to, GROUP_CASE_MIN_PEOPLE),
      this.dialogues.byUnit(ids, range.from, range.to, asOf),
      this.dialogues.required(units, range.from, range.to),
    ]);
    const out = new Map<string, Figures>(ids.map((id) => [id, emptyFigures()]));
    const at = (id: string) => out.get(id);
    for (const id of ids) {
      const f = at(id)!;
      f.reception = withHeadTotals(f.reception, headReception(heads.filter((h) => h.unitId === id)));
      f.dialogues.required = required.get(id) ?? 0;
    }
    for (const r of petitions) {
      const f = at(r.unitId);
      if (!f || !(PETITION_KINDS as readonly string[]).includes(r.type)) continue;
      const c = f.petitions.byType[r.type as PetitionKind];
      c.received += r.received;
      c.handled += r.handled;
      c.onTime += r.onTime;
      c.overdue += r.overdue;
      c.onTimeShare = share(c.onTime, c.handled);
      f.petitions.received += r.received;
      f.petitions.handled += r.handled;
      f.petitions.onTime += r.onTime;
      f.petitions.overdue += r.overdue;
      f.petitions.onTimeShare = share(f.petitions.onTime, f.petitions.handled);
    }
    for (const r of adHoc) {
      const f = at(r.unitId);
      if (!f) continue;
      f.reception.adHocSessions += r.held;
      if (r.reason && (AD_HOC_TRIGGERS as readonly string[]).includes(r.reason))
        f.reception.adHocByTrigger[r.reason as AdHocTrigger] += r.held;
    }
    for (const r of cases) {
      const f = at(r.unitId);
      if (!f) continue;
      f.reception.citizensReceived += r.people;
      f.reception.groupCases += r.groupCases;
      if ((PETITION_KINDS as readonly string[]).includes(r.petitionType))
        f.reception.cases[r.petitionType as PetitionKind] += r.cases;
    }
    for (const r of dialogues) {
      const f = at(r.unitId);
      if (!f) continue;
      const { unitId: _unit, ...counts } = r;
      void _unit;
      Object.assign(f.dialogues, counts);
    }
    return out;
  }

  /** The unit's total (its subtree) and each direct sub-unit's, over one range. */
  async forTree(
    tree: UnitTree,
    range: DateRange,
    asOf: Date,
  ): Promise<{ total: UnitFigures; subUnits: { unit: UnitRecord; figures: UnitFigures }[] }> {
    const per = await this.perUnit(tree.all, range, asOf);
    const sum = async (units: readonly UnitRecord[]): Promise<UnitFigures> => ({
      ...rollUp(units.map((u) => per.get(u.id)!)),
      satisfaction: await this.satisfaction(
        units.map((u) => u.id),
        range,
      ),
    });
    return {
      total: await sum(tree.all),
      subUnits: await Promise.all(tree.children.map(async (c) => ({ unit: c.unit, figures: await sum(c.subtree) }))),
    };
  }

  async satisfaction(unitIds: string[], range: DateRange): Promise<SatisfactionFigures | null> {
    if (!this.satisfactionSource) return null;
    return this.satisfactionSource.satisfaction(unitIds, range.from, range.to);
  }
}
