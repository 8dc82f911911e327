import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { OrgModule } from '../org/org.module.js';
import { FeedSourceRegistry } from './feed-source.js';
import { FeedTargets } from './feed-targets.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsRepository } from './feeds.repository.js';
import { FeedsService } from './feeds.service.js';
import { SessionFeedSource } from './session-feed.source.js';

/**
 * iCalendar feeds. Reads sessions through its own read-only repository. Other modules add
 * events (e.g. dialogues) by importing this module and registering a FeedSource (see feed-source.ts).
 */
@Module({
  imports: [AuthModule, OrgModule],
  controllers: [FeedsController],
  providers: [FeedsRepository, FeedSourceRegistry, FeedTargets, FeedsService, SessionFeedSource],
  exports: [FeedSourceRegistry, FeedsService, FeedTargets],
})
export class FeedsModule {}
