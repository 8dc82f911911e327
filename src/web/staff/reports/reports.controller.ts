import { Body, Get, Query, Req, Res } from '@nestjs/common';
import { AuditEntity } from '../../../audit/audit.decorator.js';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { hasAnyRole } from '../../../common/roles.js';
import { Clock } from '../../../common/time/clock.js';
import { createValidationPipe } from '../../../common/validation/validation.pipe.js';
import { OrgReader } from '../../../org/org-reader.service.js';
import { UnitScopeService } from '../../../org/unit-scope.service.js';
import { ReportQuery, SendReportDto } from '../../../reports/dto/reports.dto.js';
import { ReportDocumentsService } from '../../../reports/report-documents.service.js';
import { ReportsService } from '../../../reports/reports.service.js';
import { localDateOf } from '../../common/format.js';
import { formErrors, formErrorsOrThrow, type FormErrors } from '../../common/form-errors.js';
import { privatePage, render, seeOther } from '../../common/render.js';
import { WebPost } from '../../common/web-post.js';
import { CurrentStaff, StaffController, StaffRoles, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { readReportChoice, reportQueryString, type ReportChoice } from './domain/report-choice.js';
import { ReportPage, type ReportPageProps } from './report.page.js';
import { REPORTS_STAFF_PATH } from './report-paths.js';

const FORMATS = ['pdf', 'docx', 'xlsx'] as const;

/**
 * `/can-bo/bao-cao`: the periodic report of a unit (and its sub-units) on the same service as GET /reports, with its
 * roles (leader, office, inspector, secretary; admin): the figures as tables, the charts as inline SVG, the DOCX, PDF
 * and XLSX downloads, and "sent" with the document number (POST /reports/sent: leader) — frozen, a new version with a
 * reason.
 */
@AuditEntity('report') // the same name as the API's rows
@StaffController('bao-cao', 'leader', 'office', 'inspector', 'secretary')
export class StaffReportsController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly frames: StaffFrameService,
    private readonly reports: ReportsService,
    private readonly documents: ReportDocumentsService,
    private readonly org: OrgReader,
    private readonly scope: UnitScopeService,
    private readonly clock: Clock,
  ) {}

  private async units(user: StaffUser): Promise<{ id: string; name: string }[]> {
    const filter = await this.scope.unitFilter(user);
    const all = await this.org.allUnits();
    // The person's own unit first, then the others of their scope by name.
    return all
      .filter((u) => filter === 'all' || filter.includes(u.id))
      .map((u) => ({ id: u.id, name: u.name, own: u.id === user.unitId, root: !u.parentId }))
      .sort(
        (a, b) =>
          Number(b.own) - Number(a.own) || Number(b.root) - Number(a.root) || a.name.localeCompare(b.name, 'vi'),
      )
      .map(({ id, name }) => ({ id, name }));
  }

  private choice(user: StaffUser, raw: Record<string, unknown>, units: { id: string }[]): ReportChoice {
    return readReportChoice(raw, { unitId: user.unitId ?? units[0]?.id ?? '', today: localDateOf(this.clock.now()) });
  }

  private async query(c: ReportChoice, extra: Record<string, unknown> = {}): Promise<ReportQuery> {
    return (await this.validation.transform(
      { ...c.query, ...extra },
      { type: 'query', metatype: ReportQuery },
    )) as ReportQuery;
  }

  private async page(
    user: StaffUser,
    raw: Record<string, unknown>,
    req: Request,
    res: Response,
    extra: Partial<Pick<ReportPageProps, 'sendErrors' | 'sendValues' | 'done'>> & { status?: number } = {},
  ): Promise<void> {
    privatePage(res);
    const units = await this.units(user);
    const c = this.choice(user, raw, units);
    const live = raw.live === 'true';
    let errors: FormErrors | null = c.query ? null : formErrors(c.problems);
    let report: ReportPageProps['report'] = null;
    let versions: ReportPageProps['versions'] = [];
    let status = extra.status ?? (errors ? 400 : 200);
    if (c.query) {
      try {
        const q = await this.query(c, live ? { live: 'true' } : {});
        [report, versions] = await Promise.all([
          this.reports.reportWithMonths(user, q),
          this.reports.versions(user, q),
        ]);
      } catch (e) {
        errors = formErrorsOrThrow(e);
        status = e instanceof DomainError ? e.status : 400;
      }
    }
    render(
      res,
      h(ReportPage, {
        frame: await this.frames.of(user, req, res),
        units,
        values: c.values,
        report,
        versions,
        live,
        canSend: hasAnyRole(user.roles, ['leader']),
        errors,
        ...extra,
      }),
      status,
    );
  }

  @Get()
  async show(
    @CurrentStaff() user: StaffUser,
    @Query() raw: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.page(user, raw, req, res, { done: typeof raw.xong === 'string' ? raw.xong : null });
  }

  /** The report as DOCX, PDF or XLSX (the same files as GET /reports?format=…). */
  @Get('tai-ve')
  async download(
    @CurrentStaff() user: StaffUser,
    @Query() raw: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const format = FORMATS.find((f) => f === raw.format);
    if (!format) throw new NotFoundError('Tệp báo cáo');
    const units = await this.units(user);
    const c = this.choice(user, raw, units);
    if (!c.query) return this.page(user, raw, req, res);
    let file: { body: Buffer; contentType: string; filename: string };
    try {
      const body = await this.reports.reportWithMonths(user, await this.query(c));
      file = await this.documents.render(body, format);
    } catch (e) {
      formErrorsOrThrow(e);
      return this.page(user, raw, req, res);
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }

  /** Marks the report sent with its document number (frozen); again for the same period needs a reason. */
  @WebPost('da-gui')
  @StaffRoles('leader')
  async send(
    @CurrentStaff() user: StaffUser,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const units = await this.units(user);
    const c = this.choice(user, body, units);
    const documentNumber = typeof body.documentNumber === 'string' ? body.documentNumber : '';
    const reason = typeof body.reason === 'string' ? body.reason : '';
    const sendValues = { documentNumber, reason };
    if (!c.query) return this.page(user, body, req, res, { sendValues });
    const fieldOf = (p: string) => (p === 'documentNumber' ? 'so-van-ban' : p === 'reason' ? 'ly-do' : null);
    try {
      const input: Record<string, unknown> = { ...c.query, documentNumber };
      if (reason.trim()) input.reason = reason;
      const dto = (await this.validation.transform(input, { type: 'body', metatype: SendReportDto })) as SendReportDto;
      await this.reports.send(user, dto);
      return seeOther(res, `${REPORTS_STAFF_PATH}?${reportQueryString(c.values, { xong: 'da-gui' })}#da-gui`);
    } catch (e) {
      const errors = formErrorsOrThrow(e, fieldOf);
      // "Already sent" names no field: it is the reason that is missing.
      if (e instanceof DomainError && e.code === 'REPORT_ALREADY_SENT') {
        errors.summary = [{ message: e.message, fieldId: 'ly-do' }];
        errors.byField['ly-do'] = e.message;
      }
      return this.page(user, body, req, res, {
        sendErrors: errors,
        sendValues,
        status: e instanceof DomainError ? e.status : 400,
      });
    }
  }
}
