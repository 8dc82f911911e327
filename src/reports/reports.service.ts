import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { fail } from '../common/errors/catalogue.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { newId } from '../common/ids.js';
import { Clock } from '../common/time/clock.js';
import { TransactionRunner } from '../database/transaction.runner.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import type { UnitRecord } from '../org/org-reader.service.js';
import { share } from './domain/figures.js';
import {
  type DateRange,
  MAX_REPORT_DAYS,
  presetRange,
  previousRange,
  monthsOf,
  sameTimeLastYear,
} from './domain/periods.js';
import { toEpochDay } from '../calendar/domain/iso-date.js';
import type { ReportQuery, PublicComplianceQuery, SendReportDto } from './dto/reports.dto.js';
import { REPORTS_ERRORS } from './errors.js';
import { ReportFiguresService, treeOf, type UnitFigures } from './report-figures.service.js';
import { ReportSnapshotEntity } from './report-snapshot.entity.js';
import { ReportSnapshotsRepository } from './report-snapshots.repository.js';

export interface ReportBody extends UnitFigures {
  unit: { id: string; name: string };
  from: string;
  to: string;
  /** When the figures were counted. */
  asOf: string;
  /** Set when the figures shown are those frozen when the report was sent. */
  frozen: { version: number; documentNumber: string; sentAt: string; reason: string | null } | null;
  subUnits: (UnitFigures & { unit: { id: string; name: string } })[];
  previous: UnitFigures & { from: string; to: string };
  sameTimeLastYear: UnitFigures & { from: string; to: string };
  /** Month by month (the documents' line chart); stored with a sent report, else only counted for documents. */
  months?: MonthPoint[];
}

export interface MonthPoint {
  month: string;
  petitionsReceived: number;
  petitionsOnTime: number;
  sessionsHeld: number;
}

