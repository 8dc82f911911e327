import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar/calendar.module.js';
import { CommonModule } from '../../common/common.module.js';
import { DialoguesModule } from '../../dialogues/dialogues.module.js';
import { OrgModule } from '../../org/org.module.js';
import { SessionsModule } from '../../sessions/sessions.module.js';
import { TasksModule } from '../../tasks/tasks.module.js';
import { WebCommonModule } from '../common/web-common.module.js';
import { CitizenWebModule } from './citizen-web.module.js';
import { DialoguesWebController } from './dialogues.controller.js';
import { HowToController } from './how-to.controller.js';
import { LookupController } from './lookup.controller.js';
import { QrNoticeController } from './qr-notice.controller.js';
import { ResultsController } from './results.controller.js';

/**
 * The citizens' pages after the visit (same audience as CitizenWebModule, whose SiteOfficeService they use): following
 * one's petition, published results, dialogues, how reception works, printable QR notices.
 */
@Module({
  imports: [
    WebCommonModule,
    CommonModule,
    OrgModule,
    CalendarModule,
    SessionsModule,
    TasksModule,
    DialoguesModule,
    CitizenWebModule,
  ],
  controllers: [LookupController, ResultsController, DialoguesWebController, HowToController, QrNoticeController],
})
export class CitizenFollowUpWebModule {}
