import { Injectable } from '@nestjs/common';
import { DateTime } from '../common/time/luxon.js';
import type { AuthUser } from '../auth/auth.decorators.js';
import { Clock } from '../common/time/clock.js';
import { formatDateVi } from '../documents/domain/vietnamese-format.js';
import { OrgReader } from '../org/org-reader.service.js';
import { UnitScopeService } from '../org/unit-scope.service.js';
import { buildReceptionLogPrintout, form03Row, FORM03_COLUMNS, FORM03_KEYS } from './domain/form03.js';
import type { LogFormat, ReceptionLogQuery } from './dto/minutes.dto.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesViewsService } from './minutes-views.service.js';
import { form03Csv, form03Xlsx } from './reception-log.export.js';
import { CONTENT_TYPES, type FileOut, renderAs } from './rendering.js';
import { fail } from '../common/errors/catalogue.js';
import { COMMON_ERRORS } from '../common/errors/common-errors.js';
import { ORG_ERRORS } from '../org/errors.js';

const MAX_DAYS = 366;
const LOG_ZONE = 'Asia/Ho_Chi_Minh';

/** The reception log (Form 03) of a unit over a period, as JSON, CSV, XLSX or the printed register. */
@Injectable()
export class ReceptionLogService {
  constructor(
    private readonly repo: MinutesRepository,
    private readonly views: MinutesViewsService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly clock: Clock,
  ) {}

  private async unitOf(user: AuthUser, q: ReceptionLogQuery): Promise<{ id: string; name: string }> {
    const unitId = q.unitId ?? user.unitId;
    const unit = unitId ? await this.org.findUnit(unitId) : null;
    if (!unit || !(await this.scope.inScope(user, unit.id))) {
      throw fail(ORG_ERRORS.UNIT_NOT_FOUND, {
        detail: 'Đơn vị không tồn tại hoặc ngoài phạm vi của bạn.',
        errors: [{ field: 'unitId', message: 'Đơn vị không tồn tại.' }],
      });
    }
    if (q.to < q.from)
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Khoảng thời gian không hợp lệ.',
        errors: [{ field: 'to', message: 'Không được sớm hơn ngày bắt đầu.' }],
      });
    if (DateTime.fromISO(q.to).diff(DateTime.fromISO(q.from), 'days').days > MAX_DAYS) {
      throw fail(COMMON_ERRORS.VALIDATION_FAILED, {
        detail: 'Chỉ xuất sổ tối đa một năm mỗi lần.',
        errors: [{ field: 'to', message: `Tối đa ${MAX_DAYS} ngày.` }],
      });
    }
    return unit;
  }

  async list(user: AuthUser, q: ReceptionLogQuery): Promise<{ json?: unknown; file?: FileOut }> {
    const unit = await this.unitOf(user, q);
    const format: LogFormat = q.format ?? 'json';
    const cases = await this.views.caseViews(await this.repo.logCases(unit.id, q.from, q.to), user, 'sổ tiếp công dân');
    const rows = cases.map((c, i) => form03Row(c, i));
    const base = `so-tiep-cong-dan-${q.from}-${q.to}`;
    if (format === 'json') {
      return {
        json: {
          unitId: unit.id,
          unitName: unit.name,
          from: q.from,
          to: q.to,
          columns: FORM03_KEYS.map((key, i) => ({ key, title: FORM03_COLUMNS[i] })),
          entries: cases.map((c, i) => ({
            ...rows[i],
            caseId: c.id,
            handlingRoute: c.handlingRoute,
            refusalGround: c.refusalGround,
            identityProtected: c.identityProtected,
            form: c.form ?? 'in_person',
          })),
        },
      };
    }
    if (format === 'csv')
      return { file: { body: form03Csv(rows), contentType: CONTENT_TYPES.csv, filename: `${base}.csv` } };
    const period = `Từ ngày ${formatDateVi(q.from)} đến ngày ${formatDateVi(q.to)}`;
    if (format === 'xlsx')
      return {
        file: {
          body: await form03Xlsx(rows, { unitName: unit.name, period }),
          contentType: CONTENT_TYPES.xlsx,
          filename: `${base}.xlsx`,
        },
      };
    const issuedOn = DateTime.fromJSDate(this.clock.now(), { zone: LOG_ZONE }).toISODate()!;
    const doc = buildReceptionLogPrintout({
      issuer: await this.views.issuer(unit.id, 'government'),
      from: q.from,
      to: q.to,
      issuedOn,
      cases,
    });
    return { file: await renderAs(doc, format, base) };
  }
}
