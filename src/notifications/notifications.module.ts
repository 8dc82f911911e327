import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxMetrics } from './outbox-metrics.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';
import { SmsSender } from './sms-sender.js';
import { CryptoModule } from '../common/crypto/crypto.module.js';
import { NotificationsTestingModule } from './testing/notifications-testing.module.js';

/** E-mail and SMS notifications through a transactional outbox. Global: any module may inject NotificationsService. */
@Global()
@Module({
  imports: [NotificationsTestingModule.register(), CryptoModule],
  controllers: [OutboxController],
  providers: [OutboxRepository, Mailer, SmsSender, OutboxWorker, NotificationsService, OutboxMetrics],
  exports: [NotificationsService],
})
export class NotificationsModule {}
