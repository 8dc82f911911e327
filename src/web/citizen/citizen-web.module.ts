import { Module } from '@nestjs/common';
import { CommonModule } from '../../common/common.module.js';
import { OrgModule } from '../../org/org.module.js';
import { BookingsModule } from '../../bookings/bookings.module.js';
import { DialoguesModule } from '../../dialogues/dialogues.module.js';
import { SessionsModule } from '../../sessions/sessions.module.js';
import { BookingController } from './booking.controller.js';
import { CitizenCalendarService } from './calendar.service.js';
import { ManageController } from './manage.controller.js';
import { UnitController } from './unit.controller.js';
import { WebCommonModule } from '../common/web-common.module.js';
import { DataUseController } from './data-use.controller.js';
import { HomeController } from './home.controller.js';
import { SiteOfficeService } from './site-office.service.js';
import { PublicPages } from './public-pages.service.js';
import { SurveysModule } from '../../surveys/surveys.module.js';
import { SurveyController } from './survey.controller.js';

/** The citizens' website: the reception calendar, booking a slot and managing it. */
@Module({
  imports: [WebCommonModule, CommonModule, OrgModule, SessionsModule, BookingsModule, DialoguesModule, SurveysModule],
  controllers: [
    HomeController,
    DataUseController,
    UnitController,
    BookingController,
    ManageController,
    SurveyController,
  ],
  providers: [SiteOfficeService, CitizenCalendarService, PublicPages],
  exports: [SiteOfficeService, CitizenCalendarService],
})
export class CitizenWebModule {}
