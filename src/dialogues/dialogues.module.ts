import { AuthModule } from '../auth/auth.module.js';
import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { FeedsModule } from '../feeds/feeds.module.js';
import { OrgModule } from '../org/org.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { DialogueResultMails } from './dialogue-result-mails.js';
import { DialogueComplianceService } from './dialogue-compliance.service.js';
import { DialogueDocumentsService } from './dialogue-documents.service.js';
import { DialogueFeedSource } from './dialogue-feed.source.js';
import { DialogueMinutesController } from './dialogue-minutes.controller.js';
import { DialogueMinutesRepository } from './dialogue-minutes.repository.js';
import { DialogueMinutesService } from './dialogue-minutes.service.js';
import { DialoguePublicService } from './dialogue-public.service.js';
import { DialogueQuestionsController } from './dialogue-questions.controller.js';
import { DialogueQuestionsService } from './dialogue-questions.service.js';
import { DialogueRulesService } from './dialogue-rules.service.js';
import { DialogueSeedService } from './dialogue-seed.service.js';
import { DialogueTaskCreator } from './dialogue-task-creator.js';
import { DialoguesController } from './dialogues.controller.js';
import { DialoguesRepository } from './dialogues.repository.js';
import { DialoguesService } from './dialogues.service.js';
import { DialogueComplianceController, PublicDialoguesController } from './public-dialogues.controller.js';
import { DialogueFiguresReader } from './dialogue-figures.reader.js';

/**
 * Direct dialogues (docs/domain.md "Direct dialogues"): presets (data/rules/dialogues.json, parser registered with RulePresetsService), lifecycle,
 * questions, minutes whose commitments become follow-up tasks, public results, compliance, and a feed source.
 * Depends one way on calendar, org, feeds (FeedSourceRegistry), petitions and tasks (createWithin).
 */
@Module({
  imports: [AuthModule, OrgModule, CalendarModule, FeedsModule, PetitionsModule, TasksModule, SurveysModule],
  controllers: [
    DialoguesController,
    DialogueQuestionsController,
    DialogueMinutesController,
    PublicDialoguesController,
    DialogueComplianceController,
  ],
  providers: [
    DialoguesRepository,
    DialogueMinutesRepository,
    DialogueRulesService,
    DialoguesService,
    DialogueQuestionsService,
    DialogueMinutesService,
    DialogueTaskCreator,
    DialoguePublicService,
    DialogueComplianceService,
    DialogueDocumentsService,
    DialogueFeedSource,
    DialogueSeedService,
    DialogueFiguresReader,
    DialogueResultMails,
  ],
  exports: [
    DialoguesService,
    DialogueRulesService,
    DialogueSeedService,
    DialoguePublicService,
    DialogueQuestionsService,
    DialogueFiguresReader,
  ],
})
export class DialoguesModule {}