/** GET /reports, POST /reports/sent and the public compliance figures. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly figures: ReportFiguresService,
    private readonly scope: UnitScopeService,
    private readonly snapshots: ReportSnapshotsRepository,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The range asked for: a preset (`period` with `year`, `month`) or `from`/`to`, checked. */
  rangeOf(q: Pick<ReportQuery, 'from' | 'to' | 'period' | 'year' | 'month'>): DateRange {
    const bad = (field: string, message: string) =>
      fail(REPORTS_ERRORS.REPORT_INVALID_PERIOD, { errors: [{ field, message }] });
    let r: DateRange;
    if (q.period) {
      if (!q.year) throw bad('year', 'Bắt buộc khi chọn kỳ báo cáo.');
      if (q.period === 'month' && !q.month) throw bad('month', 'Bắt buộc khi chọn báo cáo tháng.');
      r = presetRange(q.period, q.year, q.month ?? 1);
    } else {
      if (!q.from) throw bad('from', 'Bắt buộc phải có (hoặc chọn kỳ báo cáo).');
      if (!q.to) throw bad('to', 'Bắt buộc phải có (hoặc chọn kỳ báo cáo).');
      r = { from: q.from, to: q.to };
    }
    if (r.to < r.from) throw bad('to', 'Không được sớm hơn ngày bắt đầu.');
    if (toEpochDay(r.to) - toEpochDay(r.from) + 1 > MAX_REPORT_DAYS) throw bad('to', 'Khoảng thời gian quá dài.');
    return r;
  }

  private async unitFor(user: AuthUser, unitId: string): Promise<{ unit: UnitRecord; all: UnitRecord[] }> {
    await this.scope.assertInScope(user, unitId, 'Đơn vị');
    const all = await this.figures.allUnits();
    const unit = all.find((u) => u.id === unitId);
    if (!unit) throw new NotFoundError('Đơn vị');
    return { unit, all };
  }

  /** The live figures of a unit (its subtree) with its sub-units, the previous period and last year's. */
  async compute(unit: UnitRecord, all: UnitRecord[], range: DateRange): Promise<ReportBody> {
    const asOf = this.clock.now();
    const tree = treeOf(unit, all);
    const prev = previousRange(range);
    const last = sameTimeLastYear(range);
    const previousFigures = this.figures.forTree({ ...tree, children: [] }, prev, asOf);
    // A range of whole years has the same previous period and same time last year: count it once.
    const sameAsPrevious = last.from === prev.from && last.to === prev.to;
    const [now, p, l] = await Promise.all([
      this.figures.forTree(tree, range, asOf),
      previousFigures,
      sameAsPrevious ? previousFigures : this.figures.forTree({ ...tree, children: [] }, last, asOf),
    ]);
    return {
      unit: { id: unit.id, name: unit.name },
      from: range.from,
      to: range.to,
      asOf: asOf.toISOString(),
      frozen: null,
      ...now.total,
      subUnits: now.subUnits.map((s) => ({ unit: { id: s.unit.id, name: s.unit.name }, ...s.figures })),
      previous: { from: prev.from, to: prev.to, ...p.total },
      sameTimeLastYear: { from: last.from, to: last.to, ...l.total },
    };
  }

  /** The figures of each month of the range (clipped to it), for the line chart. */
  async months(unit: UnitRecord, all: UnitRecord[], range: DateRange): Promise<MonthPoint[]> {
    const tree = { ...treeOf(unit, all), children: [] };
    const asOf = this.clock.now();
    const out: MonthPoint[] = [];
    for (const m of monthsOf(range)) {
      const [y, mo] = m.split('-').map(Number);
      const whole = presetRange('month', y, mo);
      const r = {
        from: whole.from < range.from ? range.from : whole.from,
        to: whole.to > range.to ? range.to : whole.to,
      };
      const { total } = await this.figures.forTree(tree, r, asOf);
      out.push({
        month: m,
        petitionsReceived: total.petitions.received,
        petitionsOnTime: total.petitions.onTime,
        sessionsHeld: total.reception.sessionsHeld,
      });
    }
    return out;
  }

  /** The report with its month-by-month points (documents). */
  async reportWithMonths(user: AuthUser, q: ReportQuery): Promise<ReportBody> {
    const body = await this.report(user, q);
    if (body.months) return body;
    const { unit, all } = await this.unitFor(user, q.unitId);
    return { ...body, months: await this.months(unit, all, { from: body.from, to: body.to }) };
  }

  /** A sent report shows its frozen figures (latest version) unless `live` asks for today's count. */
  async report(user: AuthUser, q: ReportQuery): Promise<ReportBody> {
    const range = this.rangeOf(q);
    const { unit, all } = await this.unitFor(user, q.unitId);
    if (!q.live) {
      const snap = await this.snapshots.latest(unit.id, range.from, range.to);
      if (snap) return frozenBody(snap);
    }
    return this.compute(unit, all, range);
  }

  async send(user: AuthUser, dto: SendReportDto): Promise<ReportBody> {
    const range = this.rangeOf(dto);
    const { unit, all } = await this.unitFor(user, dto.unitId);
    const body = { ...(await this.compute(unit, all, range)), months: await this.months(unit, all, range) };
    const reason = dto.reason?.trim() || null;
    const snap = await this.tx.run(async (em) => {
      const latest = await this.snapshots.latest(unit.id, range.from, range.to, em);
      if (latest && !reason) throw fail(REPORTS_ERRORS.REPORT_ALREADY_SENT, { extra: { version: latest.version } });
      const row = Object.assign(new ReportSnapshotEntity(), {
        id: newId(),
        unitId: unit.id,
        fromOn: range.from,
        toOn: range.to,
        version: (latest?.version ?? 0) + 1,
        documentNumber: dto.documentNumber.trim(),
        reason: latest ? reason : null,
        body: JSON.stringify({ ...body, frozen: null }),
        sentBy: user.id,
        sentAt: this.clock.now(),
      } satisfies ReportSnapshotEntity);
      await this.snapshots.insert(em, row);
      return row;
    });
    return frozenBody(snap);
  }

  async versions(user: AuthUser, q: ReportQuery) {
    const range = this.rangeOf(q);
    const { unit } = await this.unitFor(user, q.unitId);
    return (await this.snapshots.all(unit.id, range.from, range.to)).map((s) => ({
      version: s.version,
      documentNumber: s.documentNumber,
      reason: s.reason,
      sentAt: s.sentAt.toISOString(),
    }));
  }

  /**
   * Public figures of a year (no personal data): for the unit and each sub-unit, the reception calendar compliance
   * of its heads (sessions held in person against the minimum) and the share of petitions answered on time.
   */
  async publicCompliance(q: PublicComplianceQuery) {
    const all = await this.figures.allUnits();
    const root = q.unitId ? all.find((u) => u.id === q.unitId) : all.find((u) => !u.parentId);
    if (!root) throw new NotFoundError('Đơn vị');
    const range = { from: `${q.year}-01-01`, to: `${q.year}-12-31` };
    const tree = treeOf(root, all);
    const { total, subUnits } = await this.figures.forTree(tree, range, this.clock.now());
    const pub = (unit: UnitRecord, f: UnitFigures) => ({
      unit: { id: unit.id, name: unit.name },
      sessionsRequired: f.reception.sessionsRequired,
      sessionsHeld: f.reception.sessionsHeld,
      sessionsHeldByDeputy: f.reception.sessionsHeldByDeputy,
      receptionCompliance: share(
        Math.min(f.reception.sessionsHeld, f.reception.sessionsRequired),
        f.reception.sessionsRequired,
      ),
      petitionsHandled: f.petitions.handled,
      petitionsOnTime: f.petitions.onTime,
      onTimeShare: f.petitions.onTimeShare,
    });
    return {
      year: q.year,
      ...pub(root, total),
      subUnits: subUnits.map((s) => pub(s.unit, s.figures)),
    };
  }
}

function frozenBody(s: ReportSnapshotEntity): ReportBody {
  const body = JSON.parse(s.body) as ReportBody;
  return {
    ...body,
    frozen: { version: s.version, documentNumber: s.documentNumber, sentAt: s.sentAt.toISOString(), reason: s.reason },
  };
}
