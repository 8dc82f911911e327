import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module.js';
import { OrgModule } from '../org/org.module.js';
import { PublishNoticeService } from './publish-notice.service.js';
import { SessionActionsService } from './session-actions.service.js';
import { SessionsController } from './sessions.controller.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

/** Reception sessions: listing, ad-hoc sessions, changes, publishing, held. Emits session.* events after commit. */
@Module({
  imports: [OrgModule, CalendarModule],
  controllers: [SessionsController],
  providers: [SessionsRepository, PublishNoticeService, SessionsService, SessionActionsService],
  exports: [SessionsRepository, SessionsService, PublishNoticeService],
})
export class SessionsModule {}
