import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrgModule } from '../org/org.module.js';
import { PetitionCipher } from './petition-cipher.js';
import { PetitionClockService } from './petition-clock.service.js';
import { PetitionDeadlinesService } from './petition-deadlines.service.js';
import { PetitionStatusService } from './petition-status.service.js';
import { PetitionsController } from './petitions.controller.js';
import { PetitionListsService } from './petition-lists.service.js';
import { PetitionsRepository } from './petitions.repository.js';
import { PetitionsService } from './petitions.service.js';

@Module({
  imports: [OrgModule, CalendarModule],
  controllers: [PetitionsController],
  providers: [
    PetitionsRepository,
    PetitionCipher,
    PetitionDeadlinesService,
    PetitionListsService,
    PetitionsService,
    PetitionClockService,
    PetitionStatusService,
  ],
  exports: [PetitionsService, PetitionDeadlinesService, PetitionStatusService, PetitionListsService],
})
export class PetitionsModule {}
