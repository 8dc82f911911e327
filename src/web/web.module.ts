import { Module } from '@nestjs/common';
import { CitizenWebModule } from './citizen/citizen-web.module.js';
import { CitizenFollowUpWebModule } from './citizen/follow-up-web.module.js';
import { WebCommonModule } from './common/web-common.module.js';
import { AdminWebModule } from './staff/admin/admin-web.module.js';
import { DeskWebModule } from './staff/desk/desk-web.module.js';
import { StaffDialoguesWebModule } from './staff/dialogues/dialogues-web.module.js';
import { OfficeWebModule } from './staff/office/office-web.module.js';
import { StaffReportsWebModule } from './staff/reports/reports-web.module.js';
import { StaffWebModule } from './staff/staff-web.module.js';
import { TasksWebModule } from './staff/tasks/tasks-web.module.js';

/** The website (server-rendered HTML beside the API): one module per audience on the shared web-common layer. */
@Module({
  imports: [
    WebCommonModule,
    CitizenWebModule,
    CitizenFollowUpWebModule,
    StaffWebModule,
    OfficeWebModule,
    DeskWebModule,
    TasksWebModule,
    StaffDialoguesWebModule,
    StaffReportsWebModule,
    AdminWebModule,
  ],
})
export class WebModule {}
