import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { CryptoModule } from '../common/crypto/crypto.module.js';
import { MeetingUrlCipher } from './session-online.js';
import { OrgModule } from '../org/org.module.js';
import { PublishNoticeService } from './publish-notice.service.js';
import { SessionActionsService } from './session-actions.service.js';
import { SessionGenerationService } from './session-generation.service.js';
import { SessionHeldService } from './session-held.service.js';
import { SessionSeedService } from './session-seed.service.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsReader } from './sessions-reader.service.js';
import { SessionsService } from './sessions.service.js';
import { SessionFiguresReader } from './session-figures.reader.js';

/**
 * Reception sessions: listing, ad-hoc sessions, changes, publishing, held, generation from schedules. Owns the sessions
 * table and is the only module that emits session.* events (after commit).
 */
@Module({
  imports: [OrgModule, CalendarModule, CryptoModule],
  controllers: [SessionsController],
  providers: [
    SessionsRepository,
    PublishNoticeService,
    SessionsService,
    SessionActionsService,
    SessionsReader,
    SessionHeldService,
    SessionGenerationService,
    SessionSeedService,
    MeetingUrlCipher,
    SessionFiguresReader,
  ],
  // Never the repository: the sessions module is the only writer of the sessions table.
  exports: [
    SessionsService,
    PublishNoticeService,
    SessionsReader,
    SessionHeldService,
    SessionGenerationService,
    SessionSeedService,
    MeetingUrlCipher,
    SessionFiguresReader,
    SessionActionsService,
  ],
})
export class SessionsModule {}
