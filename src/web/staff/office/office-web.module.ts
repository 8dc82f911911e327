import { Module } from '@nestjs/common';
import { CalendarModule } from '../../../calendar/calendar.module.js';
import { ComplianceModule } from '../../../compliance/compliance.module.js';
import { DialoguesModule } from '../../../dialogues/dialogues.module.js';
import { OrgModule } from '../../../org/org.module.js';
import { SchedulesModule } from '../../../schedules/schedules.module.js';
import { SessionsModule } from '../../../sessions/sessions.module.js';
import { StaffWebModule } from '../staff-web.module.js';
import { OfficeCalendarController } from './calendar.controller.js';
import { OfficeComplianceController } from './compliance.controller.js';
import { OfficeCalendarService } from './office-calendar.service.js';
import { OfficeDirectoryService } from './office-directory.service.js';
import { OfficeSchedulesController } from './schedules.controller.js';

/**
 * The leader's office in the staff workspace (issue 14, item 2): the calendar of sessions and dialogues
 * (`/can-bo/lich`), a session's actions, the recurring schedules with their preview (`/can-bo/lich-dinh-ky`) and the
 * compliance of the head officials (`/can-bo/tuan-thu`).
 */
@Module({
  imports: [
    StaffWebModule,
    OrgModule,
    CalendarModule,
    SessionsModule,
    SchedulesModule,
    ComplianceModule,
    DialoguesModule,
  ],
  controllers: [OfficeCalendarController, OfficeSchedulesController, OfficeComplianceController],
  providers: [OfficeDirectoryService, OfficeCalendarService],
})
export class OfficeWebModule {}
