import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { h } from 'preact';
import { Clock } from '../../common/time/clock.js';
import { OrgReader } from '../../org/org-reader.service.js';
import { localDateOf } from '../common/format.js';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { listUnits } from '../domain/unit-search.js';
import { HomePage } from './home.page.js';
import { SiteOfficeService } from './site-office.service.js';

/** "/" — the units, searchable by name with or without diacritics. */
@WebController('')
export class HomeController {
  constructor(
    private readonly org: OrgReader,
    private readonly offices: SiteOfficeService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async home(@Query('q') q: unknown, @Res() res: Response): Promise<void> {
    const query = typeof q === 'string' ? q.normalize('NFC').trim().slice(0, 100) : '';
    const units = listUnits(await this.org.allUnits(), localDateOf(this.clock.now()), query);
    render(res, h(HomePage, { office: await this.offices.site(), units, query }));
  }
}
