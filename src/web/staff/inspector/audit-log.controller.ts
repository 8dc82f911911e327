import { Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { AuditService } from '../../../audit/audit.service.js';
import { UnitScopeService } from '../../../org/unit-scope.service.js';
import { formErrors } from '../../common/form-errors.js';
import { privatePage, render } from '../../common/render.js';
import { paging } from '../../domain/paging.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { pageAsked } from '../tasks/domain/task-board.js';
import { AuditLogPage } from './audit-log.page.js';
import { auditFilter } from './domain/audit-filter.js';

const PAGE = 20;

/**
 * `/can-bo/nhat-ky` (inspector, admin): the audit log as GET /audit answers it — the admin reads the whole log with
 * any filter; an inspector reads the trail of one record of its units (type and id required; another unit's record
 * answers the 404 page), with the other filters on top.
 */
@StaffController('nhat-ky', 'inspector', 'admin')
export class AuditLogController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly audit: AuditService,
    private readonly scope: UnitScopeService,
  ) {}

  @Get()
  async log(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const { form, problems, filter } = auditFilter(q);
    const admin = user.roles.includes('admin');
    const needsRecord = !admin && !(filter.entityType && filter.entityId);
    const ok = Object.keys(problems).length === 0 && !needsRecord;
    if (ok && !admin)
      await this.scope.assertInScope(user, await this.audit.unitOf(filter.entityType!, filter.entityId!));
    const asked = pageAsked(q.trang);
    const list = (offset: number) => this.audit.list({ ...filter, limit: PAGE, offset });
    let found = ok ? await list((asked - 1) * PAGE) : { items: [], total: 0 };
    const p = paging(String(asked), found.total, PAGE);
    if (ok && p.page !== asked && found.total > 0) found = await list(p.offset);
    const hasProblems = Object.keys(problems).length > 0;
    render(
      res,
      h(AuditLogPage, {
        frame: await this.frames.of(user, req, res),
        form,
        errors: hasProblems ? formErrors(problems) : null,
        needsRecord: needsRecord && !hasProblems,
        rows: found.items,
        paging: p,
      }),
      hasProblems ? 400 : 200,
    );
  }
}
