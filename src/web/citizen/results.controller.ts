import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DateTime } from '../../common/time/luxon.js';
import { h } from 'preact';
import { OrgReader } from '../../org/org-reader.service.js';
import { PETITION_TYPE_LABELS, PETITION_TYPES, isPetitionType } from '../../petitions/domain/petition-types.js';
import { TaskResultsService } from '../../tasks/task-results.service.js';
import { formErrors } from '../common/form-errors.js';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { ResultsPage, type ResultsFilter } from './results.page.js';
import { SiteOfficeService } from './site-office.service.js';

const PAGE_SIZE = 20;
const str = (v: unknown, max = 40): string => (typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '');

/** "dd/mm/yyyy" (or yyyy-mm-dd) → yyyy-mm-dd; null when it is not a real date. */
export function parseDayVi(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? null;
  const d = m
    ? DateTime.fromObject({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) })
    : DateTime.fromISO(text);
  return d.isValid && d.year >= 2000 && d.year <= 2100 ? d.toISODate() : null;
}

/** "/ket-qua" — the published results (TaskResultsService.publicList, the same service as GET /public/results). */
@WebController('ket-qua')
export class ResultsController {
  constructor(
    private readonly results: TaskResultsService,
    private readonly org: OrgReader,
    private readonly offices: SiteOfficeService,
  ) {}

  @Get()
  async list(@Query() q: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const units = (await this.org.allUnits()).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const filter: ResultsFilter = {};
    const unitId = str(q.unitId);
    if (units.some((u) => u.id === unitId)) filter.unitId = unitId;
    if (str(q.subUnits) === 'true') filter.subUnits = 'true';
    const type = str(q.type);
    if (isPetitionType(type)) filter.type = type;
    const bad: Record<string, string> = {};
    const days: { from?: string; to?: string } = {};
    for (const k of ['from', 'to'] as const) {
      const raw = str(q[k], 20);
      if (!raw) continue;
      filter[k] = raw;
      const iso = parseDayVi(raw);
      if (iso) days[k] = iso;
      else bad[k] = 'Ngày không hợp lệ: hãy viết theo dạng ngày/tháng/năm, ví dụ 01/03/2026.';
    }
    if (days.from && days.to && days.from > days.to) bad.to = 'Ngày kết thúc phải sau ngày bắt đầu.';
    const page = Math.max(1, Math.min(10_000, Number.parseInt(str(q.trang), 10) || 1));
    const found = Object.keys(bad).length
      ? { items: [], total: 0 }
      : await this.results.publicList({
          unitId: filter.unitId,
          subUnits: filter.subUnits,
          type: filter.type as (typeof PETITION_TYPES)[number] | undefined,
          from: days.from,
          to: days.to,
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
    render(
      res,
      h(ResultsPage, {
        office: await this.offices.site(),
        units: units.map((u) => ({ value: u.id, label: u.name })),
        types: PETITION_TYPES.map((t) => ({ value: t, label: PETITION_TYPE_LABELS[t] })),
        filter,
        errors: Object.keys(bad).length ? formErrors(bad) : null,
        items: found.items,
        total: found.total,
        page,
        pages: Math.max(1, Math.ceil(found.total / PAGE_SIZE)),
      }),
    );
  }
}
