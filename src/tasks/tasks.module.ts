import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrgModule } from '../org/org.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { PetitionProgressReporter } from './petition-progress.reporter.js';
import { PetitionLookupService } from './petition-lookup.service.js';
import { PublicPetitionsController } from './public-petitions.controller.js';
import { PublicResultsController } from './public-results.controller.js';
import { TaskAdminController } from './task-admin.controller.js';
import { TaskContactsService } from './task-contacts.service.js';
import { TaskJobsService } from './task-jobs.service.js';
import { TaskResultsService } from './task-results.service.js';
import { TasksController } from './tasks.controller.js';
import { TasksRepository } from './tasks.repository.js';
import { TaskSeedService } from './task-seed.service.js';
import { TasksService } from './tasks.service.js';
import { PetitionFiguresReader } from './petition-figures.reader.js';

@Module({
  imports: [OrgModule, CalendarModule, PetitionsModule, SurveysModule],
  controllers: [TasksController, PublicResultsController, PublicPetitionsController, TaskAdminController],
  providers: [
    TasksRepository,
    PetitionProgressReporter,
    TasksService,
    TaskResultsService,
    TaskJobsService,
    TaskContactsService,
    TaskSeedService,
    PetitionLookupService,
    PetitionFiguresReader,
  ],
  exports: [
    TasksService,
    TaskJobsService,
    TaskSeedService,
    PetitionLookupService,
    TaskResultsService,
    PetitionFiguresReader,
  ],
})
export class TasksModule {}
