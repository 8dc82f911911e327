import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrgModule } from '../org/org.module.js';
import { QuestionSetsService } from './question-sets.service.js';
import { SurveyInvitationsService } from './survey-invitations.service.js';
import { SURVEY_SETTINGS, surveySettingsFrom } from './survey-settings.js';
import { PublicSurveysController, SurveysController } from './surveys.controller.js';
import { SurveysReader } from './surveys.reader.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysService } from './surveys.service.js';

/**
 * Satisfaction surveys: one-time links handed out when a case is closed (by tasks, minutes, dialogues, bookings,
 * which import SurveyInvitationsService), the citizen's anonymous answer, and aggregates for staff and reports.
 */
@Module({
  imports: [OrgModule],
  controllers: [PublicSurveysController, SurveysController],
  providers: [
    SurveysRepository,
    QuestionSetsService,
    SurveysService,
    SurveysReader,
    SurveyInvitationsService,
    { provide: SURVEY_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => surveySettingsFrom(config) },
  ],
  exports: [SurveysReader, SurveyInvitationsService],
})
export class SurveysModule {}
