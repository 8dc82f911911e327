import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { DialoguesModule } from '../dialogues/dialogues.module.js';
import { OrgModule } from '../org/org.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { SchedulesModule } from '../schedules/schedules.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { BootstrapService } from './bootstrap.service.js';
import { DemoActivityService } from './demo-activity.service.js';
import { DemoPetitions } from './demo-petitions.js';

@Module({
  imports: [
    OrgModule,
    AuthModule,
    SchedulesModule,
    CalendarModule,
    SessionsModule,
    DialoguesModule,
    PetitionsModule,
    TasksModule,
  ],
  providers: [BootstrapService, DemoActivityService, DemoPetitions],
})
export class SeedModule {}
