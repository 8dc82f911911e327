import { Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { CalendarService } from '../../../calendar/calendar.service.js';
import { ComplianceService } from '../../../compliance/compliance.service.js';
import { privatePage, render } from '../../common/render.js';
import { CurrentStaff, StaffController, type StaffUser } from '../staff-controller.js';
import { StaffFrameService } from '../staff-frame.service.js';
import { CompliancePage } from './compliance.page.js';
import { complianceChoice } from './domain/compliance-view.js';
import { OfficeDirectoryService } from './office-directory.service.js';
import { uuidOrUndefined } from './office-paths.js';

/**
 * `/can-bo/tuan-thu`: per head official and period, the sessions required by the preset in force and those held in
 * person or by a deputy (`GET /compliance`, same scope), as a table and a bar chart drawn by the server.
 */
@StaffController('tuan-thu')
export class OfficeComplianceController {
  constructor(
    private readonly frames: StaffFrameService,
    private readonly compliance: ComplianceService,
    private readonly directory: OfficeDirectoryService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  async page(
    @CurrentStaff() user: StaffUser,
    @Query() q: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    privatePage(res);
    const today = this.calendar.today();
    const { year, period } = complianceChoice(q, today);
    const dir = await this.directory.of(user);
    const wanted = uuidOrUndefined(q.donvi);
    const unitId = wanted && dir.units.some((u) => u.id === wanted) ? wanted : undefined;
    const rows = await this.compliance.report(user, { unitId, from: `${year}-01-01`, to: `${year}-12-31`, period });
    const thisYear = Number(today.slice(0, 4));
    render(
      res,
      h(CompliancePage, {
        frame: await this.frames.of(user, req, res),
        rows,
        year,
        period,
        years: Array.from({ length: 4 }, (_, i) => thisYear + 1 - i),
        units: dir.units.map((u) => ({ value: u.id, label: u.name })),
        unitId,
      }),
    );
  }
}
