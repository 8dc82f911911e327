import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrgModule } from '../org/org.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { DemoSchedulesService } from './demo-schedules.service.js';
import { ScheduleGeneratorService } from './schedule-generator.service.js';
import { SchedulesController } from './schedules.controller.js';
import { SchedulesJob } from './schedules.job.js';
import { SchedulesRepository } from './schedules.repository.js';
import { SchedulesService } from './schedules.service.js';

/** Recurring reception schedules and the sessions they generate (daily job keeps 12 months ahead). */
@Module({
  imports: [OrgModule, CalendarModule, SessionsModule],
  controllers: [SchedulesController],
  providers: [SchedulesRepository, ScheduleGeneratorService, SchedulesService, SchedulesJob, DemoSchedulesService],
  exports: [SchedulesService, ScheduleGeneratorService, DemoSchedulesService],
})
export class SchedulesModule {}
