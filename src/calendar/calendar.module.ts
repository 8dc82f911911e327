import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarService } from './calendar.service.js';
import { HolidaysController } from './holidays.controller.js';
import { RulePresetsController } from './rule-presets.controller.js';
import { RulePresetsService } from './rule-presets.service.js';

@Module({
  controllers: [HolidaysController, RulePresetsController],
  providers: [CalendarRepository, CalendarService, RulePresetsService],
  exports: [CalendarService, RulePresetsService],
})
export class CalendarModule {}
