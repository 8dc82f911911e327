import { Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { h } from 'preact';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { PreparedPage, sendPage } from '../common/page-cache.js';
import { renderPage } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { CitizenCalendarService } from './calendar.service.js';
import { PublicPages } from './public-pages.service.js';
import { SiteOfficeService } from './site-office.service.js';
import { UnitPage } from './unit.page.js';

/** /don-vi/:id — a unit's public calendar (the same for every visitor: kept by PublicPages). */
@WebController('don-vi')
export class UnitController {
  constructor(
    private readonly calendar: CitizenCalendarService,
    private readonly offices: SiteOfficeService,
    private readonly pages: PublicPages,
  ) {}

  @Get(':id')
  async unit(@Param('id', UuidPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.pages.get(`unit:${id}`, () => this.render(id));
    sendPage(req, res, page!);
  }

  private async render(id: string): Promise<PreparedPage> {
    const unit = await this.calendar.unit(id);
    if (!unit) throw new NotFoundError('Đơn vị');
    const [sessions, dialogues, office] = await Promise.all([
      this.calendar.sessionsOf(unit.id),
      this.calendar.dialoguesOf(unit.id),
      this.offices.of(unit),
    ]);
    return PreparedPage.of(
      renderPage(
        h(UnitPage, {
          office,
          unitId: unit.id,
          unitName: unit.name,
          sessions,
          dialogues,
          feedUrl: this.calendar.feedOfUnit(unit.id),
        }),
      ),
    );
  }
}
