import { Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { h } from 'preact';
import { frequencyInForce } from '../../calendar/domain/rule-presets.js';
import { RulePresetsService } from '../../calendar/rule-presets.service.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { OrgReader } from '../../org/org-reader.service.js';
import { localDateOf } from '../common/format.js';
import { render } from '../common/render.js';
import { WebController } from '../common/web-controller.js';
import { unitPath } from './texts.js';
import { HowToPage } from './how-to.page.js';
import { SiteOfficeService } from './site-office.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "/cach-thuc-tiep-cong-dan/:unitId" — when, where, what to bring, refusal grounds; from the presets in force today. */
@WebController('cach-thuc-tiep-cong-dan')
export class HowToController {
  constructor(
    private readonly org: OrgReader,
    private readonly presets: RulePresetsService,
    private readonly offices: SiteOfficeService,
    private readonly clock: Clock,
  ) {}

  @Get(':unitId')
  async page(@Param('unitId') unitId: string, @Res() res: Response): Promise<void> {
    const unit = UUID.test(unitId) ? await this.org.findUnit(unitId) : null;
    if (!unit) throw new NotFoundError('Đơn vị');
    const today = localDateOf(this.clock.now());
    const presets = await this.presets.receptionFrequency();
    const frequency = frequencyInForce(presets, unit.level, 'government', today) ?? null;
    const holder = presets.series.find((s) => s.level === unit.level && s.body === 'government')?.holder ?? null;
    const venues = (await this.org.venuesByName(unit.id)).map((v) => ({ name: v.name, address: v.address }));
    render(
      res,
      h(HowToPage, {
        office: await this.offices.of(unit),
        unitName: unit.name,
        calendarPath: unitPath(unit.id),
        holder,
        frequency,
        venues,
      }),
    );
  }
}
