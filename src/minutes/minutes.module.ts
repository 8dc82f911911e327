import { AuthModule } from '../auth/auth.module.js';
import { Module } from '@nestjs/common';
import { CryptoModule } from '../common/crypto/crypto.module.js';
import { OrgModule } from '../org/org.module.js';
import { PetitionsModule } from '../petitions/petitions.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { MinutesSurveyService } from './minutes-survey.service.js';
import { CaseCipher } from './case-cipher.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesDocumentsService } from './minutes-documents.service.js';
import { MinutesFinalizeService } from './minutes-finalize.service.js';
import { MinutesRepository } from './minutes.repository.js';
import { MinutesService } from './minutes.service.js';
import { MinutesViewsService } from './minutes-views.service.js';
import { ReceptionLogController } from './reception-log.controller.js';
import { ReceptionLogService } from './reception-log.service.js';
import { ReceptionFiguresReader } from './reception-figures.reader.js';

/** Minutes of reception sessions, the reception log (Form 03), refusals and their Decree 30 documents. */
@Module({
  imports: [AuthModule, OrgModule, CryptoModule, SessionsModule, PetitionsModule, TasksModule, SurveysModule],
  controllers: [MinutesController, ReceptionLogController],
  providers: [
    MinutesRepository,
    CaseCipher,
    MinutesViewsService,
    MinutesService,
    MinutesFinalizeService,
    MinutesDocumentsService,
    ReceptionLogService,
    ReceptionFiguresReader,
    MinutesSurveyService,
  ],
  exports: [
    ReceptionFiguresReader,
    MinutesService,
    MinutesFinalizeService,
    MinutesDocumentsService,
    ReceptionLogService,
  ],
})
export class MinutesModule {}
