import { Module } from '@nestjs/common';
import { CommonModule } from '../../common/common.module.js';
import { OrgModule } from '../../org/org.module.js';
import { WebCommonModule } from '../common/web-common.module.js';
import { DataUseController } from './data-use.controller.js';
import { HomeController } from './home.controller.js';
import { SiteOfficeService } from './site-office.service.js';

/** The citizens' website: the reception calendar, booking a slot and managing it. */
@Module({
  imports: [WebCommonModule, CommonModule, OrgModule],
  controllers: [HomeController, DataUseController],
  providers: [SiteOfficeService],
  exports: [SiteOfficeService],
})
export class CitizenWebModule {}
