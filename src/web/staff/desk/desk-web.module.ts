import { Module } from '@nestjs/common';
import { BookingsModule } from '../../../bookings/bookings.module.js';
import { MinutesModule } from '../../../minutes/minutes.module.js';
import { OrgModule } from '../../../org/org.module.js';
import { SessionsModule } from '../../../sessions/sessions.module.js';
import { StaffWebModule } from '../staff-web.module.js';
import { DeskMinutesController } from './desk-minutes.controller.js';
import { DeskController } from './desk.controller.js';
import { DeskViewService } from './desk-view.service.js';

/** The secretary's session desk (`/can-bo/ban-tiep`), on the bookings, minutes and sessions services. */
@Module({
  imports: [StaffWebModule, SessionsModule, BookingsModule, MinutesModule, OrgModule],
  controllers: [DeskController, DeskMinutesController],
  providers: [DeskViewService],
})
export class DeskWebModule {}
