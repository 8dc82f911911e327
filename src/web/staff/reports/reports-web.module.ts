import { Module } from '@nestjs/common';
import { OrgModule } from '../../../org/org.module.js';
import { ReportsModule } from '../../../reports/reports.module.js';
import { StaffWebModule } from '../staff-web.module.js';
import { StaffReportsController } from './reports.controller.js';

/** `/can-bo/bao-cao`: periodic reports in the staff workspace (issue 15, item 4), on the reports module's services. */
@Module({
  imports: [StaffWebModule, ReportsModule, OrgModule],
  controllers: [StaffReportsController],
})
export class StaffReportsWebModule {}
