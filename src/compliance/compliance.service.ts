import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.decorators.js';
import { CalendarService } from '../calendar/calendar.service.js';
import {
  frequencyInForce,
  onlineCountsOn,
  presetInForce,
  requiredSessionsOver,
} from '../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../calendar/rule-presets.service.js';
import { type OfficialRecord, OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { SessionsReader } from '../sessions/sessions-reader.service.js';
import { type ReportPeriod, reportPeriods, tallyByForm, tallyHeld } from './domain/compliance.js';
import type { ComplianceQuery } from './dto/compliance.dto.js';
import { fail } from '../common/errors/catalogue.js';
import { COMPLIANCE_ERRORS } from './errors.js';

export interface ComplianceRow {
  officialId: string;
  fullName: string;
  title: string;
  body: string;
  unitId: string;
  unitName: string;
  level: string;
  period: string;
  periodFrom: string;
  periodTo: string;
  required: number;
  heldInPerson: number;
  heldByDeputy: number;
  /** The head's own sessions held at the venue (in person or hybrid). */
  heldAtVenue: number;
  /** The head's own online-only sessions. */
  heldOnline: number;
  /** Online-only sessions counted toward the frequency per the online-reception preset on each session's date. */
  onlineCounted: number;
  /** heldAtVenue + onlineCounted: what the shortfall is measured against. */
  counted: number;
  shortfall: number;
  /** The rule in force at the end of the period (null when none applies). */
  rule: { count: number; per: string; source: string } | null;
  /** The online-reception rule in force at the end of the period (null before any version). */
  onlineRule: { countsTowardFrequency: boolean; verified: boolean; effectiveFrom: string; source: string } | null;
}

/**
 * Per head official and period: the minimum of the reception-frequency preset in force (cut at every rule change, by
 * the unit's level and the official's body) against the sessions held in person and by a deputy. Online-only sessions
 * are shown apart and counted only where the online-reception preset in force on their date says so.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly sessions: SessionsReader,
    private readonly calendar: CalendarService,
    private readonly presets: RulePresetsService,
  ) {}

  async report(user: AuthUser, q: ComplianceQuery): Promise<ComplianceRow[]> {
    const year = this.calendar.today().slice(0, 4);
    const from = q.from ?? `${year}-01-01`;
    const to = q.to ?? `${year}-12-31`;
    if (to < from)
      throw fail(COMPLIANCE_ERRORS.INVALID_PERIOD, {
        errors: [{ field: 'to', message: 'Không được sớm hơn ngày bắt đầu.' }],
      });
    let periods: ReportPeriod[];
    try {
      periods = q.period ? reportPeriods(q.period, from, to) : [{ label: `${from}/${to}`, from, to }];
    } catch {
      throw fail(COMPLIANCE_ERRORS.INVALID_PERIOD, {
        detail: 'Khoảng thời gian quá dài.',
        errors: [{ field: 'from', message: 'Khoảng thời gian quá dài.' }],
      });
    }
    if (q.unitId) await this.scope.assertInScope(user, q.unitId, 'Đơn vị');
    const heads = await this.org.officialsIn(await this.scope.unitFilter(user), { unitId: q.unitId, position: 'head' });
    return this.rowsFor(heads, periods);
  }

  /**
   * The same rows for the head officials of some units over one period, without a user's scope (the caller checked
   * it): the periodic reports reuse these rules.
   */
  async forUnits(unitIds: string[] | 'all', from: string, to: string): Promise<ComplianceRow[]> {
    if (unitIds !== 'all' && unitIds.length === 0) return [];
    const heads = await this.org.officialsIn(unitIds, { position: 'head' });
    return this.rowsFor(heads, [{ label: `${from}/${to}`, from, to }]);
  }

  private async rowsFor(heads: readonly OfficialRecord[], periods: ReportPeriod[]): Promise<ComplianceRow[]> {
    if (heads.length === 0 || periods.length === 0) return [];
    const units = new Map((await this.org.allUnits()).map((u) => [u.id, u]));
    const [presets, cal] = [await this.presets.receptionFrequency(), await this.calendar.calendar()];
    const online = await this.presets.onlineReception();
    const countsOnline = (date: string) => onlineCountsOn(online, date);
    const held = await this.sessions.held(
      heads.map((h) => h.id),
      periods[0].from,
      periods[periods.length - 1].to,
    );
    // Each head's own sessions (the tallies keep only the head's: grouped once instead of scanned once per head).
    const heldOf = new Map<string, typeof held>();
    for (const s of held) {
      const list = heldOf.get(s.officialId);
      if (list) list.push(s);
      else heldOf.set(s.officialId, [s]);
    }

    const rows: ComplianceRow[] = [];
    for (const h of heads) {
      const unit = units.get(h.unitId);
      const level = unit?.level ?? 'commune';
      const series = presets.series.find((s) => s.level === level && s.body === h.body);
      for (const p of periods) {
        const required = series ? requiredSessionsOver(series.versions, p.from, p.to, cal) : 0;
        const own = heldOf.get(h.id) ?? [];
        const counts = tallyHeld(h.id, own, p);
        const forms = tallyByForm(h.id, own, p, countsOnline);
        const rule = frequencyInForce(presets, level, h.body, p.to);
        const onlineRule = presetInForce(online.versions, p.to);
        rows.push({
          officialId: h.id,
          fullName: h.fullName,
          title: h.title,
          body: h.body,
          unitId: h.unitId,
          unitName: unit?.name ?? '',
          level,
          period: p.label,
          periodFrom: p.from,
          periodTo: p.to,
          required,
          ...counts,
          ...forms,
          shortfall: Math.max(0, required - forms.counted),
          rule: rule ? { count: rule.count, per: rule.per, source: rule.source } : null,
          onlineRule: onlineRule
            ? {
                countsTowardFrequency: onlineRule.countsTowardFrequency,
                verified: onlineRule.verified,
                effectiveFrom: onlineRule.effectiveFrom,
                source: onlineRule.source,
              }
            : null,
        });
      }
    }
    return rows;
  }
}
