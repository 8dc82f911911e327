import { Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { h } from 'preact';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { DataUsePage } from './data-use.page.js';
import { SiteOfficeService } from './site-office.service.js';

/** The explanation the booking form's consent links to (Decree 13/2023/NĐ-CP). */
@WebController('du-lieu-ca-nhan')
export class DataUseController {
  constructor(private readonly offices: SiteOfficeService) {}

  @Get()
  async page(@Res() res: Response): Promise<void> {
    render(res, h(DataUsePage, { office: await this.offices.site() }));
  }
}
