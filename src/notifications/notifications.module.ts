import { Global, Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service.js';
import { OutboxRepository } from './outbox.repository.js';

/** E-mail notifications through a transactional outbox. Global: any module may inject NotificationsService. */
@Global()
@Module({
  providers: [OutboxRepository, NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
