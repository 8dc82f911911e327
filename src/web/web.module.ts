import { Module } from '@nestjs/common';
import { CitizenWebModule } from './citizen/citizen-web.module.js';
import { CitizenFollowUpWebModule } from './citizen/follow-up-web.module.js';
import { WebCommonModule } from './common/web-common.module.js';
import { StaffWebModule } from './staff/staff-web.module.js';
import { TasksWebModule } from './staff/tasks/tasks-web.module.js';

/** The website (server-rendered HTML beside the API): one module per audience on the shared web-common layer. */
@Module({ imports: [WebCommonModule, CitizenWebModule, CitizenFollowUpWebModule, StaffWebModule, TasksWebModule] })
export class WebModule {}
