import { Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { h } from 'preact';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { CitizenCalendarService } from './calendar.service.js';
import { SiteOfficeService } from './site-office.service.js';
import { UnitPage } from './unit.page.js';

/** /don-vi/:id — a unit's public calendar. */
@WebController('don-vi')
export class UnitController {
  constructor(
    private readonly calendar: CitizenCalendarService,
    private readonly offices: SiteOfficeService,
  ) {}

  @Get(':id')
  async unit(@Param('id', UuidPipe) id: string, @Res() res: Response): Promise<void> {
    const unit = await this.calendar.unit(id);
    if (!unit) throw new NotFoundError('Đơn vị');
    const [sessions, dialogues, office] = await Promise.all([
      this.calendar.sessionsOf(unit.id),
      this.calendar.dialoguesOf(unit.id),
      this.offices.of(unit),
    ]);
    render(
      res,
      h(UnitPage, {
        office,
        unitId: unit.id,
        unitName: unit.name,
        sessions,
        dialogues,
        feedUrl: this.calendar.feedOfUnit(unit.id),
      }),
    );
  }
}
